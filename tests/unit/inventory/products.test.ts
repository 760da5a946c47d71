import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, issuePaths, MINUTE, setupCore } from '../core/helpers';
import { inventoryRows, productOf, recordEvents } from './helpers';

afterEach(closeCores);

describe('the product catalogue', () => {
  test('a product is stored as typed: SKU trimmed, name with every character, price in minor units', async () => {
    const t = await setupCore();
    const made = await t.call(
      'products.create',
      productOf('  TNR-2 ', '  墨盒 Toner «XL» ', {
        unit: 'box',
        description: 'Black, 3000 pages',
        priceMinor: 12999,
      }),
    );
    expect(made).toMatchObject({
      sku: 'TNR-2',
      name: '  墨盒 Toner «XL» ',
      unit: 'box',
      description: 'Black, 3000 pages',
      priceMinor: 12999,
      currency: 'CNY',
      archived: false,
      version: 1,
    });
    expect(await t.call('products.get', { id: made.id })).toEqual(made);
  });

  test('a SKU taken by another product, in any letter case, is refused naming it; nothing changes', async () => {
    const t = await setupCore();
    const toner = await t.call('products.create', productOf('TNR-2', 'Toner'));
    const drum = await t.call('products.create', productOf('DRM-1', 'Drum'));
    const before = inventoryRows(t);
    const error = await t.fail('products.create', productOf(' tnr-2', 'Other toner'), 'CONFLICT');
    expect(error.details).toMatchObject({ sku: 'TNR-2', productId: toner.id });
    await t.fail('products.update', { id: drum.id, version: 1, patch: { sku: 'Tnr-2' } }, 'CONFLICT');
    expect(inventoryRows(t)).toEqual(before);
    // Its own SKU in another case is no clash.
    expect(
      await t.call('products.update', { id: toner.id, version: 1, patch: { sku: 'tnr-2' } }),
    ).toMatchObject({ sku: 'tnr-2', version: 2 });
  });

  test('each invalid field is refused by name and stores nothing', async () => {
    const t = await setupCore();
    const cases: [Record<string, unknown>, string][] = [
      [productOf('', 'Toner'), 'sku'],
      [productOf('x'.repeat(65), 'Toner'), 'sku'],
      [productOf('TNR', '   '), 'name'],
      [productOf('TNR', 'x'.repeat(201)), 'name'],
      [productOf('TNR', 'Toner', { unit: ' ' }), 'unit'],
      [productOf('TNR', 'Toner', { unit: 'x'.repeat(17) }), 'unit'],
      [productOf('TNR', 'Toner', { priceMinor: -1 }), 'priceMinor'],
      [productOf('TNR', 'Toner', { priceMinor: 12.5 }), 'priceMinor'],
      [productOf('TNR', 'Toner', { currency: 'yuan' }), 'currency'],
      [productOf('TNR', 'Toner', { description: 'x'.repeat(4001) }), 'description'],
      [{ ...productOf('TNR', 'Toner'), colour: 'red' }, 'colour'],
    ];
    for (const [input, path] of cases) {
      expect(issuePaths(await t.fail('products.create', input, 'VALIDATION')), path).toEqual([path]);
    }
    expect(inventoryRows(t).products).toEqual([]);
  });

  test('a stale version is refused with CONFLICT for edits and archiving, and changes nothing', async () => {
    const t = await setupCore();
    const made = await t.call('products.create', productOf('TNR-2', 'Toner'));
    await t.call('products.update', { id: made.id, version: 1, patch: { priceMinor: 5000 } });
    const before = inventoryRows(t);
    const error = await t.fail(
      'products.update',
      { id: made.id, version: 1, patch: { name: 'Mine' } },
      'CONFLICT',
    );
    expect(error.details).toEqual({ currentVersion: 2 });
    await t.fail('products.setArchived', { id: made.id, version: 1, archived: true }, 'CONFLICT');
    expect(inventoryRows(t)).toEqual(before);
    await t.fail('products.get', { id: 4242 }, 'NOT_FOUND');
  });

  test('archive leaves the active list for the archived one; restore brings it back', async () => {
    const t = await setupCore();
    const made = await t.call('products.create', productOf('TNR-2', 'Toner'));
    const archived = await t.call('products.setArchived', { id: made.id, version: 1, archived: true });
    expect(archived).toMatchObject({ archived: true, version: 2 });
    expect((await t.call('products.list', {})).items).toEqual([]);
    expect((await t.call('products.list', { filter: { archived: true } })).items).toEqual([archived]);
    const restored = await t.call('products.setArchived', { id: made.id, version: 2, archived: false });
    expect((await t.call('products.list', {})).items).toEqual([restored]);
  });

  test('only admins and the owner manage the catalogue; everyone reads it', async () => {
    const t = await setupCore();
    const made = await t.call('products.create', productOf('TNR-2', 'Toner'));
    const staff = await t.addUser('staff', 'sam');
    const admin = await t.addUser('admin', 'ada');
    const asStaff = { token: staff.token };
    await t.fail('products.create', productOf('DRM-1', 'Drum'), 'FORBIDDEN', asStaff);
    await t.fail('products.update', { id: made.id, version: 1, patch: { name: 'x' } }, 'FORBIDDEN', asStaff);
    await t.fail('products.setArchived', { id: made.id, version: 1, archived: true }, 'FORBIDDEN', asStaff);
    expect((await t.call('products.list', {}, staff.token)).items).toEqual([made]);
    expect(await t.call('products.create', productOf('DRM-1', 'Drum'), admin.token)).toMatchObject({
      sku: 'DRM-1',
    });
  });

  test('every change is announced so that other windows reload', async () => {
    const t = await setupCore();
    const events = recordEvents(t);
    const made = await t.call('products.create', productOf('TNR-2', 'Toner'));
    t.clock.advance(MINUTE);
    await t.call('products.update', { id: made.id, version: 1, patch: { name: 'Toner XL' } });
    await t.call('products.setArchived', { id: made.id, version: 2, archived: true });
    await t.call('products.setArchived', { id: made.id, version: 3, archived: false });
    expect(events.filter((event) => event.name === 'product.changed').map((event) => event.data)).toEqual([
      { id: made.id, action: 'created', version: 1 },
      { id: made.id, action: 'updated', version: 2 },
      { id: made.id, action: 'archived', version: 3 },
      { id: made.id, action: 'restored', version: 4 },
    ]);
  });
});

