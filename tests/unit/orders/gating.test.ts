import { afterEach, expect, test } from 'vitest';
import { closeCores, issuePaths } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';
import { orderRows, ordersSetup, serviceLine } from './helpers';

afterEach(closeCores);

test('without the orders add-on every order procedure is MODULE_LOCKED, reads too, and nothing changes', async () => {
  const { t, ann } = await ordersSetup({ license: licenseOptions() });
  const order = await t.call('orders.create', {
    contactId: ann.id,
    currency: 'CNY',
    lines: [serviceLine('Installation', 1, 20000)],
  });
  await t.call('license.activate', { key: issue({ edition: 'erp' }) });
  const before = orderRows(t);
  const byVersion = { id: order.id, version: 1 };
  for (const [name, input] of [
    ['orders.create', { contactId: ann.id, currency: 'CNY', lines: [] }],
    ['orders.get', { id: order.id }],
    ['orders.update', { ...byVersion, patch: { notes: 'x' } }],
    ['orders.confirm', byVersion],
    ['orders.fulfil', byVersion],
    ['orders.cancel', byVersion],
    [
      'orders.returns.create',
      { orderId: order.id, lines: [{ lineId: order.lines[0]!.id, quantity: 1 }], reason: 'x' },
    ],
    ['orders.list', {}],
  ] as const) {
    const error = await t.fail(name, input, 'MODULE_LOCKED');
    expect(error.details).toMatchObject({ module: 'orders' });
  }
  expect(orderRows(t)).toEqual(before);
  await t.call('license.activate', { key: issue({ edition: 'standard', modules: ['orders'] }) });
  expect(await t.call('orders.get', { id: order.id })).toEqual(order);
});

test('without inventory, lines name no product, and fulfilment moves no stock', async () => {
  const { t, ann, toner } = await ordersSetup({ license: licenseOptions() });
  // Made during the trial, when inventory was open.
  const withProduct = await t.call('orders.create', {
    contactId: ann.id,
    currency: 'CNY',
    lines: [{ description: 'Toner', productId: toner.id, quantity: 2, unitPriceMinor: 4500 }],
  });
  await t.call('license.activate', { key: issue({ edition: 'standard', modules: ['orders'] }) });
  const before = orderRows(t);
  const refused = await t.fail(
    'orders.create',
    {
      contactId: ann.id,
      currency: 'CNY',
      lines: [serviceLine('Service', 1, 100), { ...serviceLine('Toner', 1, 4500), productId: toner.id }],
    },
    'VALIDATION',
  );
  expect(issuePaths(refused)).toEqual(['lines.1.productId']);
  expect(refused.details?.issues).toEqual([
    { path: ['lines', 1, 'productId'], message: 'products need the inventory module' },
  ]);
  expect(orderRows(t)).toEqual(before);

  // Its kept product line still goes through; the stock ledger is not part of this licence.
  const confirmed = await t.call('orders.confirm', { id: withProduct.id, version: 1 });
  const fulfilled = await t.call('orders.fulfil', { id: withProduct.id, version: confirmed.version });
  expect(fulfilled).toMatchObject({ status: 'fulfilled', totalMinor: 9000 });
  expect(orderRows(t).movements).toEqual(before.movements);
});
