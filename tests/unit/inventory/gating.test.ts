import { afterEach, expect, test } from 'vitest';
import { closeCores, setupCore } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';
import { inventoryRows, productOf } from './helpers';

afterEach(closeCores);

test('on an after-sales licence every product and work-order product procedure is MODULE_LOCKED, reads too', async () => {
  const t = await setupCore({ license: licenseOptions() });
  const order = await t.call('workorders.create', { subject: 'Printer jams' });
  const toner = await t.call('products.create', productOf('TNR-2', 'Toner'));
  const linked = await t.call('workorders.linkProduct', { id: order.id, productId: toner.id, quantity: 1 });
  await t.call('license.activate', { key: issue({ edition: 'aftersales' }) });
  const before = inventoryRows(t);
  for (const [name, input] of [
    ['products.create', productOf('DRM-1', 'Drum')],
    ['products.get', { id: toner.id }],
    ['products.update', { id: toner.id, version: 1, patch: { name: 'x' } }],
    ['products.setArchived', { id: toner.id, version: 1, archived: true }],
    ['products.list', {}],
    ['workorders.products', { id: order.id }],
    ['workorders.linkProduct', { id: order.id, productId: toner.id, quantity: 1, serialNumber: 'SN2' }],
    ['workorders.updateProductLink', { linkId: linked.id, version: 1, patch: { quantity: 2 } }],
    ['workorders.unlinkProduct', { linkId: linked.id, version: 1 }],
  ] as const) {
    const error = await t.fail(name, input, 'MODULE_LOCKED');
    expect(error.details).toMatchObject({ module: 'inventory' });
  }
  expect(inventoryRows(t)).toEqual(before);
  // The work order itself stays open to after-sales.
  expect(await t.call('workorders.get', { id: order.id })).toMatchObject({ id: order.id });

  await t.call('license.activate', { key: issue({ edition: 'erp' }) });
  expect((await t.call('workorders.products', { id: order.id })).items).toEqual([linked]);
});
