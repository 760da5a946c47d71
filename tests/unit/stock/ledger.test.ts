import { afterEach, describe, expect, test } from 'vitest';
import { STOCK_MAX } from '../../../shared/inventory/stock';
import { closeCores, issuePaths, setupCore, START, type TestCore } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';
import { productOf, recordEvents } from '../inventory/helpers';

afterEach(closeCores);

const ledgerRows = (t: TestCore) => ({
  movements: t.core.context.db.prepare('SELECT * FROM stock_movements ORDER BY id').all(),
  stock: t.core.context.db.prepare('SELECT * FROM product_stock ORDER BY product_id').all(),
});

async function withProducts() {
  const t = await setupCore();
  const toner = await t.call('products.create', productOf('TNR-2', 'Toner cartridge'));
  const drum = await t.call('products.create', productOf('DRM-1', 'Drum unit'));
  return { t, toner, drum };
}

const onHand = async (t: TestCore, query = '') =>
  (await t.call('stock.levels', { query })).items.map((level) => [level.product.sku, level.onHand]);

describe('the stock ledger', () => {
  test('a correction is a movement with the stock after it; the inquiry shows every product, 0 without movements', async () => {
    const { t, toner } = await withProducts();
    const events = recordEvents(t);
    expect(await onHand(t)).toEqual([
      ['DRM-1', 0],
      ['TNR-2', 0],
    ]);

    const opening = await t.call('stock.correct', {
      productId: toner.id,
      quantity: 12,
      note: 'Opening stock',
    });
    t.clock.advance(1000);
    const broken = await t.call('stock.correct', {
      productId: toner.id,
      quantity: -3,
      note: 'Broken in transit',
    });

    expect(opening).toMatchObject({
      product: { id: toner.id, sku: 'TNR-2', name: 'Toner cartridge', unit: 'pcs' },
      quantity: 12,
      reason: 'correction',
      source: null,
      note: 'Opening stock',
      byId: t.owner.user.id,
      at: START,
      onHandAfter: 12,
    });
    expect(broken).toMatchObject({ quantity: -3, onHandAfter: 9, at: START + 1000 });
    expect(await onHand(t)).toEqual([
      ['DRM-1', 0],
      ['TNR-2', 9],
    ]);
    expect((await t.call('stock.movements', { productId: toner.id })).items).toEqual([broken, opening]);
    expect(events.filter((e) => e.name === 'stock.changed').map((e) => e.data)).toEqual([
      { productIds: [toner.id] },
      { productIds: [toner.id] },
    ]);
  });

  test('the inquiry finds by SKU start or name part, keeps out of stock only, pages by name, skips archived products', async () => {
    const { t, toner, drum } = await withProducts();
    const paper = await t.call('products.create', productOf('PPR-A4', 'Paper A4'));
    await t.call('stock.correct', { productId: toner.id, quantity: 4, note: 'count' });
    await t.call('stock.correct', { productId: paper.id, quantity: 2, note: 'count' });
    await t.call('stock.correct', { productId: paper.id, quantity: -5, note: 'sold before booked' });

    expect(await onHand(t, 'tnr')).toEqual([['TNR-2', 4]]);
    expect(await onHand(t, 'CARTRIDGE')).toEqual([['TNR-2', 4]]);
    const out = await t.call('stock.levels', { outOfStock: true });
    expect(out.items.map((level) => [level.product.sku, level.onHand, level.onOrder])).toEqual([
      ['DRM-1', 0, 0],
      ['PPR-A4', -3, 0],
    ]);

    const first = await t.call('stock.levels', { limit: 2 });
    const second = await t.call('stock.levels', { limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((level) => level.product.sku)).toEqual([
      'DRM-1',
      'PPR-A4',
      'TNR-2',
    ]);
    expect(second.nextCursor).toBeNull();
    // A cursor of another list (here the products') or none at all is refused, not read.
    await t.fail('stock.movements', { productId: toner.id, cursor: first.nextCursor }, 'VALIDATION');
    await t.fail('stock.levels', { cursor: 'not-a-cursor' }, 'VALIDATION');

    await t.call('products.setArchived', { id: drum.id, version: drum.version, archived: true });
    expect((await onHand(t)).map(([sku]) => sku)).toEqual(['PPR-A4', 'TNR-2']);
  });

  test('a movement of 0, a blank note, stock beyond the limit or an archived product is VALIDATION and changes nothing', async () => {
    const { t, toner, drum } = await withProducts();
    await t.call('stock.correct', { productId: toner.id, quantity: 5, note: 'count' });
    await t.call('products.setArchived', { id: drum.id, version: drum.version, archived: true });
    const before = ledgerRows(t);
    for (const [input, path] of [
      [{ productId: toner.id, quantity: 0, note: 'x' }, 'quantity'],
      [{ productId: toner.id, quantity: 1, note: '   ' }, 'note'],
      [{ productId: toner.id, quantity: 1.5, note: 'x' }, 'quantity'],
      [{ productId: toner.id, quantity: STOCK_MAX, note: 'x' }, 'quantity'],
      [{ productId: drum.id, quantity: 1, note: 'x' }, 'productId'],
    ] as const) {
      const error = await t.fail('stock.correct', input, 'VALIDATION');
      expect(issuePaths(error)).toContain(path);
    }
    await t.fail('stock.correct', { productId: 999, quantity: 1, note: 'x' }, 'NOT_FOUND');
    await t.fail('stock.movements', { productId: 999 }, 'NOT_FOUND');
    expect(ledgerRows(t)).toEqual(before);
  });

  test('staff read the stock; only an admin or the owner corrects it', async () => {
    const { t, toner } = await withProducts();
    const sam = await t.addUser('staff', 'sam');
    const ada = await t.addUser('admin', 'ada');
    await t.fail('stock.correct', { productId: toner.id, quantity: 1, note: 'x' }, 'FORBIDDEN', {
      token: sam.token,
    });
    await t.call('stock.correct', { productId: toner.id, quantity: 2, note: 'found a box' }, ada.token);
    expect((await t.call('stock.levels', {}, sam.token)).items.map((level) => level.onHand)).toEqual([0, 2]);
    expect((await t.call('stock.movements', { productId: toner.id }, sam.token)).items[0]).toMatchObject({
      byName: ada.user.displayName,
    });
  });

  test('outside the ERP edition the stock procedures are MODULE_LOCKED, reads too', async () => {
    const t = await setupCore({ license: licenseOptions() });
    const toner = await t.call('products.create', productOf('TNR-2', 'Toner'));
    await t.call('license.activate', { key: issue({ edition: 'aftersales' }) });
    for (const [name, input] of [
      ['stock.levels', {}],
      ['stock.movements', { productId: toner.id }],
      ['stock.correct', { productId: toner.id, quantity: 1, note: 'x' }],
    ] as const) {
      expect((await t.fail(name, input, 'MODULE_LOCKED')).details).toMatchObject({ module: 'inventory' });
    }
    await t.call('license.activate', { key: issue({ edition: 'erp' }) });
    expect((await t.call('stock.levels', {})).items).toHaveLength(1);
  });
});
