import { afterEach, describe, expect, test } from 'vitest';
import type { StocktakeLine } from '../../../shared/inventory/stocktake';
import { closeCores, issuePaths, setupCore } from '../core/helpers';
import { productOf } from '../inventory/helpers';

afterEach(closeCores);

/** A stocktake of 7 products whose names sort apart from their SKUs and the order they were made in. */
async function withSheet() {
  const t = await setupCore();
  const names = ['Toner', 'drum', 'Paper A4', 'Staples', 'Binder', 'paper A3', 'Ink'];
  const products = [];
  for (const [index, name] of names.entries()) {
    products.push(await t.call('products.create', productOf(`SKU-${index}`, name)));
  }
  await t.call('stock.correct', { productId: products[0]!.id, quantity: 5, note: 'opening' });
  const started = await t.call('stocktakes.start', {});
  return { t, products, started };
}

/** Every page of the sheet, `limit` lines at a time, by product name. */
async function allPages(
  t: Awaited<ReturnType<typeof withSheet>>['t'],
  input: { id: number; filter?: { query?: string; notCounted?: boolean } },
  limit: number,
) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page: { items: StocktakeLine[]; nextCursor: string | null } = await t.call('stocktakes.lines', {
      ...input,
      cursor,
      limit,
    });
    pages.push(page.items.map((line) => line.product.name));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return pages;
}

describe('the count sheet page by page', () => {
  test('lines come by product name, case aside, each once, page after page', async () => {
    const { t, started } = await withSheet();
    const staff = await t.addUser('staff', 'sam');
    expect(await allPages(t, { id: started.id }, 3)).toEqual([
      ['Binder', 'drum', 'Ink'],
      ['paper A3', 'Paper A4', 'Staples'],
      ['Toner'],
    ]);
    const first = await t.call('stocktakes.lines', { id: started.id, limit: 3 }, staff.token);
    expect(first.items[0]).toMatchObject({
      product: { sku: 'SKU-4', name: 'Binder' },
      expected: 0,
      counted: null,
    });
    // The same lines as the whole stocktake, in the same order.
    const whole = await t.call('stocktakes.get', { id: started.id });
    expect((await t.call('stocktakes.lines', { id: started.id, limit: 200 })).items).toEqual(whole.lines);
  });

  test('"not counted yet" leaves out what was counted, also between pages; a query finds by SKU or name', async () => {
    const { t, started } = await withSheet();
    const lineOf = (name: string) => started.lines.find((line) => line.product.name === name)!.id;
    const first = await t.call('stocktakes.lines', {
      id: started.id,
      filter: { notCounted: true },
      limit: 2,
    });
    expect(first.items.map((line) => line.product.name)).toEqual(['Binder', 'drum']);
    // Counted meanwhile: the next page neither repeats nor skips what is still to count.
    await t.call('stocktakes.count', {
      id: started.id,
      lines: [
        { lineId: lineOf('drum'), counted: 1 },
        { lineId: lineOf('paper A3'), counted: 0 },
        { lineId: lineOf('Toner'), counted: 5 },
      ],
    });
    const rest = await t.call('stocktakes.lines', {
      id: started.id,
      filter: { notCounted: true },
      cursor: first.nextCursor,
      limit: 10,
    });
    expect(rest.items.map((line) => line.product.name)).toEqual(['Ink', 'Paper A4', 'Staples']);
    expect(await allPages(t, { id: started.id, filter: { notCounted: true } }, 2)).toEqual([
      ['Binder', 'Ink'],
      ['Paper A4', 'Staples'],
    ]);
    expect(await allPages(t, { id: started.id, filter: { query: 'PAPER' } }, 1)).toEqual([
      ['paper A3'],
      ['Paper A4'],
    ]);
    expect(await allPages(t, { id: started.id, filter: { query: 'sku-6' } }, 5)).toEqual([['Ink']]);
    expect(await allPages(t, { id: started.id, filter: { query: 'paper', notCounted: true } }, 5)).toEqual([
      ['Paper A4'],
    ]);
    expect(await allPages(t, { id: started.id, filter: { query: '%' } }, 5)).toEqual([[]]);
  });

  test('a bad or foreign cursor, a bad filter and a missing stocktake are refused', async () => {
    const { t, started } = await withSheet();
    const bad = await t.fail('stocktakes.lines', { id: started.id, cursor: 'nonsense' }, 'VALIDATION');
    expect(issuePaths(bad)).toEqual(['cursor']);
    // A cursor of the stocktakes list is not a position in a sheet.
    await t.call('stocktakes.start', {});
    const { nextCursor } = await t.call('stocktakes.list', { limit: 1 });
    await t.fail('stocktakes.lines', { id: started.id, cursor: nextCursor }, 'VALIDATION');
    for (const input of [
      { id: started.id, filter: { notCounted: 'yes' } },
      { id: started.id, filter: { query: 'x'.repeat(101) } },
      { id: started.id, filter: { colour: 'red' } },
      { id: started.id, limit: 201 },
      { id: 0 },
    ]) {
      await t.fail('stocktakes.lines', input, 'VALIDATION');
    }
    await t.fail('stocktakes.lines', { id: 4242 }, 'NOT_FOUND');
    await t.fail('stocktakes.overview', { id: 4242 }, 'NOT_FOUND');
  });

  test('the overview is the header without lines, with how many products posting would move', async () => {
    const { t, started } = await withSheet();
    const staff = await t.addUser('staff', 'sam');
    const lineOf = (name: string) => started.lines.find((line) => line.product.name === name)!.id;
    const { lines, ...header } = started;
    expect(lines).toHaveLength(7);
    expect(await t.call('stocktakes.overview', { id: started.id }, staff.token)).toEqual({
      ...header,
      changingCount: 0,
    });
    const counted = await t.call('stocktakes.count', {
      id: started.id,
      lines: [
        { lineId: lineOf('Toner'), counted: 5 },
        { lineId: lineOf('Ink'), counted: 2 },
        { lineId: lineOf('drum'), counted: 0 },
      ],
    });
    // Toner as on hand and drum at 0 move nothing; Ink does.
    expect(await t.call('stocktakes.overview', { id: started.id })).toMatchObject({
      countedCount: 3,
      version: counted.version,
      changingCount: 1,
    });
  });
});
