import { afterEach, expect, test } from 'vitest';
import type { ProcedureOutput } from '../../../shared/contract';
import { closeCores, issuePaths, MINUTE, setupCore, type TestCore } from '../core/helpers';
import { inventoryRows, productOf, recordEvents } from './helpers';

afterEach(closeCores);

type ThreadItem = ProcedureOutput<'workorders.thread'>['items'][number];

/** A work order and two products, toner and drum. */
async function workOrderAndProducts(t: TestCore) {
  const order = await t.call('workorders.create', { subject: 'Printer jams on tray 2' });
  const toner = await t.call('products.create', productOf('TNR-2', 'Toner'));
  const drum = await t.call('products.create', productOf('DRM-1', 'Drum'));
  return { order, toner, drum };
}

/** The thread's product entries as a line each: `linked TNR-2 ×2 (SN1) by …`. */
const productLines = (items: readonly ThreadItem[]) =>
  items.flatMap((item) =>
    item.kind === 'productLink'
      ? [
          `${item.change.action} ${item.change.product.sku} ×${item.change.quantity}` +
            `${item.change.serialNumber ? ` (${item.change.serialNumber})` : ''} by ${item.change.authorName}`,
        ]
      : [],
  );

test('a staff member links products with quantity and serial; the card lists them and the thread tells', async () => {
  const t = await setupCore();
  const { order, toner, drum } = await workOrderAndProducts(t);
  const sam = await t.addUser('staff', 'sam');
  const events = recordEvents(t);
  const first = await t.call(
    'workorders.linkProduct',
    { id: order.id, productId: toner.id, quantity: 2, serialNumber: ' SN1 ', note: 'replaced' },
    sam.token,
  );
  expect(first).toMatchObject({
    workOrderId: order.id,
    product: { id: toner.id, sku: 'TNR-2', name: 'Toner', unit: 'pcs', archived: false },
    quantity: 2,
    serialNumber: 'SN1',
    note: 'replaced',
    version: 1,
  });
  t.clock.advance(MINUTE);
  const second = await t.call('workorders.linkProduct', { id: order.id, productId: drum.id, quantity: 1 });
  expect(second).toMatchObject({ serialNumber: null, note: null });
  t.clock.advance(MINUTE);
  const updated = await t.call('workorders.updateProductLink', {
    linkId: first.id,
    version: 1,
    patch: { quantity: 3 },
  });
  expect(updated).toMatchObject({ quantity: 3, serialNumber: 'SN1', note: 'replaced', version: 2 });
  // Saving it unchanged is no change.
  expect(
    await t.call('workorders.updateProductLink', { linkId: first.id, version: 2, patch: { quantity: 3 } }),
  ).toEqual(updated);
  t.clock.advance(MINUTE);
  expect(await t.call('workorders.unlinkProduct', { linkId: second.id, version: 1 })).toEqual({
    linkId: second.id,
  });

  expect((await t.call('workorders.products', { id: order.id }, sam.token)).items).toEqual([updated]);
  const thread = await t.call('workorders.thread', { id: order.id });
  expect(productLines(thread.items)).toEqual([
    'linked TNR-2 ×2 (SN1) by sam (staff)',
    'linked DRM-1 ×1 by Olivia Owner',
    'updated TNR-2 ×3 (SN1) by Olivia Owner',
    'unlinked DRM-1 ×1 by Olivia Owner',
  ]);
  expect(events.filter((event) => event.name === 'workorder.productsChanged').map((e) => e.data)).toEqual(
    Array(4).fill({ workOrderId: order.id }),
  );
});

test('the same product with the same serial (or both without) cannot be linked twice; another serial can', async () => {
  const t = await setupCore();
  const { order, toner } = await workOrderAndProducts(t);
  const link = (serialNumber?: string) =>
    ({
      id: order.id,
      productId: toner.id,
      quantity: 1,
      ...(serialNumber !== undefined && { serialNumber }),
    }) as const;
  const withSerial = await t.call('workorders.linkProduct', link('SN1'));
  const without = await t.call('workorders.linkProduct', link());
  const before = inventoryRows(t);
  expect((await t.fail('workorders.linkProduct', link('SN1'), 'CONFLICT')).details).toMatchObject({
    linkedAs: withSerial.id,
  });
  expect((await t.fail('workorders.linkProduct', link(''), 'CONFLICT')).details).toMatchObject({
    linkedAs: without.id,
  });
  await t.fail(
    'workorders.updateProductLink',
    { linkId: without.id, version: 1, patch: { serialNumber: 'SN1' } },
    'CONFLICT',
  );
  expect(inventoryRows(t)).toEqual(before);
  expect(await t.call('workorders.linkProduct', link('SN2'))).toMatchObject({ serialNumber: 'SN2' });
  // Another work order may list the same unit.
  const other = await t.call('workorders.create', { subject: 'Second visit' });
  expect(await t.call('workorders.linkProduct', { ...link('SN1'), id: other.id })).toMatchObject({
    workOrderId: other.id,
  });
});

