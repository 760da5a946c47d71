import { lineTotalMinor } from '../../../../shared/order-lines';
import type { SalesReturn, SalesReturnLine } from '../../../../shared/orders/contract';
import type { TimelineEntry } from '../../../../shared/timeline/contract';
import type { Db } from '../../db/database';
import { NEWEST, type SourceBound } from '../timeline/registry';

interface ReturnRow {
  id: number;
  number: string;
  order_id: number;
  reason: string;
  returned_by: number;
  returned_by_name: string;
  returned_at: number;
}

interface ReturnLineRow {
  id: number;
  return_id: number;
  order_line_id: number;
  description: string;
  product_id: number | null;
  sku: string | null;
  name: string | null;
  unit: string | null;
  quantity: number;
  unit_price_minor: number;
}

/** A return as it is recorded; its lines were checked against the order first. */
export interface NewReturn {
  orderId: number;
  reason: string;
  lines: readonly { orderLineId: number; quantity: number }[];
  by: number;
  at: number;
}

/**
 * What the returned goods of order `o` were sold for, in its minor units (0 when nothing came
 * back): a column for the orders' queries, summed through the order's lines (both indexed).
 */
export const RETURNED_MINOR_OF_ORDER = `(SELECT coalesce(sum(rl.quantity * l.unit_price_minor), 0)
    FROM sales_order_lines l JOIN sales_return_lines rl ON rl.order_line_id = l.id WHERE l.order_id = o.id)`;

export const formatSalesReturnNumber = (sequence: number) => `RT-${String(sequence).padStart(6, '0')}`;

const toLine = (row: ReturnLineRow): SalesReturnLine => ({
  id: row.id,
  orderLineId: row.order_line_id,
  description: row.description,
  product:
    row.product_id === null ? null : { id: row.product_id, sku: row.sku!, name: row.name!, unit: row.unit! },
  quantity: row.quantity,
  unitPriceMinor: row.unit_price_minor,
  totalMinor: lineTotalMinor(row.quantity, row.unit_price_minor),
});

/**
 * Returns of sales orders: goods taken back, at the price of the order line they came from. The
 * orders repository reads them with their order and records them inside the order's transaction.
 */
export function createSalesReturnRepository(db: Db) {
  const returnsOf = db.prepare<[number], ReturnRow>(
    `SELECT r.*, u.display_name AS returned_by_name FROM sales_returns r JOIN users u ON u.id = r.returned_by
     WHERE r.order_id = ? ORDER BY r.id`,
  );
  const linesOf = db.prepare<[number], ReturnLineRow>(
    `SELECT rl.id, rl.return_id, rl.order_line_id, l.description, l.product_id, p.sku, p.name, p.unit,
       rl.quantity, l.unit_price_minor
     FROM sales_returns r JOIN sales_return_lines rl ON rl.return_id = r.id
       JOIN sales_order_lines l ON l.id = rl.order_line_id LEFT JOIN products p ON p.id = l.product_id
     WHERE r.order_id = ? ORDER BY rl.id`,
  );
  const forContactTimeline = db.prepare<
    [number, number, number, number],
    ReturnRow & { order_number: string; currency: string; total_minor: number }
  >(
    `SELECT r.*, u.display_name AS returned_by_name, o.number AS order_number, o.currency,
       (SELECT sum(rl.quantity * l.unit_price_minor) FROM sales_return_lines rl
          JOIN sales_order_lines l ON l.id = rl.order_line_id WHERE rl.return_id = r.id) AS total_minor
     FROM sales_returns r JOIN sales_orders o ON o.id = r.order_id JOIN users u ON u.id = r.returned_by
     WHERE o.contact_id = ? AND (r.returned_at, r.id) < (?, ?) ORDER BY r.returned_at DESC, r.id DESC LIMIT ?`,
  );
  const nextNumber = db.prepare<[], { last: number }>(
    'UPDATE sales_return_sequence SET last = last + 1 WHERE id = 1 RETURNING last',
  );
  const insert = db.prepare(
    `INSERT INTO sales_returns (number, order_id, reason, returned_by, returned_at)
     VALUES (@number, @orderId, @reason, @by, @at)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO sales_return_lines (return_id, order_line_id, quantity) VALUES (@returnId, @orderLineId, @quantity)`,
  );

  return {
    /** An order's returns, oldest first, each with its lines and worth. */
    ofOrder(orderId: number): SalesReturn[] {
      const lines = linesOf.all(orderId);
      return returnsOf.all(orderId).map((row) => {
        const own = lines.filter((line) => line.return_id === row.id).map(toLine);
        return {
          id: row.id,
          number: row.number,
          orderId: row.order_id,
          reason: row.reason,
          returnedAt: row.returned_at,
          returnedBy: { id: row.returned_by, name: row.returned_by_name },
          lines: own,
          totalMinor: own.reduce((sum, line) => sum + line.totalMinor, 0),
        };
      });
    },

    /** A customer's returns on their timeline, newest first, when each was recorded. */
    timelineSource(contactId: number, before: SourceBound | null, limit: number): TimelineEntry[] {
      const bound = before ?? NEWEST;
      return forContactTimeline.all(contactId, bound.at, bound.id, limit).map((found) => ({
        kind: 'orderReturn',
        id: found.id,
        at: found.returned_at,
        actor: { id: found.returned_by, name: found.returned_by_name },
        data: {
          orderId: found.order_id,
          orderNumber: found.order_number,
          number: found.number,
          totalMinor: found.total_minor,
          currency: found.currency,
        },
      }));
    },

    /** Stores a return with the next number; the caller holds the transaction. Answers its id and number. */
    insert(fields: NewReturn): { id: number; number: string } {
      const number = formatSalesReturnNumber(nextNumber.get()!.last);
      const { orderId, reason, by, at } = fields;
      const id = Number(insert.run({ number, orderId, reason, by, at }).lastInsertRowid);
      for (const line of fields.lines) insertLine.run({ returnId: id, ...line });
      return { id, number };
    },
  };
}

export type SalesReturnRepository = ReturnType<typeof createSalesReturnRepository>;
