import { CrmError } from '../../../../../shared/errors';
import {
  STOCK_MAX,
  type StockLevel,
  type StockMovement,
  type StockReason,
} from '../../../../../shared/inventory/stock';
import type { Db } from '../../../db/database';
import { decodeCursor, encodeCursor, keysetPage, resumeAfter } from '../../contacts/cursor';
import { PRODUCT_CURSOR_KEY, PRODUCT_QUERY_MATCH, queryParams } from '../products-repository';

interface MovementRow {
  id: number;
  product_id: number;
  sku: string;
  name: string;
  unit: string;
  quantity: number;
  reason: StockReason;
  source_kind: 'purchaseOrder' | 'stocktake' | null;
  source_id: number | null;
  source_number: string | null;
  note: string | null;
  by_id: number;
  by_name: string;
  at: number;
  on_hand_after: number;
}

interface LevelRow {
  id: number;
  sku: string;
  name: string;
  name_key: string;
  unit: string;
  on_hand: number;
  on_order: number;
}

const SELECT_MOVEMENT = `SELECT m.*, p.sku, p.name, p.unit, u.display_name AS by_name
  FROM stock_movements m JOIN products p ON p.id = m.product_id JOIN users u ON u.id = m.by_id`;

const MOVEMENT_CURSOR_KEY = 'stock_movement';

const toMovement = (row: MovementRow): StockMovement => ({
  id: row.id,
  product: { id: row.product_id, sku: row.sku, name: row.name, unit: row.unit },
  quantity: row.quantity,
  reason: row.reason,
  source:
    row.source_kind === null
      ? null
      : { kind: row.source_kind, id: row.source_id!, number: row.source_number! },
  note: row.note,
  byId: row.by_id,
  byName: row.by_name,
  at: row.at,
  onHandAfter: row.on_hand_after,
});

/** One change of a product's stock, as a module posts it (inside its own transaction). */
export interface NewMovement {
  productId: number;
  /** Signed, never 0. */
  quantity: number;
  reason: StockReason;
  source: StockMovement['source'];
  note: string | null;
  by: number;
  at: number;
}

const invalid = (message: string, path: string) =>
  new CrmError('VALIDATION', message, { issues: [{ path: [path], message }] });

/**
 * The stock ledger: movements and the running balance per product. `post` does not open a
 * transaction: a purchase order's receipt or a stocktake posts its movements in its own, so that
 * the document and the stock change together or not at all.
 */
export function createStockLedger(db: Db) {
  const product = db.prepare<[number], { archived_at: number | null }>(
    'SELECT archived_at FROM products WHERE id = ?',
  );
  const onHandOf = db.prepare<[number], { on_hand: number }>(
    'SELECT on_hand FROM product_stock WHERE product_id = ?',
  );
  const setOnHand = db.prepare<[number, number]>(
    `INSERT INTO product_stock (product_id, on_hand) VALUES (?, ?)
     ON CONFLICT (product_id) DO UPDATE SET on_hand = excluded.on_hand`,
  );
  const insert = db.prepare(
    `INSERT INTO stock_movements (product_id, quantity, reason, source_kind, source_id, source_number, note,
       by_id, at, on_hand_after)
     VALUES (@productId, @quantity, @reason, @sourceKind, @sourceId, @sourceNumber, @note, @by, @at, @onHandAfter)`,
  );
  const byId = db.prepare<[number], MovementRow>(`${SELECT_MOVEMENT} WHERE m.id = ?`);
  const movementsPage = db.prepare<[number, number, number], MovementRow>(
    `${SELECT_MOVEMENT} WHERE m.product_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?`,
  );
  // Active products by name, with what is on hand and on order; @outOfStock keeps those at or below 0.
  const levelsPage = db.prepare<Record<string, unknown>, LevelRow>(
    `SELECT p.id, p.sku, p.name, p.name_key, p.unit, coalesce(s.on_hand, 0) AS on_hand,
       coalesce((SELECT sum(o.quantity) FROM product_on_order o WHERE o.product_id = p.id), 0) AS on_order
     FROM products p LEFT JOIN product_stock s ON s.product_id = p.id
     WHERE p.archived_at IS NULL AND ${PRODUCT_QUERY_MATCH}
       AND (@outOfStock = 0 OR coalesce(s.on_hand, 0) <= 0)
       AND (p.name_key, p.id) > (@afterKey, @afterId)
     ORDER BY p.name_key, p.id LIMIT @limit`,
  );

  const onHand = (productId: number): number => onHandOf.get(productId)?.on_hand ?? 0;

  return {
    onHand,

    post(movement: NewMovement): StockMovement {
      const found = product.get(movement.productId);
      if (!found) throw invalid('This product does not exist.', 'productId');
      if (found.archived_at !== null) throw invalid('This product is archived.', 'productId');
      const after = onHand(movement.productId) + movement.quantity;
      if (movement.quantity === 0 || Math.abs(after) > STOCK_MAX) {
        throw invalid(`Stock stays within ±${STOCK_MAX}, and a movement is not 0.`, 'quantity');
      }
      const { lastInsertRowid } = insert.run({
        productId: movement.productId,
        quantity: movement.quantity,
        reason: movement.reason,
        sourceKind: movement.source?.kind ?? null,
        sourceId: movement.source?.id ?? null,
        sourceNumber: movement.source?.number ?? null,
        note: movement.note,
        by: movement.by,
        at: movement.at,
        onHandAfter: after,
      });
      setOnHand.run(movement.productId, after);
      return toMovement(byId.get(Number(lastInsertRowid))!);
    },

    /** A product's movements, newest first. */
    movements(productId: number, cursor: string | null, limit: number) {
      const before = cursor ? decodeCursor(cursor, MOVEMENT_CURSOR_KEY).id : Number.MAX_SAFE_INTEGER;
      return keysetPage(
        movementsPage.all(productId, before, limit + 1),
        limit,
        (shown) => shown.map(toMovement),
        (last) => encodeCursor({ key: MOVEMENT_CURSOR_KEY, value: last.id, id: last.id }),
      );
    },

    /** Active products by name (products.list's order and query), with their stock. */
    levels(filter: { query?: string; outOfStock?: boolean }, cursor: string | null, limit: number) {
      const rows = levelsPage.all({
        ...queryParams(filter.query ?? ''),
        outOfStock: filter.outOfStock ? 1 : 0,
        ...resumeAfter(cursor, PRODUCT_CURSOR_KEY),
        limit: limit + 1,
      });
      return keysetPage(
        rows,
        limit,
        (shown): StockLevel[] =>
          shown.map((row) => ({
            product: { id: row.id, sku: row.sku, name: row.name, unit: row.unit, archived: false },
            onHand: row.on_hand,
            onOrder: row.on_order,
          })),
        (last) => encodeCursor({ key: PRODUCT_CURSOR_KEY, value: last.name_key, id: last.id }),
      );
    },
  };
}

export type StockLedger = ReturnType<typeof createStockLedger>;
