import type { ProcedureInput } from '../../../shared/contract';
import type { TestCore } from '../core/helpers';
import { productOf } from '../inventory/helpers';

/** A supplier with a name, plus whatever the test adds. */
export function supplierOf(
  name: string,
  extra: Partial<ProcedureInput<'suppliers.create'>> = {},
): ProcedureInput<'suppliers.create'> {
  return { name, ...extra };
}

/** The purchasing tables as they are, with the stock, to show that a refused call changed nothing. */
export const purchasingRows = (t: TestCore) => {
  const all = (sql: string) => t.core.context.db.prepare(sql).all();
  return {
    suppliers: all('SELECT * FROM suppliers ORDER BY id'),
    orders: all('SELECT * FROM purchase_orders ORDER BY id'),
    lines: all('SELECT * FROM purchase_order_lines ORDER BY id'),
    sequence: all('SELECT * FROM purchase_order_sequence'),
    movements: all('SELECT * FROM stock_movements ORDER BY id'),
    stock: all('SELECT * FROM product_stock ORDER BY product_id'),
  };
};

/** A supplier and two products (toner, drum), for orders. */
export async function purchasingSetup(t: TestCore) {
  const supplier = await t.call('suppliers.create', supplierOf('Paper Co'));
  const toner = await t.call('products.create', productOf('TNR-2', 'Toner'));
  const drum = await t.call('products.create', productOf('DRM-1', 'Drum'));
  return { supplier, toner, drum };
}
