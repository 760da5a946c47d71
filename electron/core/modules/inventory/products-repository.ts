import type { Product } from '../../../../shared/inventory/contract';
import type { Db } from '../../db/database';
import { sortKey } from '../contacts/search-text';
import { catalogueRecords } from './catalogue-records';

interface ProductRow {
  id: number;
  sku: string;
  name: string;
  name_key: string;
  unit: string;
  description: string | null;
  price_minor: number;
  currency: string;
  archived_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

/** The stored, editable fields of a product. */
export interface ProductFields {
  sku: string;
  name: string;
  unit: string;
  description: string | null;
  priceMinor: number;
  currency: string;
}

/** Lists go by name; the cursor key names that order. */
export const PRODUCT_CURSOR_KEY = 'product_name';

const toProduct = (row: ProductRow): Product => ({
  id: row.id,
  sku: row.sku,
  name: row.name,
  unit: row.unit,
  description: row.description,
  priceMinor: row.price_minor,
  currency: row.currency,
  archived: row.archived_at !== null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

/** `%` and `_` of the user's text match themselves in LIKE. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The products a search box's text finds, as SQL on `products` (aliased or not) with the named
 * parameters of queryParams: '' finds all; otherwise a SKU that starts with it (case aside) or
 * a name that holds it.
 */
export const PRODUCT_QUERY_MATCH = `(@query = '' OR sku LIKE @skuPrefix ESCAPE '\\' OR instr(name_key, @nameKey) > 0)`;

export const queryParams = (query: string) => ({
  query,
  skuPrefix: `${likeLiteral(query)}%`,
  nameKey: sortKey(query),
});

export function createProductRepository(db: Db) {
  return catalogueRecords<ProductRow, Product, ProductFields, 'sku'>(db, {
    noun: 'product',
    unique: 'sku',
    takenMessage: (sku) => `Another product already has the SKU ${sku}.`,
    queryParams,
    cursorKey: PRODUCT_CURSOR_KEY,
    toItem: toProduct,
    byId: db.prepare<[number], ProductRow>('SELECT * FROM products WHERE id = ?'),
    holderOf: db.prepare<[string], { id: number; sku: string }>('SELECT id, sku FROM products WHERE sku = ?'),
    insert: db.prepare(
      `INSERT INTO products (sku, name, name_key, unit, description, price_minor, currency, created_at, updated_at)
       VALUES (@sku, @name, @nameKey, @unit, @description, @priceMinor, @currency, @at, @at)`,
    ),
    update: db.prepare(
      `UPDATE products SET sku = @sku, name = @name, name_key = @nameKey, unit = @unit,
         description = @description, price_minor = @priceMinor, currency = @currency, updated_at = @at,
         version = version + 1
       WHERE id = @id`,
    ),
    setArchivedAt: db.prepare(
      'UPDATE products SET archived_at = @archivedAt, updated_at = @at, version = version + 1 WHERE id = @id',
    ),
    // By name, then id; the query matches the start of a SKU or any part of a name.
    page: db.prepare<Record<string, unknown>, ProductRow>(
      `SELECT * FROM products
       WHERE (archived_at IS NOT NULL) = @archived AND ${PRODUCT_QUERY_MATCH}
         AND (name_key, id) > (@afterKey, @afterId)
       ORDER BY name_key, id LIMIT @limit`,
    ),
  });
}

export type ProductRepository = ReturnType<typeof createProductRepository>;
