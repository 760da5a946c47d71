import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, issuePaths, MINUTE, setupCore, type TestCore } from '../core/helpers';
import { productOf, recordEvents } from '../inventory/helpers';
import { purchasingRows, purchasingSetup, supplierOf } from './helpers';

afterEach(closeCores);

/** A placed order from Paper Co: 10 toner at 30.00 and 5 drums at 120.50. */
async function placedOrder(t: TestCore) {
  const { supplier, toner, drum } = await purchasingSetup(t);
  const draft = await t.call('purchaseOrders.create', {
    supplierId: supplier.id,
    currency: 'CNY',
    lines: [
      { productId: toner.id, quantity: 10, unitCostMinor: 3000 },
      { productId: drum.id, quantity: 5, unitCostMinor: 12050 },
    ],
  });
  const order = await t.call('purchaseOrders.place', { id: draft.id, version: 1 });
  return { supplier, toner, drum, order };
}

const levelOf = async (t: TestCore, sku: string) => {
  const { items } = await t.call('stock.levels', { query: sku });
  const level = items.find((item) => item.product.sku === sku)!;
  return { onHand: level.onHand, onOrder: level.onOrder };
};

describe('purchase orders', () => {
  test('a draft is numbered PO-000001, PO-000002, … and its totals are computed in minor units', async () => {
    const t = await setupCore();
    const { supplier, toner, drum } = await purchasingSetup(t);
    const first = await t.call('purchaseOrders.create', {
      supplierId: supplier.id,
      expectedOn: '2025-02-03',
      currency: 'CNY',
      notes: 'Deliver to the back door',
      lines: [
        { productId: toner.id, quantity: 3, unitCostMinor: 3333 },
        { productId: drum.id, quantity: 2, unitCostMinor: 0 },
      ],
    });
    expect(first).toMatchObject({
      number: 'PO-000001',
      status: 'draft',
      supplier: { id: supplier.id, name: 'Paper Co', archived: false },
      expectedOn: '2025-02-03',
      notes: 'Deliver to the back door',
      totalMinor: 9999,
      lineCount: 2,
      version: 1,
      lines: [
        {
          product: { sku: 'TNR-2' },
          quantity: 3,
          unitCostMinor: 3333,
          receivedQuantity: 0,
          totalMinor: 9999,
        },
        { product: { sku: 'DRM-1' }, quantity: 2, unitCostMinor: 0, receivedQuantity: 0, totalMinor: 0 },
      ],
    });
    expect(await t.call('purchaseOrders.get', { id: first.id })).toEqual(first);
    const second = await t.call('purchaseOrders.create', {
      supplierId: supplier.id,
      currency: 'CNY',
      lines: [],
    });
    expect(second).toMatchObject({ number: 'PO-000002', totalMinor: 0, lineCount: 0, expectedOn: null });
    await t.fail('purchaseOrders.get', { id: 4242 }, 'NOT_FOUND');
  });

  test('invalid drafts are refused by the field at fault and store nothing, not even a number', async () => {
    const t = await setupCore();
    const { supplier, toner } = await purchasingSetup(t);
    const archivedSupplier = await t.call('suppliers.create', supplierOf('Old Supplier'));
    await t.call('suppliers.setArchived', { id: archivedSupplier.id, version: 1, archived: true });
    const gone = await t.call('products.create', productOf('OLD-1', 'Old product'));
    await t.call('products.setArchived', { id: gone.id, version: 1, archived: true });
    const line = { productId: toner.id, quantity: 1, unitCostMinor: 100 };
    const valid = { supplierId: supplier.id, currency: 'CNY', lines: [line] };
    const before = purchasingRows(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, supplierId: 4242 }, 'supplierId'],
      [{ ...valid, supplierId: archivedSupplier.id }, 'supplierId'],
      [{ ...valid, currency: 'yuan' }, 'currency'],
      [{ ...valid, expectedOn: '2025-02-30' }, 'expectedOn'],
      [{ ...valid, notes: 'x'.repeat(4001) }, 'notes'],
      [{ ...valid, lines: [{ ...line, quantity: 0 }] }, 'lines.0.quantity'],
      [{ ...valid, lines: [{ ...line, quantity: 10_000 }] }, 'lines.0.quantity'],
      [{ ...valid, lines: [{ ...line, unitCostMinor: -1 }] }, 'lines.0.unitCostMinor'],
      [{ ...valid, lines: [{ ...line, unitCostMinor: 1.5 }] }, 'lines.0.unitCostMinor'],
      [{ ...valid, lines: [line, line] }, 'lines.1.productId'],
      [{ ...valid, lines: [line, { ...line, productId: 4242 }] }, 'lines.1.productId'],
      [{ ...valid, lines: [{ ...line, productId: gone.id }] }, 'lines.0.productId'],
    ];
    for (const [input, path] of cases) {
      expect(issuePaths(await t.fail('purchaseOrders.create', input, 'VALIDATION')), path).toEqual([path]);
    }
    expect(purchasingRows(t)).toEqual(before);
    expect(await t.call('purchaseOrders.create', valid)).toMatchObject({ number: 'PO-000001' });
  });

  test('a draft is edited at its version: lines replaced, other fields kept; a stale edit is a CONFLICT', async () => {
    const t = await setupCore();
    const { supplier, toner, drum } = await purchasingSetup(t);
    const draft = await t.call('purchaseOrders.create', {
      supplierId: supplier.id,
      currency: 'CNY',
      notes: 'Urgent',
      lines: [{ productId: toner.id, quantity: 1, unitCostMinor: 100 }],
    });
    t.clock.advance(MINUTE);
    const edited = await t.call('purchaseOrders.update', {
      id: draft.id,
      version: 1,
      patch: { lines: [{ productId: drum.id, quantity: 4, unitCostMinor: 250 }] },
    });
    expect(edited).toMatchObject({
      notes: 'Urgent',
      totalMinor: 1000,
      version: 2,
      lines: [{ product: { sku: 'DRM-1' } }],
    });
    const before = purchasingRows(t);
    const error = await t.fail(
      'purchaseOrders.update',
      { id: draft.id, version: 1, patch: { notes: 'Mine' } },
      'CONFLICT',
    );
    expect(error.details).toEqual({ currentVersion: 2 });
    expect(purchasingRows(t)).toEqual(before);
  });

  test('placing needs a line and an active supplier; a placed order can no longer be edited or placed', async () => {
    const t = await setupCore();
    const { supplier, toner } = await purchasingSetup(t);
    const empty = await t.call('purchaseOrders.create', {
      supplierId: supplier.id,
      currency: 'CNY',
      lines: [],
    });
    const before = purchasingRows(t);
    expect(
      issuePaths(await t.fail('purchaseOrders.place', { id: empty.id, version: 1 }, 'VALIDATION')),
    ).toEqual(['lines']);
    const withLine = await t.call('purchaseOrders.update', {
      id: empty.id,
      version: 1,
      patch: { lines: [{ productId: toner.id, quantity: 2, unitCostMinor: 100 }] },
    });
    const archived = await t.call('suppliers.setArchived', { id: supplier.id, version: 1, archived: true });
    expect(
      issuePaths(
        await t.fail('purchaseOrders.place', { id: empty.id, version: withLine.version }, 'VALIDATION'),
      ),
    ).toEqual(['supplierId']);
    expect(purchasingRows(t).orders).toMatchObject([{ status: 'draft' }]);
    await t.call('suppliers.setArchived', { id: supplier.id, version: archived.version, archived: false });

    const placed = await t.call('purchaseOrders.place', { id: empty.id, version: withLine.version });
    expect(placed).toMatchObject({
      status: 'ordered',
      orderedAt: t.clock.now(),
      version: withLine.version + 1,
    });
    const after = purchasingRows(t);
    const again = await t.fail(
      'purchaseOrders.place',
      { id: empty.id, version: placed.version },
      'VALIDATION',
    );
    expect(again.details).toMatchObject({ status: 'ordered' });
    await t.fail(
      'purchaseOrders.update',
      { id: empty.id, version: placed.version, patch: { notes: 'x' } },
      'VALIDATION',
    );
    await t.fail('purchaseOrders.place', { id: empty.id, version: 1 }, 'CONFLICT');
    expect(purchasingRows(t)).toEqual(after);
    expect(before.orders).not.toEqual(after.orders);
  });

  test('receiving posts one receipt per line to the stock ledger and moves on hand and on order', async () => {
    const t = await setupCore();
    const { toner, drum, order } = await placedOrder(t);
    expect(await levelOf(t, 'TNR-2')).toEqual({ onHand: 0, onOrder: 10 });
    expect(await levelOf(t, 'DRM-1')).toEqual({ onHand: 0, onOrder: 5 });
    const [tonerLine, drumLine] = order.lines;

    const partly = await t.call('purchaseOrders.receive', {
      id: order.id,
      version: order.version,
      lines: [
        { lineId: tonerLine!.id, quantity: 4 },
        { lineId: drumLine!.id, quantity: 5 },
      ],
    });
    expect(partly).toMatchObject({
      status: 'ordered',
      receivedAt: null,
      lines: [{ receivedQuantity: 4 }, { receivedQuantity: 5 }],
    });
    expect(await levelOf(t, 'TNR-2')).toEqual({ onHand: 4, onOrder: 6 });
    expect(await levelOf(t, 'DRM-1')).toEqual({ onHand: 5, onOrder: 0 });
    const movements = await t.call('stock.movements', { productId: toner.id });
    expect(movements.items).toMatchObject([
      {
        quantity: 4,
        reason: 'receipt',
        source: { kind: 'purchaseOrder', id: order.id, number: order.number },
        byName: 'Olivia Owner',
        onHandAfter: 4,
      },
    ]);

    const staff = await t.addUser('staff', 'wes');
    const done = await t.call(
      'purchaseOrders.receive',
      { id: order.id, version: partly.version, lines: [{ lineId: tonerLine!.id, quantity: 6 }] },
      staff.token,
    );
    expect(done).toMatchObject({
      status: 'received',
      receivedAt: t.clock.now(),
      lines: [{ receivedQuantity: 10 }, {}],
    });
    expect(await levelOf(t, 'TNR-2')).toEqual({ onHand: 10, onOrder: 0 });
    expect((await t.call('stock.movements', { productId: drum.id })).items).toHaveLength(1);
  });

  test('receiving more than is due, a line of another order, a stale version or a draft changes nothing', async () => {
    const t = await setupCore();
    const { supplier, toner, order } = await placedOrder(t);
    const other = await t.call('purchaseOrders.create', {
      supplierId: supplier.id,
      currency: 'CNY',
      lines: [{ productId: toner.id, quantity: 1, unitCostMinor: 1 }],
    });
    const [tonerLine, drumLine] = order.lines;
    const receive = (lines: unknown, version = order.version, id = order.id) => ({ id, version, lines });
    const before = purchasingRows(t);
    const tooMany = await t.fail(
      'purchaseOrders.receive',
      receive([
        { lineId: tonerLine!.id, quantity: 1 },
        { lineId: drumLine!.id, quantity: 6 },
      ]),
      'VALIDATION',
    );
    expect(issuePaths(tooMany)).toEqual(['lines.1.quantity']);
    expect(tooMany.details).toMatchObject({ lineId: drumLine!.id, due: 5 });
    const cases: [unknown, string][] = [
      [receive([{ lineId: other.lines[0]!.id, quantity: 1 }]), 'lines.0.lineId'],
      [
        receive([
          { lineId: tonerLine!.id, quantity: 1 },
          { lineId: tonerLine!.id, quantity: 1 },
        ]),
        'lines.1.lineId',
      ],
      [receive([{ lineId: tonerLine!.id, quantity: 0 }]), 'lines.0.quantity'],
      [receive([]), 'lines'],
      [receive([{ lineId: other.lines[0]!.id, quantity: 1 }], 1, other.id), 'status'],
    ];
    for (const [input, path] of cases) {
      expect(issuePaths(await t.fail('purchaseOrders.receive', input, 'VALIDATION')), path).toEqual([path]);
    }
    await t.fail('purchaseOrders.receive', receive([{ lineId: tonerLine!.id, quantity: 1 }], 1), 'CONFLICT');
    await t.fail(
      'purchaseOrders.receive',
      receive([{ lineId: tonerLine!.id, quantity: 1 }], 1, 4242),
      'NOT_FOUND',
    );
    expect(purchasingRows(t)).toEqual(before);
  });

  test('goods of a product archived since ordering, or beyond the stock limit, are refused; nothing is posted', async () => {
    const t = await setupCore();
    const { toner, order } = await placedOrder(t);
    const tonerLine = order.lines[0]!;
    const receive = { id: order.id, version: order.version, lines: [{ lineId: tonerLine.id, quantity: 1 }] };
    const archived = await t.call('products.setArchived', { id: toner.id, version: 1, archived: true });
    const before = purchasingRows(t);
    expect(issuePaths(await t.fail('purchaseOrders.receive', receive, 'VALIDATION'))).toEqual([
      'lines.0.lineId',
    ]);
    expect(purchasingRows(t)).toEqual(before);
    await t.call('products.setArchived', { id: toner.id, version: archived.version, archived: false });

    // The ledger refuses the receipt after the line took it: the whole receipt is undone.
    await t.call('stock.correct', { productId: toner.id, quantity: 1_000_000_000, note: 'Opening balance' });
    const full = purchasingRows(t);
    await t.fail('purchaseOrders.receive', receive, 'VALIDATION');
    expect(purchasingRows(t)).toEqual(full);
  });

  test('a draft or an untouched placed order may be cancelled; after a receipt it may not', async () => {
    const t = await setupCore();
    const { supplier, toner, order } = await placedOrder(t);
    const draft = await t.call('purchaseOrders.create', {
      supplierId: supplier.id,
      currency: 'CNY',
      lines: [],
    });
    expect(await t.call('purchaseOrders.cancel', { id: draft.id, version: 1 })).toMatchObject({
      status: 'cancelled',
      cancelledAt: t.clock.now(),
    });
    const received = await t.call('purchaseOrders.receive', {
      id: order.id,
      version: order.version,
      lines: [{ lineId: order.lines[0]!.id, quantity: 1 }],
    });
    const before = purchasingRows(t);
    const refused = await t.fail(
      'purchaseOrders.cancel',
      { id: order.id, version: received.version },
      'VALIDATION',
    );
    expect(refused.details).toMatchObject({ received: true });
    await t.fail('purchaseOrders.cancel', { id: draft.id, version: 2 }, 'VALIDATION');
    await t.fail('purchaseOrders.cancel', { id: order.id, version: order.version }, 'CONFLICT');
    expect(purchasingRows(t)).toEqual(before);

    const untouched = await t.call('purchaseOrders.create', {
      supplierId: supplier.id,
      currency: 'CNY',
      lines: [{ productId: toner.id, quantity: 7, unitCostMinor: 1 }],
    });
    const placed = await t.call('purchaseOrders.place', { id: untouched.id, version: 1 });
    expect(await levelOf(t, 'TNR-2')).toEqual({ onHand: 1, onOrder: 16 });
    await t.call('purchaseOrders.cancel', { id: placed.id, version: placed.version });
    expect(await levelOf(t, 'TNR-2')).toEqual({ onHand: 1, onOrder: 9 });
  });

  test('staff read and receive; only admins and the owner create, edit, place and cancel', async () => {
    const t = await setupCore();
    const { supplier, toner, order } = await placedOrder(t);
    const staff = await t.addUser('staff', 'wes');
    const asStaff = { token: staff.token };
    const before = purchasingRows(t);
    const draft = { supplierId: supplier.id, currency: 'CNY', lines: [] };
    await t.fail('purchaseOrders.create', draft, 'FORBIDDEN', asStaff);
    await t.fail(
      'purchaseOrders.update',
      { id: order.id, version: 2, patch: { notes: 'x' } },
      'FORBIDDEN',
      asStaff,
    );
    await t.fail('purchaseOrders.place', { id: order.id, version: 2 }, 'FORBIDDEN', asStaff);
    await t.fail('purchaseOrders.cancel', { id: order.id, version: 2 }, 'FORBIDDEN', asStaff);
    expect(purchasingRows(t)).toEqual(before);
    expect(await t.call('purchaseOrders.get', { id: order.id }, staff.token)).toEqual(order);
    expect((await t.call('purchaseOrders.list', {}, staff.token)).items).toHaveLength(1);
    const admin = await t.addUser('admin', 'ada');
    expect(
      await t.call(
        'purchaseOrders.create',
        { ...draft, lines: [{ productId: toner.id, quantity: 1, unitCostMinor: 1 }] },
        admin.token,
      ),
    ).toMatchObject({ number: 'PO-000002' });
  });

  test('every change is announced', async () => {
    const t = await setupCore();
    const events = recordEvents(t);
    const { toner, order } = await placedOrder(t);
    const received = await t.call('purchaseOrders.receive', {
      id: order.id,
      version: order.version,
      lines: [{ lineId: order.lines[0]!.id, quantity: 2 }],
    });
    expect(
      events.filter((event) => event.name === 'purchaseOrder.changed').map((event) => event.data),
    ).toEqual([
      { id: order.id, action: 'created', version: 1 },
      { id: order.id, action: 'placed', version: 2 },
      { id: order.id, action: 'received', version: received.version },
    ]);
    expect(events.filter((event) => event.name === 'stock.changed').map((event) => event.data)).toEqual([
      { productIds: [toner.id] },
    ]);
  });
});

