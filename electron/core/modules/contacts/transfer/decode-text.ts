import { ImportFileError } from './import-file-error';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file started with a byte order mark (dropped from `text`). */
  bom: boolean;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, i) => bytes[i] === byte);

function decode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, line breaks, form feed and the old DOS end-of-file mark.
const isControl = (code: number) =>
  code <= 0x08 || (code >= 0x0e && code <= 0x19) || (code >= 0x1b && code <= 0x1f) || code === 0x7f;
const MOST_CONTROL_CHARACTERS_IN_TEXT = 0.001;

function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls > text.length * MOST_CONTROL_CHARACTERS_IN_TEXT;
}

/**
 * The text of an imported file. A byte order mark decides; otherwise valid UTF-8 wins and
 * anything else is read as GB18030 (a superset of GBK, what Chinese Excel writes). Empty and
 * binary files are refused.
 */
export function decodeImportBytes(bytes: Uint8Array): DecodedText {
  let encoding: TextEncoding | null = null;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) encoding = 'utf-8';
  else if (startsWith(bytes, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = 'utf-16be';
  const bom = encoding !== null;
  if (bom) body = bytes.subarray(encoding === 'utf-8' ? 3 : 2);

  if (body.every((byte) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d))) {
    throw new ImportFileError('empty', 'The file is empty.');
  }
  if (!bom && body.includes(0)) {
    throw new ImportFileError(
      'binary',
      'This is not a text file (it holds binary data); export CSV or vCard.',
    );
  }

  let text: string | null;
  if (encoding) {
    text = decode(body, encoding);
  } else {
    encoding = 'utf-8';
    text = decode(body, encoding);
    if (text === null) {
      encoding = 'gb18030';
      text = decode(body, encoding);
    }
  }
  if (text === null) {
    throw new ImportFileError(
      'undecodable',
      bom
        ? `The file says it is ${encoding.toUpperCase()} but holds bytes that are not.`
        : 'The file is neither UTF-8 nor GBK/GB18030 text; save it as CSV (UTF-8) and try again.',
    );
  }
  if (looksBinary(text)) {
    throw new ImportFileError(
      'binary',
      'This is not a text file (it holds binary data); export CSV or vCard.',
    );
  }
  if (text.trim() === '') throw new ImportFileError('empty', 'The file is empty.');
  return { text, encoding, bom };
}
