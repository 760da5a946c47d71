import { describe, expect, test } from 'vitest';
import { CrmError } from '../../../shared/errors';
import { decodeBase64Url, encodeBase64Url } from '../../../shared/license/base64url';
import { calendarDate, dayOf, endOfDay, startOfDay } from '../../../shared/license/dates';
import { formatLicenseText, LICENSE_PREFIX, parseLicenseText } from '../../../shared/license/key-text';
import { devKey, issue } from './keys';

describe('base64url', () => {
  test('round-trips every length of bytes, without padding', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, (_v, i) => (i * 37 + length) & 0xff);
      const text = encodeBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(decodeBase64Url(text)).toEqual(bytes);
    }
  });

  test('refuses what is not canonical unpadded base64url', () => {
    for (const text of ['A', 'AB', 'AAB', 'AA==', 'a+b/', 'ab cd', 'AAAAA', 'é']) {
      expect(decodeBase64Url(text), text).toBeNull();
    }
    expect(decodeBase64Url('AA')).toEqual(new Uint8Array([0]));
    expect(decodeBase64Url('')).toEqual(new Uint8Array([]));
  });
});

describe('calendar dates', () => {
  test('are YYYY-MM-DD days that exist', () => {
    for (const day of ['2025-01-06', '2024-02-29', '1999-12-31'])
      expect(calendarDate.safeParse(day).success).toBe(true);
    for (const day of ['2025-02-29', '2025-13-01', '2025-1-6', '06/01/2025', '2025-01-06T00:00:00Z', '']) {
      expect(calendarDate.safeParse(day).success, day).toBe(false);
    }
  });

  test('are UTC days: an until-day lasts to its last millisecond', () => {
    expect(startOfDay('2025-01-06')).toBe(Date.UTC(2025, 0, 6));
    expect(endOfDay('2025-01-06')).toBe(Date.UTC(2025, 0, 7));
    expect(dayOf(Date.UTC(2025, 0, 6, 23, 59, 59, 999))).toBe('2025-01-06');
  });
});

describe('the text form', () => {
  test('is the prefix, the key id, the payload and the signature', () => {
    const key = issue();
    const [prefix, keyId, payloadText, signatureText] = key.split('.');
    expect(prefix).toBe(LICENSE_PREFIX);
    expect(keyId).toBe(devKey.keyId);
    expect(JSON.parse(Buffer.from(payloadText!, 'base64url').toString('utf8'))).toMatchObject({ seats: 5 });
    expect(Buffer.from(signatureText!, 'base64url')).toHaveLength(64);
    expect(key).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  test('parses back to the same parts, whatever whitespace a paste adds', () => {
    const key = issue();
    const envelope = parseLicenseText(key);
    expect(formatLicenseText(envelope)).toBe(key);
    const pasted = ` \n${key.slice(0, 20)}\n  ${key.slice(20, 90)}\r\n${key.slice(90)}\t\n`;
    expect(parseLicenseText(pasted)).toEqual(envelope);
  });

  test('a licence file holds the same text', () => {
    const key = issue();
    expect(formatLicenseText(parseLicenseText(`${key}\n`))).toBe(key);
  });

  test('refuses with LICENSE_MALFORMED and a reason, never another error', () => {
    const reasons = new Map([
      ['nonsense', 'shape'],
      [`CRM1.${'x'.repeat(65)}.AA.AA`, 'key-id'],
      ['CRM1.abc..AA', 'payload'],
      ['CRM1.abc.AA.AA', 'signature'],
      ['x'.repeat(20_000), 'too-long'],
    ]);
    for (const [text, reason] of reasons) {
      let caught: unknown;
      try {
        parseLicenseText(text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CrmError);
      expect((caught as CrmError).code).toBe('LICENSE_MALFORMED');
      expect((caught as CrmError).details).toMatchObject({ reason });
    }
  });
});
