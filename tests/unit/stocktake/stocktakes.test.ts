import { afterEach, describe, expect, test } from 'vitest';
import { STOCK_MAX } from '../../../shared/inventory/stock';
import { closeCores, issuePaths, MINUTE, setupCore, type TestCore } from '../core/helpers';
import { productOf, recordEvents } from '../inventory/helpers';

afterEach(closeCores);

/** The stocktake and stock tables as they are, to show that a refused call changed nothing. */
const stockRows = (t: TestCore) => ({
  stocktakes: t.core.context.db.prepare('SELECT * FROM stocktakes ORDER BY id').all(),
  lines: t.core.context.db.prepare('SELECT * FROM stocktake_lines ORDER BY id').all(),
  movements: t.core.context.db.prepare('SELECT * FROM stock_movements ORDER BY id').all(),
  onHand: t.core.context.db.prepare('SELECT * FROM product_stock ORDER BY product_id').all(),
});

/** A core with toner (5 on hand), drum (2 on hand) and paper (none), by name. */
async function withStock() {
  const t = await setupCore();
  const toner = await t.call('products.create', productOf('TNR-2', 'Toner'));
  const drum = await t.call('products.create', productOf('DRM-1', 'Drum'));
  const paper = await t.call('products.create', productOf('PPR-A4', 'Paper'));
  await t.call('stock.correct', { productId: toner.id, quantity: 5, note: 'opening' });
  await t.call('stock.correct', { productId: drum.id, quantity: 2, note: 'opening' });
  return { t, toner, drum, paper };
}

const lineOf = (stocktake: { lines: { id: number; product: { sku: string } }[] }, sku: string) =>
  stocktake.lines.find((line) => line.product.sku === sku)!.id;

describe('starting a stocktake', () => {
  test('without a choice it lists every active product by name, expecting what is on hand', async () => {
    const { t, paper } = await withStock();
    await t.call('products.setArchived', { id: paper.id, version: 1, archived: true });
    const events = recordEvents(t);
    const started = await t.call('stocktakes.start', { note: ' Year end ' });
    expect(started).toMatchObject({
      number: 'ST-000001',
      note: 'Year end',
      status: 'counting',
      lineCount: 2,
      countedCount: 0,
      createdByName: 'Olivia Owner',
      closedAt: null,
      version: 1,
    });
    expect(started.lines.map((line) => [line.product.name, line.expected, line.counted])).toEqual([
      ['Drum', 2, null],
      ['Toner', 5, null],
    ]);
    expect(events).toEqual([
      { name: 'stocktake.changed', data: { id: started.id, action: 'started', version: 1 } },
    ]);
    expect(await t.call('stocktakes.get', { id: started.id })).toEqual(started);
  });

  test('for chosen products only, numbered after the last one', async () => {
    const { t, toner, paper } = await withStock();
    await t.call('stocktakes.start', {});
    const chosen = await t.call('stocktakes.start', { productIds: [paper.id, toner.id] });
    expect(chosen.number).toBe('ST-000002');
    expect(chosen.note).toBeNull();
    expect(chosen.lines.map((line) => [line.product.sku, line.expected])).toEqual([
      ['PPR-A4', 0],
      ['TNR-2', 5],
    ]);
  });

  test('unknown, archived or repeated products, no products at all, and staff are refused; nothing is stored', async () => {
    const { t, toner, paper } = await withStock();
    await t.call('products.setArchived', { id: paper.id, version: 1, archived: true });
    const staff = await t.addUser('staff', 'sam');
    const before = stockRows(t);
    const error = await t.fail('stocktakes.start', { productIds: [toner.id, 4242, paper.id] }, 'VALIDATION');
    expect(error.details?.issues).toEqual([
      { path: ['productIds', 1], message: 'not found' },
      { path: ['productIds', 2], message: 'archived' },
    ]);
    for (const input of [
      { productIds: [toner.id, toner.id] },
      { productIds: [] },
      { note: 'x'.repeat(501) },
      { productIds: [toner.id], colour: 'red' },
    ]) {
      await t.fail('stocktakes.start', input, 'VALIDATION');
    }
    await t.fail('stocktakes.start', {}, 'FORBIDDEN', { token: staff.token });
    expect(stockRows(t)).toEqual(before);

    const empty = await setupCore();
    const noProducts = await empty.fail('stocktakes.start', {}, 'VALIDATION');
    expect(issuePaths(noProducts)).toEqual(['productIds']);
    expect(stockRows(empty).stocktakes).toEqual([]);
  });
});