test('an archived product cannot be newly linked; its existing links stay and can be edited', async () => {
  const t = await setupCore();
  const { order, toner } = await workOrderAndProducts(t);
  const linked = await t.call('workorders.linkProduct', { id: order.id, productId: toner.id, quantity: 1 });
  await t.call('products.setArchived', { id: toner.id, version: 1, archived: true });
  const before = inventoryRows(t);
  const error = await t.fail(
    'workorders.linkProduct',
    { id: order.id, productId: toner.id, quantity: 1, serialNumber: 'SN9' },
    'VALIDATION',
  );
  expect(issuePaths(error)).toEqual(['productId']);
  expect(error.details).toMatchObject({ sku: 'TNR-2' });
  expect(inventoryRows(t)).toEqual(before);
  expect(
    await t.call('workorders.updateProductLink', { linkId: linked.id, version: 1, patch: { quantity: 4 } }),
  ).toMatchObject({ quantity: 4, product: { archived: true } });
});

test('an unknown work order, product or link is NOT_FOUND and nothing is stored', async () => {
  const t = await setupCore();
  const { order, toner } = await workOrderAndProducts(t);
  const before = inventoryRows(t);
  await t.fail('workorders.linkProduct', { id: 4242, productId: toner.id, quantity: 1 }, 'NOT_FOUND');
  await t.fail('workorders.linkProduct', { id: order.id, productId: 4242, quantity: 1 }, 'NOT_FOUND');
  await t.fail('workorders.products', { id: 4242 }, 'NOT_FOUND');
  await t.fail(
    'workorders.updateProductLink',
    { linkId: 4242, version: 1, patch: { quantity: 2 } },
    'NOT_FOUND',
  );
  await t.fail('workorders.unlinkProduct', { linkId: 4242, version: 1 }, 'NOT_FOUND');
  expect(inventoryRows(t)).toEqual(before);
});

test('invalid quantities, serials and notes are refused by name; stale versions with CONFLICT; nothing changes', async () => {
  const t = await setupCore();
  const { order, toner } = await workOrderAndProducts(t);
  const linked = await t.call('workorders.linkProduct', { id: order.id, productId: toner.id, quantity: 1 });
  await t.call('workorders.updateProductLink', { linkId: linked.id, version: 1, patch: { quantity: 2 } });
  const before = inventoryRows(t);
  const base = { id: order.id, productId: toner.id, quantity: 1 };
  const cases: [string, Record<string, unknown>, string][] = [
    ['workorders.linkProduct', { ...base, quantity: 0 }, 'quantity'],
    ['workorders.linkProduct', { ...base, quantity: 10_000 }, 'quantity'],
    ['workorders.linkProduct', { ...base, quantity: 1.5 }, 'quantity'],
    ['workorders.linkProduct', { ...base, serialNumber: 'x'.repeat(65) }, 'serialNumber'],
    ['workorders.linkProduct', { ...base, note: 'x'.repeat(501) }, 'note'],
    ['workorders.linkProduct', { id: order.id, quantity: 1 }, 'productId'],
    [
      'workorders.updateProductLink',
      { linkId: linked.id, version: 2, patch: { quantity: -3 } },
      'patch.quantity',
    ],
  ];
  for (const [name, input, path] of cases) {
    expect(issuePaths(await t.fail(name, input, 'VALIDATION')), path).toEqual([path]);
  }
  const stale = await t.fail(
    'workorders.updateProductLink',
    { linkId: linked.id, version: 1, patch: { quantity: 5 } },
    'CONFLICT',
  );
  expect(stale.details).toEqual({ currentVersion: 2 });
  await t.fail('workorders.unlinkProduct', { linkId: linked.id, version: 1 }, 'CONFLICT');
  expect(inventoryRows(t)).toEqual(before);
});
