import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { ROLES } from '../../../shared/roles';
import { EDITION_IDS, MODULES, editionTextKeys, moduleTextKeys } from '../../../shared/catalogue';
import en from '../../../renderer/i18n/en.json';
import zhCN from '../../../renderer/i18n/zh-CN.json';
import { pickLanguage } from '../../../renderer/i18n/language';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const english = flatten(en);
const chinese = flatten(zhCN);
const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  it('has every English key in Simplified Chinese', () => {
    expect([...english.keys()].filter((key) => !chinese.has(key))).toEqual([]);
  });

  it('has no Simplified Chinese key missing from English', () => {
    expect([...chinese.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('has no empty message', () => {
    expect([...english, ...chinese].filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('uses the same {{variables}} in both languages', () => {
    const differing = [...english].filter(
      ([key, text]) => variables(text).join() !== variables(chinese.get(key) ?? '').join(),
    );
    expect(differing).toEqual([]);
  });

  it('has a message for every error code in both languages, and for an unreachable host', () => {
    for (const code of [...ERROR_CODES, 'NETWORK']) {
      expect(english.get(`errors.codes.${code}`), code).toBeTruthy();
      expect(chinese.get(`errors.codes.${code}`), code).toBeTruthy();
    }
  });

  it('names and describes every role, module and edition in both languages', () => {
    const keys = [
      ...ROLES.map((role) => `user.roles.${role}`),
      ...MODULES.flatMap((module) => Object.values(moduleTextKeys(module))),
      ...EDITION_IDS.flatMap((edition) => Object.values(editionTextKeys(edition))),
    ];
    for (const key of keys) expect(english.has(key) && chinese.has(key), key).toBe(true);
  });
});

describe('language choice', () => {
  it('keeps a remembered choice', () => {
    expect(pickLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
  });

  it('follows the system language when nothing is remembered', () => {
    expect(pickLanguage(null, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(pickLanguage(null, ['zh-Hans-CN'])).toBe('zh-CN');
    expect(pickLanguage(null, ['de-DE', 'en-GB'])).toBe('en');
  });

  it('falls back to English for a language it does not speak, or a stale stored value', () => {
    expect(pickLanguage('fr', ['fr-FR'])).toBe('en');
  });
});
