import { afterEach, describe, expect, test } from 'vitest';
import type { CoreEvent } from '../../../electron/core/events';
import { closeCores, issuePaths, MINUTE, type TestCore } from '../core/helpers';
import { orderRows, ordersSetup, serviceLine } from './helpers';

afterEach(closeCores);

type Setup = Awaited<ReturnType<typeof ordersSetup>>;

/** A draft for Ann: 2 toner at 45.00 and an hour of installation at 200.00. */
const draftFor = ({ t, ann, toner }: Setup) =>
  t.call('orders.create', {
    contactId: ann.id,
    currency: 'CNY',
    lines: [
      { description: 'Toner TNR-2', productId: toner.id, quantity: 2, unitPriceMinor: 4500 },
      serviceLine('Installation', 1, 20000),
    ],
  });

const onHandOf = async (t: TestCore, sku: string) => {
  const { items } = await t.call('stock.levels', { query: sku });
  return items.find((item) => item.product.sku === sku)!.onHand;
};

describe('sales orders', () => {
  test('a draft is numbered SO-000001, SO-000002, … and its totals are computed in minor units', async () => {
    const setup = await ordersSetup();
    const { t, ann, toner } = setup;
    const first = await t.call('orders.create', {
      contactId: ann.id,
      currency: 'CNY',
      notes: 'Deliver before noon',
      lines: [
        { description: 'Toner', productId: toner.id, quantity: 3, unitPriceMinor: 3333 },
        serviceLine('Installation', 2, 0),
      ],
    });
    expect(first).toMatchObject({
      number: 'SO-000001',
      status: 'draft',
      contactId: ann.id,
      contactName: 'Ann Lee',
      currency: 'CNY',
      notes: 'Deliver before noon',
      totalMinor: 9999,
      lineCount: 2,
      createdBy: t.owner.user.id,
      createdAt: t.clock.now(),
      confirmedAt: null,
      fulfilledAt: null,
      cancelledAt: null,
      version: 1,
      lines: [
        {
          description: 'Toner',
          product: { id: toner.id, sku: 'TNR-2', name: 'Toner', unit: 'pcs' },
          quantity: 3,
          unitPriceMinor: 3333,
          totalMinor: 9999,
        },
        { description: 'Installation', product: null, quantity: 2, unitPriceMinor: 0, totalMinor: 0 },
      ],
    });
    expect(await t.call('orders.get', { id: first.id })).toEqual(first);
    const second = await t.call('orders.create', { contactId: ann.id, currency: 'JPY', lines: [] });
    expect(second).toMatchObject({ number: 'SO-000002', totalMinor: 0, lineCount: 0, notes: null });
    await t.fail('orders.get', { id: 4242 }, 'NOT_FOUND');
  });

  test('invalid drafts are refused by the field at fault and store nothing, not even a number', async () => {
    const { t, ann, toner } = await ordersSetup();
    const trashed = await t.call('contacts.create', { name: 'Gone Customer' });
    await t.call('contacts.delete', { id: trashed.id });
    const archived = await t.call('products.create', {
      sku: 'OLD-1',
      name: 'Old',
      unit: 'pcs',
      priceMinor: 1,
      currency: 'CNY',
    });
    await t.call('products.setArchived', { id: archived.id, version: 1, archived: true });
    const line = serviceLine('Toner', 1, 100);
    const valid = { contactId: ann.id, currency: 'CNY', lines: [line] };
    const before = orderRows(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, contactId: 4242 }, 'contactId'],
      [{ ...valid, contactId: trashed.id }, 'contactId'],
      [{ ...valid, contactId: undefined }, 'contactId'],
      [{ ...valid, currency: 'yuan' }, 'currency'],
      [{ ...valid, notes: 'x'.repeat(4001) }, 'notes'],
      [{ ...valid, lines: [{ ...line, description: '  ' }] }, 'lines.0.description'],
      [{ ...valid, lines: [{ ...line, description: 'x'.repeat(201) }] }, 'lines.0.description'],
      [{ ...valid, lines: [{ ...line, quantity: 0 }] }, 'lines.0.quantity'],
      [{ ...valid, lines: [{ ...line, quantity: 10_000 }] }, 'lines.0.quantity'],
      [{ ...valid, lines: [{ ...line, unitPriceMinor: -1 }] }, 'lines.0.unitPriceMinor'],
      [{ ...valid, lines: [{ ...line, unitPriceMinor: 1.5 }] }, 'lines.0.unitPriceMinor'],
      [{ ...valid, lines: [line, { ...line, productId: 4242 }] }, 'lines.1.productId'],
      [{ ...valid, lines: [{ ...line, productId: archived.id }] }, 'lines.0.productId'],
      [{ ...valid, lines: [{ ...line, totalMinor: 100 }] }, 'lines.0.totalMinor'],
      [{ ...valid, status: 'confirmed' }, 'status'],
    ];
    for (const [input, path] of cases) {
      expect(issuePaths(await t.fail('orders.create', input, 'VALIDATION')), path).toEqual([path]);
    }
    expect(orderRows(t)).toEqual(before);
    expect(
      await t.call('orders.create', { ...valid, lines: [{ ...line, productId: toner.id }] }),
    ).toMatchObject({ number: 'SO-000001' });
  });

  test('a draft is edited at its version: lines replaced, other fields kept; a stale edit is a CONFLICT', async () => {
    const setup = await ordersSetup();
    const { t, drum } = setup;
    const bob = await t.call('contacts.create', { name: 'Bob Wu' });
    const draft = await t.call('orders.update', {
      id: (await draftFor(setup)).id,
      version: 1,
      patch: { notes: 'Urgent' },
    });
    expect(draft).toMatchObject({ notes: 'Urgent', totalMinor: 29000, lineCount: 2, version: 2 });
    t.clock.advance(MINUTE);
    const edited = await t.call('orders.update', {
      id: draft.id,
      version: 2,
      patch: {
        contactId: bob.id,
        lines: [{ description: 'Drum', productId: drum.id, quantity: 4, unitPriceMinor: 250 }],
      },
    });
    expect(edited).toMatchObject({
      contactName: 'Bob Wu',
      notes: 'Urgent',
      totalMinor: 1000,
      updatedAt: t.clock.now(),
      version: 3,
      lines: [{ description: 'Drum', product: { sku: 'DRM-1' }, quantity: 4 }],
    });
    const before = orderRows(t);
    const error = await t.fail(
      'orders.update',
      { id: draft.id, version: 2, patch: { notes: 'Mine' } },
      'CONFLICT',
    );
    expect(error.details).toEqual({ currentVersion: 3 });
    expect(
      issuePaths(
        await t.fail(
          'orders.update',
          { id: draft.id, version: 3, patch: { lines: [serviceLine('', 1, 1)] } },
          'VALIDATION',
        ),
      ),
    ).toEqual(['patch.lines.0.description']);
    expect(
      issuePaths(
        await t.fail('orders.update', { id: draft.id, version: 3, patch: { contactId: 4242 } }, 'VALIDATION'),
      ),
    ).toEqual(['patch.contactId']);
    await t.fail('orders.update', { id: 4242, version: 1, patch: { notes: 'x' } }, 'NOT_FOUND');
    expect(orderRows(t)).toEqual(before);
  });

  test('confirming needs a line; a confirmed order can no longer be edited or confirmed', async () => {
    const setup = await ordersSetup();
    const { t, ann } = setup;
    const empty = await t.call('orders.create', { contactId: ann.id, currency: 'CNY', lines: [] });
    const before = orderRows(t);
    expect(issuePaths(await t.fail('orders.confirm', { id: empty.id, version: 1 }, 'VALIDATION'))).toEqual([
      'lines',
    ]);
    expect(orderRows(t)).toEqual(before);

    const draft = await draftFor(setup);
    await t.fail('orders.confirm', { id: draft.id, version: 2 }, 'CONFLICT');
    t.clock.advance(MINUTE);
    const confirmed = await t.call('orders.confirm', { id: draft.id, version: 1 });
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmedAt: t.clock.now(), version: 2 });
    const after = orderRows(t);
    const again = await t.fail('orders.confirm', { id: draft.id, version: 2 }, 'VALIDATION');
    expect(again.details).toMatchObject({ status: 'confirmed' });
    await t.fail('orders.update', { id: draft.id, version: 2, patch: { notes: 'x' } }, 'VALIDATION');
    await t.fail('orders.confirm', { id: 4242, version: 1 }, 'NOT_FOUND');
    expect(orderRows(t)).toEqual(after);
  });

  test('fulfilling issues each product line from stock, named by the order number, and stock.levels drops', async () => {
    const setup = await ordersSetup();
    const { t, toner } = setup;
    await t.call('stock.correct', { productId: toner.id, quantity: 10, note: 'opening stock' });
    const draft = await draftFor(setup);
    const before = orderRows(t);
    expect((await t.fail('orders.fulfil', { id: draft.id, version: 1 }, 'VALIDATION')).details).toMatchObject(
      { status: 'draft' },
    );
    expect(orderRows(t)).toEqual(before);
    const confirmed = await t.call('orders.confirm', { id: draft.id, version: 1 });
    await t.fail('orders.fulfil', { id: draft.id, version: 1 }, 'CONFLICT');
    expect(orderRows(t).movements).toEqual(before.movements);

    const events: CoreEvent[] = [];
    t.core.events.subscribe((event) => events.push(event));
    t.clock.advance(MINUTE);
    const fulfilled = await t.call('orders.fulfil', { id: draft.id, version: confirmed.version });
    expect(fulfilled).toMatchObject({ status: 'fulfilled', fulfilledAt: t.clock.now(), version: 3 });
    expect(await onHandOf(t, 'TNR-2')).toBe(8);
    const { items } = await t.call('stock.movements', { productId: toner.id });
    expect(items[0]).toMatchObject({
      quantity: -2,
      reason: 'issue',
      source: null,
      note: 'SO-000001',
      byId: t.owner.user.id,
      onHandAfter: 8,
    });
    expect(events.map((event) => [event.name, event.data])).toEqual([
      ['stock.changed', { productIds: [toner.id] }],
      ['order.changed', { id: draft.id, action: 'fulfilled', version: 3 }],
    ]);
    const after = orderRows(t);
    await t.fail('orders.fulfil', { id: draft.id, version: 3 }, 'VALIDATION');
    await t.fail('orders.cancel', { id: draft.id, version: 3 }, 'VALIDATION');
    expect(orderRows(t)).toEqual(after);
  });

  test('fulfilment with an archived product is refused whole: no stock moves and the order stays confirmed', async () => {
    const setup = await ordersSetup();
    const { t, toner } = setup;
    const confirmed = await t.call('orders.confirm', { id: (await draftFor(setup)).id, version: 1 });
    await t.call('products.setArchived', { id: toner.id, version: 1, archived: true });
    const before = orderRows(t);
    await t.fail('orders.fulfil', { id: confirmed.id, version: confirmed.version }, 'VALIDATION');
    expect(orderRows(t)).toEqual(before);
  });

  test('staff cancel drafts; a confirmed order takes an admin; cancelled orders stay cancelled', async () => {
    const setup = await ordersSetup();
    const { t } = setup;
    const sam = await t.addUser('staff', 'sam');
    const admin = await t.addUser('admin', 'ada');
    const draft = await draftFor(setup);
    t.clock.advance(MINUTE);
    expect(await t.call('orders.cancel', { id: draft.id, version: 1 }, sam.token)).toMatchObject({
      status: 'cancelled',
      cancelledAt: t.clock.now(),
      version: 2,
    });
    await t.fail('orders.confirm', { id: draft.id, version: 2 }, 'VALIDATION');

    const other = await draftFor(setup);
    const confirmed = await t.call('orders.confirm', { id: other.id, version: 1 }, sam.token);
    const before = orderRows(t);
    const refused = await t.fail('orders.cancel', { id: other.id, version: confirmed.version }, 'FORBIDDEN', {
      token: sam.token,
    });
    expect(refused.details).toEqual({ required: 'admin' });
    await t.fail('orders.cancel', { id: other.id, version: 1 }, 'CONFLICT', { token: admin.token });
    expect(orderRows(t)).toEqual(before);
    expect(
      await t.call('orders.cancel', { id: other.id, version: confirmed.version }, admin.token),
    ).toMatchObject({ status: 'cancelled', confirmedAt: confirmed.confirmedAt });
  });

  test('the list goes newest first in pages, by status and by customer', async () => {
    const setup = await ordersSetup();
    const { t, ann } = setup;
    const bob = await t.call('contacts.create', { name: 'Bob Wu' });
    const first = await draftFor(setup);
    const second = await t.call('orders.create', { contactId: bob.id, currency: 'USD', lines: [] });
    const third = await draftFor(setup);
    await t.call('orders.confirm', { id: third.id, version: 1 });

    const page1 = await t.call('orders.list', { limit: 2 });
    expect(page1.items.map((order) => order.number)).toEqual(['SO-000003', 'SO-000002']);
    expect(page1.items[0]).toMatchObject({ status: 'confirmed', totalMinor: 29000, lineCount: 2 });
    const page2 = await t.call('orders.list', { limit: 2, cursor: page1.nextCursor });
    expect(page2).toEqual({ items: [expect.objectContaining({ id: first.id })], nextCursor: null });

    const numbers = async (input: Parameters<TestCore['call']>[1]) =>
      (await t.call('orders.list', input as never)).items.map((order) => order.number);
    expect(await numbers({ status: 'draft' })).toEqual(['SO-000002', 'SO-000001']);
    expect(await numbers({ status: 'fulfilled' })).toEqual([]);
    expect(await numbers({ contactId: ann.id })).toEqual(['SO-000003', 'SO-000001']);
    expect(await numbers({ contactId: bob.id, status: 'draft' })).toEqual([second.number]);
    expect(issuePaths(await t.fail('orders.list', { status: 'shipped' }, 'VALIDATION'))).toEqual(['status']);
  });

  test('staff who see only their own customers neither see nor touch orders of others', async () => {
    const setup = await ordersSetup();
    const { t, ann } = setup;
    const sam = await t.addUser('staff', 'sam');
    const own = await t.call('contacts.create', { name: 'Sam’s customer', ownerId: sam.user.id });
    const hidden = await draftFor(setup);
    const { version } = await t.call('company.settings.get', {});
    await t.call('company.settings.update', { version, patch: { customerVisibility: 'own' } });
    const events: CoreEvent[] = [];
    t.core.events.subscribe((event) => events.push(event));
    const mine = await t.call('orders.create', { contactId: own.id, currency: 'CNY', lines: [] }, sam.token);
    expect(events.at(-1)).toMatchObject({
      name: 'order.changed',
      audience: { kind: 'users', userIds: expect.arrayContaining([sam.user.id, t.owner.user.id]) },
    });

    const as = { token: sam.token };
    const before = orderRows(t);
    await t.fail('orders.get', { id: hidden.id }, 'NOT_FOUND', as);
    await t.fail('orders.confirm', { id: hidden.id, version: 1 }, 'NOT_FOUND', as);
    await t.fail('orders.cancel', { id: hidden.id, version: 1 }, 'NOT_FOUND', as);
    await t.fail('orders.create', { contactId: ann.id, currency: 'CNY', lines: [] }, 'NOT_FOUND', as);
    await t.fail('orders.update', { id: mine.id, version: 1, patch: { contactId: ann.id } }, 'NOT_FOUND', as);
    await t.fail('orders.list', { contactId: ann.id }, 'NOT_FOUND', as);
    expect(orderRows(t)).toEqual(before);
    expect((await t.call('orders.list', {}, sam.token)).items.map((order) => order.id)).toEqual([mine.id]);
    expect((await t.call('orders.list', {})).items).toHaveLength(2);
  });
  test('an order shows on its customer’s timeline as it is now, and moves with the customer when merged', async () => {
    const setup = await ordersSetup();
    const { t, ann } = setup;
    const draft = await draftFor(setup);
    await t.call('orders.confirm', { id: draft.id, version: 1 });
    const { items } = await t.call('timeline.forContact', { contactId: ann.id });
    expect(items.find((entry) => entry.kind === 'order')).toEqual({
      kind: 'order',
      id: draft.id,
      at: draft.createdAt,
      actor: { id: t.owner.user.id, name: 'Olivia Owner' },
      data: {
        orderId: draft.id,
        number: 'SO-000001',
        status: 'confirmed',
        totalMinor: 29000,
        currency: 'CNY',
      },
    });

    const twin = await t.call('contacts.create', { name: 'Ann Lee' });
    const moved = await draftFor({ ...setup, ann: twin });
    const target = await t.call('contacts.get', { id: ann.id });
    await t.call('contacts.merge', {
      targetId: ann.id,
      targetVersion: target.version,
      sources: [{ id: twin.id, version: twin.version }],
      patch: {},
    });
    expect(await t.call('orders.get', { id: moved.id })).toMatchObject({ contactId: ann.id, version: 2 });
  });
});
