import { afterEach, expect, test } from 'vitest';
import { closeCores, setupCore } from '../core/helpers';
import { productOf } from '../inventory/helpers';
import { issue, licenseOptions } from '../license/keys';

afterEach(closeCores);

test('without inventory every stocktake procedure is MODULE_LOCKED, reads too, and nothing changes', async () => {
  const t = await setupCore({ license: licenseOptions() });
  await t.call('products.create', productOf('TNR-2', 'Toner'));
  const started = await t.call('stocktakes.start', {});
  await t.call('license.activate', { key: issue({ edition: 'aftersales' }) });
  const lines = [{ lineId: started.lines[0]!.id, counted: 1 }];
  for (const [name, input] of [
    ['stocktakes.start', {}],
    ['stocktakes.get', { id: started.id }],
    ['stocktakes.overview', { id: started.id }],
    ['stocktakes.lines', { id: started.id }],
    ['stocktakes.count', { id: started.id, lines }],
    ['stocktakes.post', { id: started.id, version: 1 }],
    ['stocktakes.cancel', { id: started.id, version: 1 }],
    ['stocktakes.list', {}],
  ] as const) {
    const error = await t.fail(name, input, 'MODULE_LOCKED');
    expect(error.details).toMatchObject({ module: 'inventory' });
  }
  await t.call('license.activate', { key: issue({ edition: 'erp' }) });
  expect(await t.call('stocktakes.get', { id: started.id })).toEqual(started);
});
