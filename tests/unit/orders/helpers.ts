import type { ProcedureInput } from '../../../shared/contract';
import { setupCore, type StartOptions, type TestCore } from '../core/helpers';
import { productOf } from '../inventory/helpers';

type Line = ProcedureInput<'orders.create'>['lines'][number];

/** A free-text line: a service or an item outside the catalogue. */
export const serviceLine = (description: string, quantity: number, unitPriceMinor: number): Line => ({
  description,
  quantity,
  unitPriceMinor,
});

/**
 * The sales-order and return tables as they are, with the stock, to show that a refused call changed
 * nothing.
 */
export const orderRows = (t: TestCore) => {
  const all = (sql: string) => t.core.context.db.prepare(sql).all();
  return {
    orders: all('SELECT * FROM sales_orders ORDER BY id'),
    lines: all('SELECT * FROM sales_order_lines ORDER BY id'),
    sequence: all('SELECT * FROM sales_order_sequence'),
    returns: all('SELECT * FROM sales_returns ORDER BY id'),
    returnLines: all('SELECT * FROM sales_return_lines ORDER BY id'),
    returnSequence: all('SELECT * FROM sales_return_sequence'),
    movements: all('SELECT * FROM stock_movements ORDER BY id'),
    stock: all('SELECT * FROM product_stock ORDER BY product_id'),
  };
};

/** A core with a customer (Ann Lee) and two products of the catalogue (toner, drum). */
export async function ordersSetup(options: StartOptions = {}) {
  const t = await setupCore(options);
  const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Harbor Foods' });
  const toner = await t.call('products.create', productOf('TNR-2', 'Toner'));
  const drum = await t.call('products.create', productOf('DRM-1', 'Drum'));
  return { t, ann, toner, drum };
}
