import type { ProcedureInput } from '../../../shared/contract';
import type { TestCore } from '../core/helpers';

/** A product with a SKU and a name, sold in pieces for 45.00 CNY, plus whatever the test adds. */
export function productOf(
  sku: string,
  name: string,
  extra: Partial<ProcedureInput<'products.create'>> = {},
): ProcedureInput<'products.create'> {
  return { sku, name, unit: 'pcs', priceMinor: 4500, currency: 'CNY', ...extra };
}

/** The inventory tables as they are, to show that a refused call changed nothing. */
export const inventoryRows = (t: TestCore) => ({
  products: t.core.context.db.prepare('SELECT * FROM products ORDER BY id').all(),
  links: t.core.context.db.prepare('SELECT * FROM workorder_products ORDER BY id').all(),
  changes: t.core.context.db.prepare('SELECT * FROM workorder_product_changes ORDER BY id').all(),
});

/** The events the core sends from now on, by name. */
export function recordEvents(t: TestCore): { name: string; data: unknown }[] {
  const seen: { name: string; data: unknown }[] = [];
  t.core.events.subscribe((event) => seen.push({ name: event.name, data: event.data }));
  return seen;
}