describe('counting', () => {
  test('staff enter counts, clear one again, and everyone sees how many are counted', async () => {
    const { t } = await withStock();
    const staff = await t.addUser('staff', 'sam');
    const started = await t.call('stocktakes.start', {});
    const counted = await t.call(
      'stocktakes.count',
      {
        id: started.id,
        lines: [
          { lineId: lineOf(started, 'TNR-2'), counted: 4 },
          { lineId: lineOf(started, 'DRM-1'), counted: 0 },
        ],
      },
      staff.token,
    );
    expect(counted).toMatchObject({ countedCount: 2, version: 2 });
    // The answer is the header alone; the lines hold the counts.
    expect(counted).not.toHaveProperty('lines');
    const { lines } = await t.call('stocktakes.get', { id: started.id });
    expect(lines.map((line) => [line.product.sku, line.counted])).toEqual([
      ['DRM-1', 0],
      ['PPR-A4', null],
      ['TNR-2', 4],
    ]);
    const cleared = await t.call('stocktakes.count', {
      id: started.id,
      lines: [{ lineId: lineOf(started, 'DRM-1'), counted: null }],
    });
    expect(cleared.countedCount).toBe(1);
    const after = await t.call('stocktakes.get', { id: started.id });
    expect(after.lines.find((line) => line.product.sku === 'DRM-1')?.counted).toBeNull();
  });

  test('counts out of range, repeated lines and lines of another stocktake are refused; nothing changes', async () => {
    const { t } = await withStock();
    const first = await t.call('stocktakes.start', {});
    const second = await t.call('stocktakes.start', {});
    const line = lineOf(first, 'TNR-2');
    const before = stockRows(t);
    for (const counted of [-1, STOCK_MAX + 1, 1.5, '3']) {
      const error = await t.fail(
        'stocktakes.count',
        { id: first.id, lines: [{ lineId: line, counted }] },
        'VALIDATION',
      );
      expect(issuePaths(error), String(counted)).toEqual(['lines.0.counted']);
    }
    await t.fail(
      'stocktakes.count',
      {
        id: first.id,
        lines: [
          { lineId: line, counted: 1 },
          { lineId: line, counted: 2 },
        ],
      },
      'VALIDATION',
    );
    const foreign = await t.fail(
      'stocktakes.count',
      {
        id: first.id,
        lines: [
          { lineId: line, counted: 1 },
          { lineId: lineOf(second, 'TNR-2'), counted: 1 },
        ],
      },
      'VALIDATION',
    );
    expect(issuePaths(foreign)).toEqual(['lines.1.lineId']);
    await t.fail('stocktakes.count', { id: 4242, lines: [{ lineId: line, counted: 1 }] }, 'NOT_FOUND');
    expect(stockRows(t)).toEqual(before);
  });
});

