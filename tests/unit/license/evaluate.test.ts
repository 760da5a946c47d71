import { describe, expect, test } from 'vitest';
import { evaluateLicense, type LicenseEvaluation } from '../../../electron/core/modules/license/evaluate';
import type { LicenseRefusalCode } from '../../../shared/errors';
import { decodeBase64Url, encodeBase64Url } from '../../../shared/license/base64url';
import { DAY, HOUR, MINUTE, START } from '../core/helpers';
import {
  devKey,
  evaluationContext,
  forgerKey,
  issue,
  otherTrustedKey,
  payload,
  signBytes,
  signJson,
} from './keys';

type Refused = Extract<LicenseEvaluation, { ok: false }>;
type Valid = Extract<LicenseEvaluation, { ok: true }>;

function validOf(evaluation: LicenseEvaluation): Valid {
  if (!evaluation.ok) throw new Error(`expected a valid licence, got ${evaluation.refusal.code}`);
  return evaluation;
}

function refusalOf(evaluation: LicenseEvaluation, code: LicenseRefusalCode): Refused {
  if (evaluation.ok) throw new Error(`expected ${code}, got a valid licence`);
  expect(evaluation.refusal.code, evaluation.refusal.message).toBe(code);
  expect(evaluation.refusal.message.length).toBeGreaterThan(10);
  return evaluation;
}

const evaluate = (text: string, extra: Parameters<typeof evaluationContext>[0] = {}) =>
  evaluateLicense(text, evaluationContext(extra));

/** The parts of a key's text, to tamper with. */
function partsOf(key: string) {
  const [prefix, keyId, payloadText, signatureText] = key.split('.') as [string, string, string, string];
  return { prefix, keyId, payloadText, signatureText };
}

const join = (parts: ReturnType<typeof partsOf>) =>
  [parts.prefix, parts.keyId, parts.payloadText, parts.signatureText].join('.');

describe('a genuine key', () => {
  test('is accepted, and what it says comes back', () => {
    const key = issue({ licensee: '上海贸易有限公司', edition: 'aftersales', modules: ['orders'], seats: 7 });
    const evaluation = validOf(evaluate(key));
    expect(evaluation.payload).toMatchObject({
      licensee: '上海贸易有限公司',
      edition: 'aftersales',
      modules: ['orders'],
      seats: 7,
      keyId: devKey.keyId,
    });
    expect(evaluation.text).toBe(key);
  });

  test('pasted with spaces, tabs and line breaks anywhere in it', () => {
    const key = issue();
    const wrapped = `  \r\n${key.match(/.{1,37}/g)!.join('\r\n\t ')}\n\n`;
    expect(validOf(evaluate(wrapped)).text).toBe(key);
  });

  test('signed by any key of the keyring', () => {
    expect(evaluate(issue({}, otherTrustedKey)).ok).toBe(true);
  });
});

