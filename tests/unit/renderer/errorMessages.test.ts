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

  it('shows a generic message for anything that is not a call error', () => {
    expect(errorMessage(new TypeError('x is undefined'))(en)).toBe(en('errors.codes.INTERNAL'));
  });
});