describe('products.list', () => {
  const skus = (items: readonly { sku: string }[]) => items.map((item) => item.sku);

  test('sorted by name regardless of case, paged by cursor without gaps or repeats', async () => {
    const t = await setupCore();
    for (const [sku, name] of [
      ['C-1', 'cable'],
      ['A-1', 'Adapter'],
      ['B-2', 'battery'],
      ['B-1', 'Battery'],
      ['D-1', 'Drum'],
    ]) {
      await t.call('products.create', productOf(sku!, name!));
    }
    const first = await t.call('products.list', { limit: 2 });
    expect(skus(first.items)).toEqual(['A-1', 'B-2']);
    const second = await t.call('products.list', { limit: 2, cursor: first.nextCursor });
    expect(skus(second.items)).toEqual(['B-1', 'C-1']);
    const third = await t.call('products.list', { limit: 2, cursor: second.nextCursor });
    expect(skus(third.items)).toEqual(['D-1']);
    expect(third.nextCursor).toBeNull();
    await t.fail('products.list', { cursor: 'not-a-cursor' }, 'VALIDATION');
  });

  test('a query finds the start of a SKU or any part of a name, case aside; % and _ are plain', async () => {
    const t = await setupCore();
    await t.call('products.create', productOf('TNR-2', 'Toner cartridge'));
    await t.call('products.create', productOf('DRM-1', 'Drum for TNR printers'));
    await t.call('products.create', productOf('X-TNR', '墨盒 100%'));
    await t.call('products.create', productOf('P_1', 'Paper'));
    const find = async (query: string) => skus((await t.call('products.list', { filter: { query } })).items);
    expect(await find('tnr')).toEqual(['DRM-1', 'TNR-2']);
    expect(await find('CARTRIDGE')).toEqual(['TNR-2']);
    expect(await find('墨盒')).toEqual(['X-TNR']);
    expect(await find('100%')).toEqual(['X-TNR']);
    expect(await find('P_')).toEqual(['P_1']);
    expect(await find('PX')).toEqual([]);
    expect(await find('  ')).toEqual(['DRM-1', 'P_1', 'TNR-2', 'X-TNR']);
  });
});
