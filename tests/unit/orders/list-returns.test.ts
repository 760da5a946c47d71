import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, type TestCore } from '../core/helpers';
import { ordersSetup, serviceLine } from './helpers';

afterEach(closeCores);

/** A fulfilled order of free-text lines for the customer. */
async function fulfilledOrder(t: TestCore, contactId: number, lines: ReturnType<typeof serviceLine>[]) {
  const draft = await t.call('orders.create', { contactId, currency: 'CNY', lines });
  await t.call('orders.confirm', { id: draft.id, version: 1 });
  return t.call('orders.fulfil', { id: draft.id, version: 2 });
}

/** Takes back `quantities[i]` of the order's line i; a 0 leaves that line out. */
const giveBack = (t: TestCore, order: { id: number; lines: { id: number }[] }, quantities: number[]) =>
  t.call('orders.returns.create', {
    orderId: order.id,
    lines: quantities
      .map((quantity, index) => ({ lineId: order.lines[index]!.id, quantity }))
      .filter((line) => line.quantity > 0),
    reason: 'Not wanted',
  });

const returnedByNumber = (items: readonly { number: string; totalMinor: number; returnedMinor: number }[]) =>
  Object.fromEntries(items.map((item) => [item.number, [item.totalMinor, item.returnedMinor]]));

describe('order lists answer what came back of each order', () => {
  test('partly and fully returned orders show their returns’ worth, others 0, another customer’s kept apart', async () => {
    const { t, ann } = await ordersSetup();
    const bob = await t.call('contacts.create', { name: 'Bob Wu', companyName: 'Delta Freight' });

    // SO-000001: 3 × 10.00 + 1 × 200.00; 2 of the first line come back in two returns.
    const partly = await fulfilledOrder(t, ann.id, [
      serviceLine('Paper', 3, 1000),
      serviceLine('Setup', 1, 20000),
    ]);
    await giveBack(t, partly, [1]);
    await giveBack(t, partly, [1]);
    // SO-000002: Bob's, the same lines; one paper and the setup back.
    const bobs = await fulfilledOrder(t, bob.id, [
      serviceLine('Paper', 3, 1000),
      serviceLine('Setup', 1, 20000),
    ]);
    await giveBack(t, bobs, [1, 1]);
    // SO-000003: everything back.
    const full = await fulfilledOrder(t, ann.id, [serviceLine('Toner', 2, 4500)]);
    await giveBack(t, full, [2]);
    // SO-000004 fulfilled with nothing back, SO-000005 still a draft.
    await fulfilledOrder(t, ann.id, [serviceLine('Drum', 1, 12000)]);
    await t.call('orders.create', {
      contactId: ann.id,
      currency: 'CNY',
      lines: [serviceLine('Ink', 1, 800)],
    });

    const anns = await t.call('orders.list', { contactId: ann.id });
    expect(returnedByNumber(anns.items)).toEqual({
      'SO-000001': [23000, 2000],
      'SO-000003': [9000, 9000],
      'SO-000004': [12000, 0],
      'SO-000005': [800, 0],
    });
    const all = await t.call('orders.list', {});
    expect(returnedByNumber(all.items)['SO-000002']).toEqual([23000, 21000]);
    // The list and the order itself agree.
    const opened = await t.call('orders.get', { id: partly.id });
    expect(opened).toMatchObject({ returnedMinor: 2000, netTotalMinor: 21000 });
  });

  test('paging by two keeps each order’s returned worth, with the status filter as before', async () => {
    const { t, ann } = await ordersSetup();
    const orders = [];
    for (const price of [1000, 2000, 3000])
      orders.push(await fulfilledOrder(t, ann.id, [serviceLine('Paper', 2, price)]));
    for (const order of orders) await giveBack(t, order, [1]);

    const first = await t.call('orders.list', { status: 'fulfilled', limit: 2 });
    expect(first.items.map((item) => item.returnedMinor)).toEqual([3000, 2000]);
    const second = await t.call('orders.list', { status: 'fulfilled', limit: 2, cursor: first.nextCursor });
    expect(second).toMatchObject({ items: [{ number: 'SO-000001', returnedMinor: 1000 }], nextCursor: null });
    expect((await t.call('orders.list', { status: 'draft' })).items).toEqual([]);
  });
});