describe('posting', () => {
  test('each line that differs becomes one stocktake movement naming the stocktake; equal lines move nothing', async () => {
    const { t, toner, drum, paper } = await withStock();
    const started = await t.call('stocktakes.start', {});
    const counted = await t.call('stocktakes.count', {
      id: started.id,
      lines: [
        { lineId: lineOf(started, 'TNR-2'), counted: 3 },
        { lineId: lineOf(started, 'DRM-1'), counted: 2 },
        { lineId: lineOf(started, 'PPR-A4'), counted: 10 },
      ],
    });
    t.clock.advance(5 * MINUTE);
    const events = recordEvents(t);
    const posted = await t.call('stocktakes.post', { id: started.id, version: counted.version });
    expect(posted).toMatchObject({ status: 'posted', closedAt: t.clock.now(), closedByName: 'Olivia Owner' });
    const { lines } = await t.call('stocktakes.get', { id: started.id });
    expect(lines.map((line) => [line.product.sku, line.onHand, line.adjustment])).toEqual([
      ['DRM-1', 2, null],
      ['PPR-A4', 10, 10],
      ['TNR-2', 3, -2],
    ]);
    const source = { kind: 'stocktake', id: started.id, number: 'ST-000001' };
    expect((await t.call('stock.movements', { productId: toner.id })).items[0]).toMatchObject({
      quantity: -2,
      reason: 'stocktake',
      source,
      onHandAfter: 3,
    });
    expect((await t.call('stock.movements', { productId: paper.id })).items).toMatchObject([
      { quantity: 10, source },
    ]);
    expect((await t.call('stock.movements', { productId: drum.id })).items).toHaveLength(1);
    expect(events).toEqual([
      { name: 'stock.changed', data: { productIds: [paper.id, toner.id] } },
      { name: 'stocktake.changed', data: { id: started.id, action: 'posted', version: posted.version } },
    ]);
  });

  test('a movement made during the count is kept: the count is compared with on hand now', async () => {
    const { t, toner } = await withStock();
    const started = await t.call('stocktakes.start', { productIds: [toner.id] });
    // 4 more arrive after the count started, and the counter sees all 9 less two broken ones.
    await t.call('stock.correct', { productId: toner.id, quantity: 4, note: 'found a box' });
    const counted = await t.call('stocktakes.count', {
      id: started.id,
      lines: [{ lineId: started.lines[0]!.id, counted: 7 }],
    });
    const { lines } = await t.call('stocktakes.get', { id: started.id });
    expect(lines[0]).toMatchObject({ expected: 5, onHand: 9, counted: 7 });
    await t.call('stocktakes.post', { id: started.id, version: counted.version });
    const after = await t.call('stocktakes.get', { id: started.id });
    expect(after.lines[0]).toMatchObject({ onHand: 7, adjustment: -2 });
    expect((await t.call('stock.levels', {})).items.find((l) => l.product.id === toner.id)?.onHand).toBe(7);
  });

  test('uncounted lines are named and nothing is posted', async () => {
    const { t } = await withStock();
    const started = await t.call('stocktakes.start', {});
    const counted = await t.call('stocktakes.count', {
      id: started.id,
      lines: [{ lineId: lineOf(started, 'TNR-2'), counted: 1 }],
    });
    const before = stockRows(t);
    const error = await t.fail('stocktakes.post', { id: started.id, version: counted.version }, 'VALIDATION');
    expect(error.message).toContain('DRM-1, PPR-A4');
    expect(error.details?.missing).toEqual([
      { lineId: lineOf(started, 'DRM-1'), sku: 'DRM-1', name: 'Drum' },
      { lineId: lineOf(started, 'PPR-A4'), sku: 'PPR-A4', name: 'Paper' },
    ]);
    expect(stockRows(t)).toEqual(before);
  });

  test('a product archived during the count with a difference is named, and nothing is posted', async () => {
    const { t, toner, drum } = await withStock();
    const started = await t.call('stocktakes.start', { productIds: [toner.id, drum.id] });
    const counted = await t.call('stocktakes.count', {
      id: started.id,
      lines: [
        { lineId: lineOf(started, 'TNR-2'), counted: 4 },
        { lineId: lineOf(started, 'DRM-1'), counted: 2 },
      ],
    });
    await t.call('products.setArchived', { id: toner.id, version: 1, archived: true });
    const before = stockRows(t);
    const error = await t.fail('stocktakes.post', { id: started.id, version: counted.version }, 'VALIDATION');
    expect(error.details).toMatchObject({ sku: 'TNR-2' });
    expect(stockRows(t)).toEqual(before);
    // An archived product counted as on hand moves nothing, so it does not stand in the way.
    await t.call('products.setArchived', { id: toner.id, version: 2, archived: false });
    await t.call('products.setArchived', { id: drum.id, version: 1, archived: true });
    expect(await t.call('stocktakes.post', { id: started.id, version: counted.version })).toMatchObject({
      status: 'posted',
    });
  });

  test('posting twice, a stale version, or as staff is refused and moves nothing more', async () => {
    const { t, toner } = await withStock();
    const staff = await t.addUser('staff', 'sam');
    const started = await t.call('stocktakes.start', { productIds: [toner.id] });
    const counted = await t.call('stocktakes.count', {
      id: started.id,
      lines: [{ lineId: started.lines[0]!.id, counted: 1 }],
    });
    const stale = await t.fail('stocktakes.post', { id: started.id, version: 1 }, 'CONFLICT');
    expect(stale.details).toEqual({ currentVersion: counted.version });
    await t.fail('stocktakes.post', { id: started.id, version: counted.version }, 'FORBIDDEN', {
      token: staff.token,
    });
    const posted = await t.call('stocktakes.post', { id: started.id, version: counted.version });
    const before = stockRows(t);
    const again = await t.fail('stocktakes.post', { id: started.id, version: posted.version }, 'CONFLICT');
    expect(again.details).toMatchObject({ status: 'posted' });
    await t.fail('stocktakes.post', { id: started.id, version: counted.version }, 'CONFLICT');
    await t.fail(
      'stocktakes.count',
      { id: started.id, lines: [{ lineId: started.lines[0]!.id, counted: 2 }] },
      'CONFLICT',
    );
    await t.fail('stocktakes.cancel', { id: started.id, version: posted.version }, 'CONFLICT');
    expect(stockRows(t)).toEqual(before);
  });
});

