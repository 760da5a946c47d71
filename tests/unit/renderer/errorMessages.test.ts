import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { CallError, type ClientErrorCode } from '../../../renderer/bridge/CallError';
import { errorMessage } from '../../../renderer/i18n/errorMessages';
import { translator } from './translator';

let en: TFunction;
let zh: TFunction;

beforeAll(async () => {
  en = await translator('en');
  zh = await translator('zh-CN');
});

const failure = (code: ClientErrorCode, details?: Record<string, unknown>) =>
  new CallError('contacts.list', { code, message: 'English text from the server', details });

describe('error messages', () => {
  it('translates every code in both languages, never showing the key or the server text', () => {
    for (const code of [...ERROR_CODES, 'NETWORK'] as const) {
      for (const t of [en, zh]) {
        const text = errorMessage(failure(code))(t);
        expect(text, code).not.toContain('errors.codes');
        expect(text, code).not.toBe('English text from the server');
        expect(text.length, code).toBeGreaterThan(3);
      }
    }
  });

  it('says in Chinese what went wrong', () => {
    expect(errorMessage(failure('NOT_FOUND'))(zh)).toBe('此记录已不存在。');
  });

  it('tells how long to wait after too many attempts, in whole minutes', () => {
    expect(errorMessage(failure('RATE_LIMITED', { retryAfterSeconds: 61 }))(en)).toContain('2 min');
    expect(errorMessage(failure('RATE_LIMITED', { retryAfterSeconds: 900 }))(zh)).toContain('15 分钟');
    expect(errorMessage(failure('RATE_LIMITED'))(en)).toContain('1 min');
  });

  it('lets a screen word a code its own way', () => {
    const message = errorMessage(failure('UNAUTHENTICATED'), {
      UNAUTHENTICATED: (t) => t('auth.login.wrongCredentials'),
    });
    expect(message(en)).toBe('Wrong username or password.');
    expect(message(zh)).toBe('用户名或密码错误。');
  });

  it('says why a module refused a change: not licensed, or the trial or licence ended', () => {
    expect(errorMessage(failure('MODULE_LOCKED', { module: 'inventory' }))(en)).toBe(
      'Inventory is not part of your licence. See the plan page for what unlocks it.',
    );
    expect(errorMessage(failure('MODULE_LOCKED', { module: 'inventory' }))(zh)).toContain('库存');
    const trialEnded = { module: 'contacts', license: 'expired', reason: null };
    expect(errorMessage(failure('MODULE_LOCKED', trialEnded))(en)).toMatch(
      /^Your trial has ended.*stays readable/,
    );
    const expired = { module: 'contacts', license: 'expired', reason: 'LICENSE_EXPIRED' };
    expect(errorMessage(failure('MODULE_LOCKED', expired))(en)).toMatch(/^Your licence has expired/);
    const refused = { module: 'contacts', license: 'invalid', reason: 'LICENSE_REVOKED' };
    expect(errorMessage(failure('MODULE_LOCKED', refused))(en)).toMatch(
      /^Your licence key is not valid any more/,
    );
  });

  it('counts the seats in use when all are taken', () => {
    expect(errorMessage(failure('SEATS_EXCEEDED', { seats: 2, active: 2 }))(en)).toBe(
      'All seats of your licence are in use (2 of 2).',
    );
    expect(errorMessage(failure('SEATS_EXCEEDED'))(en)).toBe(en('errors.codes.SEATS_EXCEEDED'));
  });

  it('shows a generic message for anything that is not a call error', () => {
    expect(errorMessage(new TypeError('x is undefined'))(en)).toBe(en('errors.codes.INTERNAL'));
  });
});
