import { afterEach, describe, expect, test } from 'vitest';
import type { CoreEvent } from '../../../electron/core/events';
import { closeCores, issuePaths, MINUTE, type TestCore } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';
import { orderRows, ordersSetup, serviceLine } from './helpers';

afterEach(closeCores);

type Setup = Awaited<ReturnType<typeof ordersSetup>>;

const onHandOf = async (t: TestCore, sku: string) => {
  const { items } = await t.call('stock.levels', { query: sku });
  return items.find((item) => item.product.sku === sku)!.onHand;
};

/**
 * Ann's order, fulfilled from an opening stock of 10 toner and 5 drums: 5 toner at 45.00, 2 drums
 * at 120.00 and an hour of installation at 200.00 (total 665.00).
 */
async function fulfilledOrder({ t, ann, toner, drum }: Setup) {
  await t.call('stock.correct', { productId: toner.id, quantity: 10, note: 'opening stock' });
  await t.call('stock.correct', { productId: drum.id, quantity: 5, note: 'opening stock' });
  const draft = await t.call('orders.create', {
    contactId: ann.id,
    currency: 'CNY',
    lines: [
      { description: 'Toner', productId: toner.id, quantity: 5, unitPriceMinor: 4500 },
      { description: 'Drum', productId: drum.id, quantity: 2, unitPriceMinor: 12000 },
      serviceLine('Installation', 1, 20000),
    ],
  });
  const confirmed = await t.call('orders.confirm', { id: draft.id, version: 1 });
  return t.call('orders.fulfil', { id: draft.id, version: confirmed.version });
}