describe('cancelling and listing', () => {
  test('a cancelled stocktake moves no stock and takes no more counts', async () => {
    const { t } = await withStock();
    const staff = await t.addUser('staff', 'sam');
    const started = await t.call('stocktakes.start', {});
    await t.fail('stocktakes.cancel', { id: started.id, version: 1 }, 'FORBIDDEN', { token: staff.token });
    const cancelled = await t.call('stocktakes.cancel', { id: started.id, version: 1 });
    expect(cancelled).toMatchObject({ status: 'cancelled', closedByName: 'Olivia Owner', version: 2 });
    const before = stockRows(t);
    await t.fail(
      'stocktakes.count',
      { id: started.id, lines: [{ lineId: lineOf(started, 'TNR-2'), counted: 9 }] },
      'CONFLICT',
    );
    await t.fail('stocktakes.cancel', { id: started.id, version: 2 }, 'CONFLICT');
    await t.fail('stocktakes.get', { id: 4242 }, 'NOT_FOUND');
    expect(stockRows(t)).toEqual(before);
  });

  test('the list is newest first, page by page, and filters by status; staff may read it', async () => {
    const { t } = await withStock();
    const staff = await t.addUser('staff', 'sam');
    const made = [];
    for (let i = 0; i < 5; i += 1) made.push(await t.call('stocktakes.start', {}));
    await t.call('stocktakes.cancel', { id: made[1]!.id, version: 1 });
    const first = await t.call('stocktakes.list', { limit: 3 }, staff.token);
    expect(first.items.map((s) => s.number)).toEqual(['ST-000005', 'ST-000004', 'ST-000003']);
    expect(first.items[0]).toMatchObject({ lineCount: 3, countedCount: 0 });
    const rest = await t.call('stocktakes.list', { limit: 3, cursor: first.nextCursor }, staff.token);
    expect(rest).toMatchObject({
      items: [{ number: 'ST-000002' }, { number: 'ST-000001' }],
      nextCursor: null,
    });
    const cancelled = await t.call('stocktakes.list', { status: 'cancelled' });
    expect(cancelled.items.map((s) => s.number)).toEqual(['ST-000002']);
    await t.fail('stocktakes.list', { cursor: 'nonsense' }, 'VALIDATION');
  });
});
