import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LICENSE_REFUSAL_CODES } from '../../../shared/errors';
import { CallError } from '../../../renderer/bridge/CallError';
import { formatCalendarDay } from '../../../renderer/i18n/formatDate';
import { joinSentences } from '../../../renderer/i18n/sentences';
import { activationErrorText, licenseRefusalText } from '../../../renderer/license/refusalText';
import { unlockSentence } from '../../../renderer/modules/unlockText';
import { translator } from './translator';

let en: TFunction;
let zh: TFunction;

beforeAll(async () => {
  en = await translator('en');
  zh = await translator('zh-CN');
});

const all = (text: ReturnType<typeof licenseRefusalText>, t: TFunction) =>
  [text.title(t), text.explanation(t), text.remedy(t)].join(' | ');

describe('a refused licence key, in plain words', () => {
  it('has a title, an explanation and a remedy for every refusal, in both languages', () => {
    for (const code of LICENSE_REFUSAL_CODES) {
      for (const t of [en, zh]) {
        const text = licenseRefusalText(code, undefined, 'en');
        for (const part of [text.title(t), text.explanation(t), text.remedy(t)]) {
          expect(part, code).not.toMatch(/license\.|errors\.|{{/);
          expect(part.length, code).toBeGreaterThan(5);
        }
      }
    }
  });

  it('names the last covered day when updates ended before this version', () => {
    const text = licenseRefusalText(
      'LICENSE_UPDATES_ENDED',
      { updatesUntil: '2026-06-30', releaseDate: '2026-11-26' },
      'en',
    );
    expect(all(text, en)).toBe(
      'Your updates ended before this version | The updates included with this licence ended on June 30, 2026, and this version was released on November 26, 2026. Versions released up to June 30, 2026 keep working with this key. | Renew the upgrade plan to use this version, or go back to a version released by June 30, 2026.',
    );
    const chinese = licenseRefusalText(
      'LICENSE_UPDATES_ENDED',
      { updatesUntil: '2026-06-30', releaseDate: '2026-11-26' },
      'zh-CN',
    );
    expect(chinese.explanation(zh)).toContain('2026年6月30日');
  });

  it('says when the clock was set back, and that fixing it unlocks everything', () => {
    const text = licenseRefusalText(
      'CLOCK_ROLLBACK',
      { now: Date.UTC(2026, 0, 1, 9), lastSeen: Date.UTC(2026, 10, 26, 9) },
      'en',
    );
    expect(text.explanation(en)).toMatch(
      /^The clock says Jan 1, 2026, .* but the app was already in use on Nov 26, 2026/,
    );
    expect(text.remedy(en)).toContain('unlocks as soon as the clock is right');
  });

  it('names the expiry day and the revoked licence', () => {
    expect(
      licenseRefusalText('LICENSE_EXPIRED', { expiresAt: '2027-03-31' }, 'en').explanation(en),
    ).toContain('ended on March 31, 2027');
    expect(licenseRefusalText('LICENSE_REVOKED', { licenseId: 'L-42' }, 'en').explanation(en)).toContain(
      'L-42',
    );
  });

  it('tells an incomplete paste from a key that needs a newer app', () => {
    const shape = licenseRefusalText('LICENSE_MALFORMED', { reason: 'shape' }, 'en');
    expect(shape.explanation(en)).toContain('starts with “CRM1.”');
    expect(shape.remedy(en)).toContain('Copy the whole key again');
    const fields = licenseRefusalText('LICENSE_MALFORMED', { reason: 'fields' }, 'en');
    expect(fields.remedy(en)).toContain('Update the app');
  });

  it('explains a key with fewer seats than the active users, with the numbers', () => {
    const error = new CallError('license.activate', {
      code: 'SEATS_EXCEEDED',
      message: 'English text',
      details: { seats: 2, active: 4 },
    });
    const text = activationErrorText(error, 'en');
    expect(text.explanation(en)).toBe('Seats on this key: 2. Active users now: 4.');
    expect(text.explanation(zh)).toBe('此密钥的席位：2。当前活跃用户：4。');
  });

  it('explains any other failure with its general message', () => {
    const error = new CallError('license.activate', { code: 'NETWORK', message: 'offline' });
    expect(activationErrorText(error, 'en').explanation(en)).toBe(en('errors.codes.NETWORK'));
  });
});

describe('what unlocks a locked module', () => {
  it('names the one edition, the editions, or the add-on', () => {
    expect(unlockSentence('inventory', en, 'en')).toBe('It comes with the ERP edition.');
    expect(unlockSentence('workorders', en, 'en')).toBe('It comes with the After-sales or ERP editions.');
    expect(unlockSentence('orders', en, 'en')).toBe('It is an add-on that can be added to any edition.');
    expect(unlockSentence('inventory', zh, 'zh-CN')).toBe('它包含在ERP 版中。');
    expect(unlockSentence('remote', zh, 'zh-CN')).toBe('它包含在售后版或ERP 版中。');
  });
});

describe('licence days', () => {
  it('read the same in every time zone', () => {
    expect(formatCalendarDay('2031-12-31', 'en')).toBe('December 31, 2031');
    expect(formatCalendarDay('2031-12-31', 'zh-CN')).toBe('2031年12月31日');
  });
});

describe('sentences in a row', () => {
  it('are spaced in English and not in Chinese', () => {
    expect(joinSentences(['One.', 'Two.'], 'en')).toBe('One. Two.');
    expect(joinSentences(['一。', '二。'], 'zh-CN')).toBe('一。二。');
  });
});
