import { describe, expect, test } from 'vitest';
import en from '../../../renderer/i18n/en.json';
import zh from '../../../renderer/i18n/zh-CN.json';
import {
  ADD_ON_MODULES,
  EDITION_IDS,
  EDITIONS,
  editionTextKeys,
  MODULES,
  moduleTextKeys,
  modulesOf,
  unlockedBy,
} from '../../../shared/catalogue';

describe('the catalogue', () => {
  test('editions are presets of modules (DESIGN §4)', () => {
    expect(EDITION_IDS).toEqual(['standard', 'aftersales', 'erp', 'callcenter']);
    expect([...modulesOf('standard')]).toEqual(['contacts']);
    expect(new Set(EDITIONS.aftersales)).toEqual(new Set([...EDITIONS.standard, 'workorders', 'remote']));
    expect(new Set(EDITIONS.erp)).toEqual(new Set([...EDITIONS.aftersales, 'inventory']));
    expect(new Set(EDITIONS.callcenter)).toEqual(new Set([...EDITIONS.standard, 'calls']));
    expect([...modulesOf('standard', ['orders'])]).toEqual(['contacts', 'orders']);
  });

  test('every module is unlocked by an edition or is an add-on, never both', () => {
    for (const module of MODULES) {
      const inEditions = EDITION_IDS.filter((e) => (EDITIONS[e] as readonly string[]).includes(module));
      const isAddOn = (ADD_ON_MODULES as readonly string[]).includes(module);
      expect(inEditions.length > 0 !== isAddOn, module).toBe(true);
    }
  });

  test('unlockedBy names the editions, cheapest first, or the add-on', () => {
    expect(unlockedBy('contacts')).toEqual({
      kind: 'editions',
      editions: ['standard', 'aftersales', 'erp', 'callcenter'],
    });
    expect(unlockedBy('workorders')).toEqual({ kind: 'editions', editions: ['aftersales', 'erp'] });
    expect(unlockedBy('remote')).toEqual({ kind: 'editions', editions: ['aftersales', 'erp'] });
    expect(unlockedBy('inventory')).toEqual({ kind: 'editions', editions: ['erp'] });
    expect(unlockedBy('calls')).toEqual({ kind: 'editions', editions: ['callcenter'] });
    for (const addOn of ADD_ON_MODULES) expect(unlockedBy(addOn)).toEqual({ kind: 'addOn', addOn });
  });

  test('names and descriptions have one i18n key each', () => {
    expect(moduleTextKeys('inventory')).toEqual({
      name: 'catalogue.modules.inventory.name',
      description: 'catalogue.modules.inventory.description',
    });
    expect(editionTextKeys('erp')).toEqual({
      name: 'catalogue.editions.erp.name',
      description: 'catalogue.editions.erp.description',
    });
    const keys = [...MODULES.map(moduleTextKeys), ...EDITION_IDS.map(editionTextKeys)].flatMap((k) => [
      k.name,
      k.description,
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('the app has those texts in English and Chinese', () => {
    const keys = [...MODULES.map(moduleTextKeys), ...EDITION_IDS.map(editionTextKeys)].flatMap((k) => [
      k.name,
      k.description,
    ]);
    for (const resources of [en, zh]) {
      for (const key of keys) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);
        expect(typeof text === 'string' && text.length > 0, key).toBe(true);
      }
    }
  });
});
