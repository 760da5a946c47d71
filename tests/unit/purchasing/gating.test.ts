import { afterEach, expect, test } from 'vitest';
import { closeCores, setupCore } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';
import { purchasingRows, purchasingSetup, supplierOf } from './helpers';

afterEach(closeCores);

test('without inventory every supplier and purchase-order procedure is MODULE_LOCKED, reads too', async () => {
  const t = await setupCore({ license: licenseOptions() });
  const { supplier, toner } = await purchasingSetup(t);
  const order = await t.call('purchaseOrders.create', {
    supplierId: supplier.id,
    currency: 'CNY',
    lines: [{ productId: toner.id, quantity: 2, unitCostMinor: 100 }],
  });
  await t.call('license.activate', { key: issue({ edition: 'aftersales' }) });
  const before = purchasingRows(t);
  const byVersion = { id: order.id, version: 1 };
  for (const [name, input] of [
    ['suppliers.create', supplierOf('Other')],
    ['suppliers.get', { id: supplier.id }],
    ['suppliers.update', { id: supplier.id, version: 1, patch: { name: 'x' } }],
    ['suppliers.setArchived', { id: supplier.id, version: 1, archived: true }],
    ['suppliers.list', {}],
    ['purchaseOrders.create', { supplierId: supplier.id, currency: 'CNY', lines: [] }],
    ['purchaseOrders.get', { id: order.id }],
    ['purchaseOrders.update', { ...byVersion, patch: { notes: 'x' } }],
    ['purchaseOrders.place', byVersion],
    ['purchaseOrders.receive', { ...byVersion, lines: [{ lineId: order.lines[0]!.id, quantity: 1 }] }],
    ['purchaseOrders.cancel', byVersion],
    ['purchaseOrders.list', {}],
  ] as const) {
    const error = await t.fail(name, input, 'MODULE_LOCKED');
    expect(error.details).toMatchObject({ module: 'inventory' });
  }
  expect(purchasingRows(t)).toEqual(before);
  await t.call('license.activate', { key: issue({ edition: 'erp' }) });
  expect(await t.call('purchaseOrders.get', { id: order.id })).toEqual(order);
});
