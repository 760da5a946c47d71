import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateLicense } from '../../../electron/core/modules/license/evaluate';
import { CrmError, isLicenseRefusalCode } from '../../../shared/errors';
import { encodeBase64Url } from '../../../shared/license/base64url';
import { parseLicenseText } from '../../../shared/license/key-text';
import { devKey, evaluationContext, issue, otherTrustedKey, signJson } from './keys';

const context = evaluationContext();
const compact = (text: string) => text.replace(/\s+/g, '');

/** Evaluates and checks the one rule: a result, never a throw, and any refusal has a licence code. */
function evaluateSafely(text: string) {
  const evaluation = evaluateLicense(text, context);
  if (!evaluation.ok) expect(isLicenseRefusalCode(evaluation.refusal.code)).toBe(true);
  return evaluation;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const keyish = fc.string({ unit: fc.constantFrom(...BASE64URL, '.', ' ', '\n', '=') });

const genuineKeys = [
  issue(),
  issue({ seats: 1, modules: ['orders', 'knowledge'] }),
  issue({}, otherTrustedKey),
];

/** One edit of a key's text: replace, insert or delete a character, or swap two parts. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    char: fc.constantFrom(...BASE64URL, '.'),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    char: fc.constantFrom(...BASE64URL, '.', ' ', '\n'),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(3), b: fc.nat(3) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(key: string, edit: Mutation): string {
  switch (edit.kind) {
    case 'replace': {
      const at = edit.at % key.length;
      return key.slice(0, at) + edit.char + key.slice(at + 1);
    }
    case 'insert': {
      const at = edit.at % (key.length + 1);
      return key.slice(0, at) + edit.char + key.slice(at);
    }
    case 'delete': {
      const at = edit.at % key.length;
      return key.slice(0, at) + key.slice(at + 1);
    }
    case 'swap': {
      const parts = key.split('.');
      [parts[edit.a], parts[edit.b]] = [parts[edit.b]!, parts[edit.a]!];
      return parts.join('.');
    }
  }
}

describe('the key parser and evaluator never throw anything but a typed licence refusal', () => {
  test('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), keyish), (text) => {
        expect(evaluateSafely(text).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('on text shaped like a key, with a trusted key id', () => {
    fc.assert(
      fc.property(keyish, keyish, (payloadText, signatureText) => {
        expect(evaluateSafely(`CRM1.${devKey.keyId}.${payloadText}.${signatureText}`).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  test('on genuine keys with one to four edits: only whitespace keeps a key valid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...genuineKeys),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (key, edits) => {
          const mutated = edits.reduce(mutate, key);
          const evaluation = evaluateSafely(mutated);
          expect(evaluation.ok).toBe(compact(mutated) === key);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('on any JSON signed with a trusted key', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        evaluateSafely(signJson(value));
      }),
      { numRuns: 500 },
    );
  });

  test('on random payload and signature bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.uint8Array({ minLength: 64, maxLength: 64 }),
        (payload, signature) => {
          const text = `CRM1.${devKey.keyId}.${encodeBase64Url(payload)}.${encodeBase64Url(signature)}`;
          expect(evaluateSafely(text).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('parseLicenseText throws only LICENSE_MALFORMED', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), keyish), (text) => {
        try {
          parseLicenseText(text);
        } catch (error) {
          expect(error).toBeInstanceOf(CrmError);
          expect((error as CrmError).code).toBe('LICENSE_MALFORMED');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
