import { CrmError } from '../../../../shared/errors';
import type { Product, ProductFilter } from '../../../../shared/inventory/contract';
import type { Db } from '../../db/database';
import { encodeCursor, keysetPage, resumeAfter } from '../contacts/cursor';
import { sortKey } from '../contacts/search-text';

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
  const byId = db.prepare<[number], ProductRow>('SELECT * FROM products WHERE id = ?');
  const bySku = db.prepare<[string], { id: number; sku: string }>(
    'SELECT id, sku FROM products WHERE sku = ?',
  );
  const insert = db.prepare(
    `INSERT INTO products (sku, name, name_key, unit, description, price_minor, currency, created_at, updated_at)
     VALUES (@sku, @name, @nameKey, @unit, @description, @priceMinor, @currency, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE products SET sku = @sku, name = @name, name_key = @nameKey, unit = @unit,
       description = @description, price_minor = @priceMinor, currency = @currency, updated_at = @at,
       version = version + 1
     WHERE id = @id`,
  );
  const setArchivedAt = db.prepare(
    'UPDATE products SET archived_at = @archivedAt, updated_at = @at, version = version + 1 WHERE id = @id',
  );
  const page = db.prepare<Record<string, unknown>, ProductRow>(
    `SELECT * FROM products
     WHERE (archived_at IS NOT NULL) = @archived AND ${PRODUCT_QUERY_MATCH}
       AND (name_key, id) > (@afterKey, @afterId)
     ORDER BY name_key, id LIMIT @limit`,
  );

  function row(id: number): ProductRow {
    const found = byId.get(id);
    if (!found) throw new CrmError('NOT_FOUND', 'This product does not exist.', { id });
    return found;
  }

  /** CONFLICT naming the SKU when another product has it (case aside). */
  function checkSkuFree(sku: string, ownId: number | null): void {
    const holder = bySku.get(sku);
    if (holder && holder.id !== ownId) {
      throw new CrmError('CONFLICT', `Another product already has the SKU ${holder.sku}.`, {
        sku: holder.sku,
        productId: holder.id,
      });
    }
  }

  const stored = (fields: ProductFields) => ({ ...fields, nameKey: sortKey(fields.name) });

  /** Runs `write` on the product at `version`, or refuses a stale version with CONFLICT. */
  function atVersion(id: number, version: number, write: (current: ProductRow) => void): Product {
    return db.transaction(() => {
      const current = row(id);
      if (current.version !== version) {
        throw new CrmError('CONFLICT', 'Someone else changed this product since you opened it.', {
          currentVersion: current.version,
        });
      }
      write(current);
      return toProduct(row(id));
    })();
  }

  return {
    get: (id: number): Product => toProduct(row(id)),

    create(fields: ProductFields, at: number): Product {
      return db.transaction(() => {
        checkSkuFree(fields.sku, null);
        return toProduct(row(Number(insert.run({ ...stored(fields), at }).lastInsertRowid)));
      })();
    },

    update(id: number, version: number, fields: ProductFields, at: number): Product {
      return atVersion(id, version, () => {
        checkSkuFree(fields.sku, id);
        update.run({ ...stored(fields), id, at });
      });
    },

    /** Archiving an archived product (or restoring an active one) changes nothing. */
    setArchived(id: number, version: number, archived: boolean, at: number): Product {
      return atVersion(id, version, (current) => {
        if ((current.archived_at !== null) === archived) return;
        setArchivedAt.run({ archivedAt: archived ? at : null, id, at });
      });
    },

    /** By name, then id; `query` matches the start of a SKU or any part of a name. */
    list(filter: ProductFilter, cursor: string | null, limit: number) {
      const rows = page.all({
        archived: filter.archived ? 1 : 0,
        ...queryParams(filter.query ?? ''),
        ...resumeAfter(cursor, PRODUCT_CURSOR_KEY),
        limit: limit + 1,
      });
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toProduct),
        (last) => encodeCursor({ key: PRODUCT_CURSOR_KEY, value: last.name_key, id: last.id }),
      );
    },
  };
}

export type ProductRepository = ReturnType<typeof createProductRepository>;