describe('altered and forged keys are refused', () => {
  test('a byte of the payload flipped', () => {
    const parts = partsOf(issue());
    const bytes = decodeBase64Url(parts.payloadText)!;
    for (const index of [0, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const altered = bytes.slice();
      altered[index] = altered[index]! ^ 0x01;
      refusalOf(evaluate(join({ ...parts, payloadText: encodeBase64Url(altered) })), 'LICENSE_SIGNATURE');
    }
  });

  test('the seats raised in the payload', () => {
    const key = issue({ seats: 2 });
    const parts = partsOf(key);
    const claims = JSON.parse(new TextDecoder().decode(decodeBase64Url(parts.payloadText)!));
    const raised = new TextEncoder().encode(JSON.stringify({ ...claims, seats: 500 }));
    const evaluation = refusalOf(
      evaluate(join({ ...parts, payloadText: encodeBase64Url(raised) })),
      'LICENSE_SIGNATURE',
    );
    expect(evaluation.payload).toBeNull();
  });

  test('a byte of the signature flipped', () => {
    const parts = partsOf(issue());
    const signature = decodeBase64Url(parts.signatureText)!;
    signature[10] = signature[10]! ^ 0x80;
    refusalOf(evaluate(join({ ...parts, signatureText: encodeBase64Url(signature) })), 'LICENSE_SIGNATURE');
  });

  test("a payload naming the vendor's key id, signed with another key pair", () => {
    const forged = signBytes(
      new TextEncoder().encode(JSON.stringify(payload({ seats: 999 }))),
      forgerKey,
      devKey.keyId,
    );
    refusalOf(evaluate(forged), 'LICENSE_SIGNATURE');
  });

  test('the payloads and signatures of two genuine keys swapped', () => {
    const small = partsOf(issue({ seats: 1 }));
    const large = partsOf(issue({ seats: 50 }));
    refusalOf(evaluate(join({ ...small, signatureText: large.signatureText })), 'LICENSE_SIGNATURE');
    refusalOf(evaluate(join({ ...large, signatureText: small.signatureText })), 'LICENSE_SIGNATURE');
    const fromOtherPair = partsOf(issue({ seats: 1 }, otherTrustedKey));
    refusalOf(evaluate(join({ ...large, signatureText: fromOtherPair.signatureText })), 'LICENSE_SIGNATURE');
  });

  test('a genuine key whose key id was changed to another trusted key', () => {
    const parts = partsOf(issue());
    refusalOf(evaluate(join({ ...parts, keyId: otherTrustedKey.keyId })), 'LICENSE_SIGNATURE');
  });

  test('a key signed by a key pair the app does not know', () => {
    const evaluation = refusalOf(evaluate(issue({}, forgerKey)), 'LICENSE_UNKNOWN_KEY');
    expect(evaluation.refusal.details).toEqual({ keyId: forgerKey.keyId });
  });

  test('a payload whose key id differs from the one it was signed under', () => {
    const mismatched = signJson(payload({ keyId: otherTrustedKey.keyId }), devKey);
    refusalOf(evaluate(mismatched), 'LICENSE_MALFORMED');
  });
});

describe('what a genuine key says is checked against today', () => {
  test('issued after today on this computer', () => {
    const evaluation = refusalOf(evaluate(issue({ issuedAt: '2025-01-07' })), 'LICENSE_ISSUED_IN_FUTURE');
    expect(evaluation.refusal.details).toEqual({ issuedAt: '2025-01-07', today: '2025-01-06' });
    expect(evaluation.payload?.issuedAt).toBe('2025-01-07');
    expect(evaluate(issue({ issuedAt: '2025-01-06' }), { now: Date.UTC(2025, 0, 6) }).ok).toBe(true);
  });

  test('expired: valid through its last day, refused the day after', () => {
    const key = issue({ expiresAt: '2025-01-06' });
    expect(evaluate(key, { now: Date.UTC(2025, 0, 6, 23, 59, 59, 999) }).ok).toBe(true);
    const evaluation = refusalOf(evaluate(key, { now: Date.UTC(2025, 0, 7) }), 'LICENSE_EXPIRED');
    expect(evaluation.refusal.message).toContain('2025-01-06');
    expect(evaluation.payload?.expiresAt).toBe('2025-01-06');
    refusalOf(evaluate(issue({ issuedAt: '2024-01-01', expiresAt: '2024-12-31' })), 'LICENSE_EXPIRED');
  });

  test('a perpetual key does not expire', () => {
    expect(evaluate(issue(), { now: START + 3650 * DAY }).ok).toBe(true);
  });

  test('revoked by the vendor', () => {
    const key = issue({ licenseId: 'LEAKED-1' });
    const evaluation = refusalOf(evaluate(key, { revoked: new Set(['LEAKED-1']) }), 'LICENSE_REVOKED');
    expect(evaluation.refusal.details).toEqual({ licenseId: 'LEAKED-1' });
    expect(evaluate(key, { revoked: new Set(['OTHER']) }).ok).toBe(true);
  });

  test('a build released after the updates ended names the last covered day', () => {
    const key = issue({ updatesUntil: '2025-06-30' });
    const evaluation = refusalOf(evaluate(key, { releaseDate: '2025-07-01' }), 'LICENSE_UPDATES_ENDED');
    expect(evaluation.refusal.message).toContain('2025-06-30');
    expect(evaluation.refusal.details).toEqual({ updatesUntil: '2025-06-30', releaseDate: '2025-07-01' });
  });

  test('a build released inside the update window runs forever', () => {
    const key = issue({ updatesUntil: '2025-06-30' });
    for (const now of [START, START + 365 * DAY, START + 20 * 365 * DAY]) {
      expect(evaluate(key, { releaseDate: '2025-06-30', now }).ok).toBe(true);
    }
  });

  test('a clock more than an hour behind the last time seen', () => {
    const key = issue();
    const evaluation = refusalOf(evaluate(key, { lastSeen: START + HOUR + MINUTE }), 'CLOCK_ROLLBACK');
    expect(evaluation.refusal.details).toEqual({ now: START, lastSeen: START + HOUR + MINUTE });
    expect(evaluate(key, { lastSeen: START + HOUR }).ok).toBe(true);
    expect(evaluate(key, { lastSeen: START - 30 * DAY }).ok).toBe(true);
  });
});

describe('keys that cannot be read are LICENSE_MALFORMED', () => {
  test.each([
    ['empty', ''],
    ['spaces only', '   \n\t '],
    ['a word', 'hello'],
    ['JSON', '{"seats":1000,"edition":"erp"}'],
    ['the prefix alone', 'CRM1.'],
    ['empty parts', 'CRM1...'],
    ['too many parts', 'CRM1.a.b.c.d'],
    ['another prefix', issue().replace(/^CRM1/, 'CRM2')],
    ['lower-case prefix', issue().replace(/^CRM1/, 'crm1')],
    [
      'a PEM key',
      '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAzqFcDb8H6iVp2TGkshugBvUJnPcmF3v5s1yNoPRhWUU=\n-----END PUBLIC KEY-----',
    ],
    ['padding', `${issue()}==`],
    ['standard base64 characters', issue().replace(/[-_]/g, (c) => (c === '-' ? '+' : '/'))],
    ['a truncated signature', issue().slice(0, -10)],
    ['a 1 MB string', 'A'.repeat(1024 * 1024)],
    ['a 1 MB key-looking string', `CRM1.${devKey.keyId}.${'A'.repeat(1024 * 1024)}.AAAA`],
  ])('%s', (_name, text) => {
    refusalOf(evaluate(text), 'LICENSE_MALFORMED');
  });

  test('a signature with stray bits set, which another text would encode the same', () => {
    // 64 bytes take 86 characters: the last one carries 4 unused bits, all zero in a genuine key.
    const parts = partsOf(issue());
    const last = parts.signatureText.at(-1)!;
    expect('AQgw').toContain(last);
    const bumped = String.fromCharCode(last.charCodeAt(0) + 1);
    const text = join({ ...parts, signatureText: parts.signatureText.slice(0, -1) + bumped });
    refusalOf(evaluate(text), 'LICENSE_MALFORMED');
  });

  test.each([
    ['seats missing', (p: Record<string, unknown>) => ({ ...p, seats: undefined }), 'seats'],
    [
      'updatesUntil missing',
      (p: Record<string, unknown>) => ({ ...p, updatesUntil: undefined }),
      'updatesUntil',
    ],
    ['licensee missing', (p: Record<string, unknown>) => ({ ...p, licensee: undefined }), 'licensee'],
    ['zero seats', (p: Record<string, unknown>) => ({ ...p, seats: 0 }), 'seats'],
    ['fractional seats', (p: Record<string, unknown>) => ({ ...p, seats: 2.5 }), 'seats'],
    ['seats as text', (p: Record<string, unknown>) => ({ ...p, seats: '5' }), 'seats'],
    ['an unknown edition', (p: Record<string, unknown>) => ({ ...p, edition: 'ultimate' }), 'edition'],
    [
      'an edition module as an add-on',
      (p: Record<string, unknown>) => ({ ...p, modules: ['inventory'] }),
      'modules.0',
    ],
    ['an add-on twice', (p: Record<string, unknown>) => ({ ...p, modules: ['orders', 'orders'] }), 'modules'],
    [
      'a date that does not exist',
      (p: Record<string, unknown>) => ({ ...p, updatesUntil: '2025-02-30' }),
      'updatesUntil',
    ],
    ['a date as epoch ms', (p: Record<string, unknown>) => ({ ...p, issuedAt: START }), 'issuedAt'],
    ['a field this build does not know', (p: Record<string, unknown>) => ({ ...p, unlimited: true }), ''],
  ])('signed, but %s', (_name, change, path) => {
    const evaluation = refusalOf(evaluate(signJson(change({ ...payload() }))), 'LICENSE_MALFORMED');
    const issues = evaluation.refusal.details?.issues as { path: string[] }[];
    expect(issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  test('signed bytes that are not UTF-8 JSON', () => {
    refusalOf(evaluate(signBytes(new Uint8Array([0xff, 0xfe, 0x00, 0x7b]), devKey)), 'LICENSE_MALFORMED');
    refusalOf(evaluate(signBytes(new TextEncoder().encode('not json'), devKey)), 'LICENSE_MALFORMED');
    refusalOf(evaluate(signJson([1, 2, 3])), 'LICENSE_MALFORMED');
    refusalOf(evaluate(signJson(null)), 'LICENSE_MALFORMED');
  });
});
