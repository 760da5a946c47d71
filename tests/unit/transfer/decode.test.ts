import { describe, expect, test } from 'vitest';
import { decodeImportBytes } from '../../../electron/core/modules/contacts/transfer/decode-text';
import { ImportFileError } from '../../../electron/core/modules/contacts/transfer/import-file-error';
import { GBK, gbk, utf8 } from './helpers';

function refusal(bytes: Uint8Array): ImportFileError {
  try {
    decodeImportBytes(bytes);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected the bytes to be refused');
}

describe('decoding an import file', () => {
  test('the GBK table agrees with the platform decoder', () => {
    for (const [char, bytes] of Object.entries(GBK)) {
      expect(new TextDecoder('gbk').decode(new Uint8Array(bytes))).toBe(char);
    }
  });

  test('UTF-8, with or without a byte order mark', () => {
    expect(decodeImportBytes(utf8('姓名,Zoë 😀\n'))).toEqual({
      text: '姓名,Zoë 😀\n',
      encoding: 'utf-8',
      bom: false,
    });
    expect(decodeImportBytes(utf8('\uFEFF姓名\n'))).toEqual({ text: '姓名\n', encoding: 'utf-8', bom: true });
  });

  test('GBK bytes that are not UTF-8 are read as GB18030', () => {
    const decoded = decodeImportBytes(gbk('姓名,公司\n张伟,王\n'));
    expect(decoded).toEqual({ text: '姓名,公司\n张伟,王\n', encoding: 'gb18030', bom: false });
  });

  test('UTF-16 with its byte order mark (Excel "Unicode text")', () => {
    const body = Buffer.from('Name\t电话\n', 'utf16le');
    expect(decodeImportBytes(new Uint8Array([0xff, 0xfe, ...body])).text).toBe('Name\t电话\n');
  });

  test('an empty file, or one of blanks or a lone byte order mark, is refused as empty', () => {
    for (const bytes of [new Uint8Array(), utf8(' \r\n\t\n'), utf8('\uFEFF')]) {
      const error = refusal(bytes);
      expect(error.problem).toBe('empty');
      expect(error.message).toBe('The file is empty.');
    }
  });

  test('binary files are refused: NUL bytes, control characters, bytes no decoder reads', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(refusal(png).problem).toBe('binary');
    expect(refusal(utf8('a\x01b\x02c\x03d\x04')).problem).toBe('binary');
    const error = refusal(new Uint8Array([0x41, 0xff, 0xff, 0x80, 0x42]));
    expect(error.problem).toBe('undecodable');
    expect(error.message).toMatch(/neither UTF-8 nor GBK/);
  });
});