describe('purchaseOrders.list', () => {
  test('newest first, filtered by status and supplier, paged by cursor', async () => {
    const t = await setupCore();
    const { supplier, order } = await placedOrder(t);
    const other = await t.call('suppliers.create', supplierOf('Toner Ltd'));
    const second = await t.call('purchaseOrders.create', {
      supplierId: other.id,
      currency: 'USD',
      lines: [],
    });
    const third = await t.call('purchaseOrders.create', {
      supplierId: supplier.id,
      currency: 'CNY',
      lines: [],
    });
    const numbers = (items: readonly { number: string }[]) => items.map((item) => item.number);

    const first = await t.call('purchaseOrders.list', { limit: 2 });
    expect(numbers(first.items)).toEqual([third.number, second.number]);
    const rest = await t.call('purchaseOrders.list', { limit: 2, cursor: first.nextCursor });
    expect(rest.items).toEqual([
      expect.objectContaining({ number: order.number, status: 'ordered', totalMinor: 90250, lineCount: 2 }),
    ]);
    expect(rest.nextCursor).toBeNull();
    expect(numbers((await t.call('purchaseOrders.list', { filter: { status: 'draft' } })).items)).toEqual([
      third.number,
      second.number,
    ]);
    expect(
      numbers(
        (await t.call('purchaseOrders.list', { filter: { status: 'draft', supplierId: supplier.id } })).items,
      ),
    ).toEqual([third.number]);
    await t.fail('purchaseOrders.list', { filter: { status: 'lost' } }, 'VALIDATION');
  });
});