describe('returns of sales orders', () => {
  test('a return takes goods back into stock, numbered RT-000001, …, and the order shows what came back', async () => {
    const setup = await ordersSetup();
    const { t, toner } = setup;
    const order = await fulfilledOrder(setup);
    const [tonerLine, drumLine, installationLine] = order.lines;
    expect(await onHandOf(t, 'TNR-2')).toBe(5);

    const events: CoreEvent[] = [];
    t.core.events.subscribe((event) => events.push(event));
    t.clock.advance(MINUTE);
    const first = await t.call('orders.returns.create', {
      orderId: order.id,
      version: order.version,
      lines: [
        { lineId: tonerLine!.id, quantity: 2 },
        { lineId: installationLine!.id, quantity: 1 },
      ],
      reason: '  Damaged in transit ',
    });
    expect(first).toMatchObject({
      number: 'RT-000001',
      orderId: order.id,
      reason: 'Damaged in transit',
      returnedAt: t.clock.now(),
      returnedBy: { id: t.owner.user.id, name: 'Olivia Owner' },
      totalMinor: 29000,
      lines: [
        {
          orderLineId: tonerLine!.id,
          description: 'Toner',
          quantity: 2,
          unitPriceMinor: 4500,
          totalMinor: 9000,
        },
        { orderLineId: installationLine!.id, product: null, quantity: 1, totalMinor: 20000 },
      ],
    });
    expect(await onHandOf(t, 'TNR-2')).toBe(7);
    expect(await onHandOf(t, 'DRM-1')).toBe(3);
    const { items } = await t.call('stock.movements', { productId: toner.id });
    expect(items[0]).toMatchObject({
      quantity: 2,
      reason: 'receipt',
      source: null,
      note: 'RT-000001 · SO-000001',
      byId: t.owner.user.id,
      at: t.clock.now(),
      onHandAfter: 7,
    });
    const afterFirst = await t.call('orders.get', { id: order.id });
    expect(afterFirst).toMatchObject({
      status: 'fulfilled',
      version: order.version + 1,
      updatedAt: t.clock.now(),
      totalMinor: 66500,
      returnedMinor: 29000,
      netTotalMinor: 37500,
      returns: [first],
    });
    expect(afterFirst.lines.map((line) => line.returnedQuantity)).toEqual([2, 0, 1]);
    expect(events.map((event) => [event.name, event.data])).toEqual([
      ['stock.changed', { productIds: [toner.id] }],
      ['order.changed', { id: order.id, action: 'returned', version: order.version + 1 }],
    ]);

    // Several returns per order, each line up to what was fulfilled; the version may be left out.
    const second = await t.call('orders.returns.create', {
      orderId: order.id,
      lines: [
        { lineId: tonerLine!.id, quantity: 3 },
        { lineId: drumLine!.id, quantity: 2 },
      ],
      reason: 'Wrong model',
    });
    expect(second).toMatchObject({ number: 'RT-000002', totalMinor: 3 * 4500 + 2 * 12000 });
    expect(await onHandOf(t, 'TNR-2')).toBe(10);
    expect(await onHandOf(t, 'DRM-1')).toBe(5);
    const afterSecond = await t.call('orders.get', { id: order.id });
    expect(afterSecond.lines.map((line) => line.returnedQuantity)).toEqual([5, 2, 1]);
    expect(afterSecond).toMatchObject({ status: 'fulfilled', returnedMinor: 66500, netTotalMinor: 0 });
    expect(afterSecond.returns.map((returned) => returned.number)).toEqual(['RT-000001', 'RT-000002']);

    // Nothing is left to return: even one more is refused and changes nothing.
    const before = orderRows(t);
    const refused = await t.fail(
      'orders.returns.create',
      { orderId: order.id, lines: [{ lineId: drumLine!.id, quantity: 1 }], reason: 'Again' },
      'VALIDATION',
    );
    expect(refused.details?.issues).toEqual([
      { path: ['lines', 0, 'quantity'], message: 'at most 0 left to return' },
    ]);
    expect(orderRows(t)).toEqual(before);
    expect(await onHandOf(t, 'DRM-1')).toBe(5);
  });

  test('every bad return is refused by the field at fault and changes nothing, not even a number', async () => {
    const setup = await ordersSetup();
    const { t, ann } = setup;
    const order = await fulfilledOrder(setup);
    const [tonerLine, drumLine] = order.lines;
    const other = await t.call('orders.create', {
      contactId: ann.id,
      currency: 'CNY',
      lines: [serviceLine('Other', 1, 100)],
    });
    const valid = {
      orderId: order.id,
      version: order.version,
      lines: [{ lineId: tonerLine!.id, quantity: 1 }],
      reason: 'Damaged',
    };
    const before = orderRows(t);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...valid, lines: [{ lineId: tonerLine!.id, quantity: 6 }] }, ['lines.0.quantity']],
      [
        {
          ...valid,
          lines: [
            { lineId: drumLine!.id, quantity: 1 },
            { lineId: tonerLine!.id, quantity: 9 },
          ],
        },
        ['lines.1.quantity'],
      ],
      [{ ...valid, lines: [{ lineId: tonerLine!.id, quantity: 0 }] }, ['lines.0.quantity']],
      [{ ...valid, lines: [{ lineId: tonerLine!.id, quantity: -1 }] }, ['lines.0.quantity']],
      [{ ...valid, lines: [{ lineId: tonerLine!.id, quantity: 1.5 }] }, ['lines.0.quantity']],
      [{ ...valid, lines: [{ lineId: other.lines[0]!.id, quantity: 1 }] }, ['lines.0.lineId']],
      [{ ...valid, lines: [{ lineId: 4242, quantity: 1 }] }, ['lines.0.lineId']],
      [
        {
          ...valid,
          lines: [
            { lineId: tonerLine!.id, quantity: 1 },
            { lineId: tonerLine!.id, quantity: 1 },
          ],
        },
        ['lines.1.lineId'],
      ],
      [{ ...valid, lines: [] }, ['lines']],
      [{ ...valid, reason: undefined }, ['reason']],
      [{ ...valid, reason: '   ' }, ['reason']],
      [{ ...valid, reason: 'x'.repeat(501) }, ['reason']],
      [{ ...valid, returnedAt: 0 }, ['returnedAt']],
    ];
    for (const [input, paths] of cases) {
      const error = await t.fail('orders.returns.create', input, 'VALIDATION');
      expect(issuePaths(error), JSON.stringify(input)).toEqual(paths);
    }
    await t.fail('orders.returns.create', { ...valid, orderId: 4242 }, 'NOT_FOUND');
    await t.fail('orders.returns.create', { ...valid, version: order.version - 1 }, 'CONFLICT');
    expect(orderRows(t)).toEqual(before);
    expect(await t.call('orders.returns.create', valid)).toMatchObject({ number: 'RT-000001' });
  });

  test('only a fulfilled order takes goods back: drafts, confirmed and cancelled orders are refused', async () => {
    const { t, ann, toner } = await ordersSetup();
    const line = { description: 'Toner', productId: toner.id, quantity: 2, unitPriceMinor: 4500 };
    const draft = await t.call('orders.create', { contactId: ann.id, currency: 'CNY', lines: [line] });
    const confirmed = await t.call('orders.confirm', {
      id: (await t.call('orders.create', { contactId: ann.id, currency: 'CNY', lines: [line] })).id,
      version: 1,
    });
    const cancelled = await t.call('orders.cancel', {
      id: (await t.call('orders.create', { contactId: ann.id, currency: 'CNY', lines: [line] })).id,
      version: 1,
    });
    const before = orderRows(t);
    for (const order of [draft, confirmed, cancelled]) {
      const error = await t.fail(
        'orders.returns.create',
        { orderId: order.id, lines: [{ lineId: order.lines[0]!.id, quantity: 1 }], reason: 'Unwanted' },
        'VALIDATION',
      );
      expect(error.details).toMatchObject({ status: order.status });
      expect(issuePaths(error)).toEqual(['status']);
    }
    expect(orderRows(t)).toEqual(before);
  });

  test('a product archived since the sale is refused whole: no stock, no return, no number', async () => {
    const setup = await ordersSetup();
    const { t, drum } = setup;
    const order = await fulfilledOrder(setup);
    await t.call('products.setArchived', { id: drum.id, version: 1, archived: true });
    const before = orderRows(t);
    const refused = await t.fail(
      'orders.returns.create',
      {
        orderId: order.id,
        lines: [
          { lineId: order.lines[0]!.id, quantity: 1 },
          { lineId: order.lines[1]!.id, quantity: 1 },
        ],
        reason: 'Faulty',
      },
      'VALIDATION',
    );
    expect(refused.message).toBe('This product is archived.');
    expect(orderRows(t)).toEqual(before);
  });

  test('staff return goods of the customers they see; a hidden customer’s order answers NOT_FOUND', async () => {
    const setup = await ordersSetup();
    const { t } = setup;
    const sam = await t.addUser('staff', 'sam');
    const order = await fulfilledOrder(setup);
    const input = {
      orderId: order.id,
      lines: [{ lineId: order.lines[0]!.id, quantity: 1 }],
      reason: 'Faulty',
    };
    expect(await t.call('orders.returns.create', input, sam.token)).toMatchObject({
      number: 'RT-000001',
      returnedBy: { id: sam.user.id },
    });

    const { version } = await t.call('company.settings.get', {});
    await t.call('company.settings.update', { version, patch: { customerVisibility: 'own' } });
    const before = orderRows(t);
    await t.fail('orders.returns.create', input, 'NOT_FOUND', { token: sam.token });
    expect(orderRows(t)).toEqual(before);
  });

  test('a return shows on its customer’s timeline when it was recorded, beside the order', async () => {
    const setup = await ordersSetup();
    const { t, ann } = setup;
    const order = await fulfilledOrder(setup);
    t.clock.advance(MINUTE);
    const returned = await t.call('orders.returns.create', {
      orderId: order.id,
      lines: [{ lineId: order.lines[1]!.id, quantity: 1 }],
      reason: 'Faulty',
    });
    const { items } = await t.call('timeline.forContact', { contactId: ann.id });
    expect(items[0]).toEqual({
      kind: 'orderReturn',
      id: returned.id,
      at: t.clock.now(),
      actor: { id: t.owner.user.id, name: 'Olivia Owner' },
      data: {
        orderId: order.id,
        orderNumber: 'SO-000001',
        number: 'RT-000001',
        totalMinor: 12000,
        currency: 'CNY',
      },
    });
    expect(items.find((entry) => entry.kind === 'order')).toMatchObject({ data: { status: 'fulfilled' } });
  });

  test('goods that never left the stock do not enter it: an order fulfilled without inventory restocks nothing', async () => {
    const setup = await ordersSetup({ license: licenseOptions() });
    const { t, ann, toner } = setup;
    const draft = await t.call('orders.create', {
      contactId: ann.id,
      currency: 'CNY',
      lines: [{ description: 'Toner', productId: toner.id, quantity: 5, unitPriceMinor: 4500 }],
    });
    const confirmed = await t.call('orders.confirm', { id: draft.id, version: 1 });
    await t.call('license.activate', { key: issue({ edition: 'standard', modules: ['orders'] }) });
    const order = await t.call('orders.fulfil', { id: draft.id, version: confirmed.version });
    expect(orderRows(t).movements).toEqual([]);

    // Inventory comes (back) with the next licence; the return must not invent stock.
    await t.call('license.activate', { key: issue({ edition: 'erp', modules: ['orders'] }) });
    const returned = await t.call('orders.returns.create', {
      orderId: order.id,
      lines: [{ lineId: order.lines[0]!.id, quantity: 2 }],
      reason: 'Faulty',
    });
    expect(returned).toMatchObject({ number: 'RT-000001', totalMinor: 9000 });
    expect(orderRows(t).movements).toEqual([]);
    expect(await onHandOf(t, 'TNR-2')).toBe(0);
    expect(await t.call('orders.get', { id: order.id })).toMatchObject({ netTotalMinor: 22500 - 9000 });
  });

  test('goods that left the stock come back into it even when the licence no longer has inventory', async () => {
    const setup = await ordersSetup({ license: licenseOptions() });
    const { t } = setup;
    const order = await fulfilledOrder(setup);
    await t.call('license.activate', { key: issue({ edition: 'standard', modules: ['orders'] }) });
    await t.call('orders.returns.create', {
      orderId: order.id,
      lines: [{ lineId: order.lines[0]!.id, quantity: 2 }],
      reason: 'Faulty',
    });
    await t.call('license.activate', { key: issue({ edition: 'erp', modules: ['orders'] }) });
    expect(await onHandOf(t, 'TNR-2')).toBe(10 - 5 + 2);
  });
});
