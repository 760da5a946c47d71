import { CrmError } from '../../../../shared/errors';
import { lineTotalMinor } from '../../../../shared/order-lines';
import type {
  SalesOrder,
  SalesOrderLine,
  SalesOrderStatus,
  SalesOrderSummary,
  SalesReturn,
} from '../../../../shared/orders/contract';
import type { TimelineEntry } from '../../../../shared/timeline/contract';
import type { Db } from '../../db/database';
import { decodeCursor, encodeCursor, keysetPage } from '../contacts/cursor';
import type { ContactLink } from '../contacts/links';
import { invalidField as invalid, ordersWithLines } from '../order-lines/orders-with-lines';
import { VISIBLE_TO_USER } from '../contacts/shares-repository';
import type { CustomerScope } from '../contacts/visibility';
import { NEWEST, type SourceBound } from '../timeline/registry';
import { createSalesReturnRepository, RETURNED_MINOR_OF_ORDER, type NewReturn } from './returns-repository';

interface OrderRow {
  id: number;
  number: string;
  contact_id: number;
  contact_name: string;
  status: SalesOrderStatus;
  currency: string;
  notes: string | null;
  confirmed_at: number | null;
  fulfilled_at: number | null;
  cancelled_at: number | null;
  created_by: number;
  created_at: number;
  updated_at: number;
  version: number;
  total_minor: number;
  line_count: number;
  returned_minor: number;
}

interface LineRow {
  id: number;
  description: string;
  product_id: number | null;
  sku: string | null;
  name: string | null;
  unit: string | null;
  quantity: number;
  unit_price_minor: number;
}

/** The stored fields of an order, as a draft's form gives them after defaults. */
export interface OrderFields {
  contactId: number;
  currency: string;
  notes: string | null;
  lines: { description: string; productId: number | null; quantity: number; unitPriceMinor: number }[];
}

export interface OrderListQuery {
  status?: SalesOrderStatus;
  contactId?: number;
  scope: CustomerScope;
  cursor: string | null;
  limit: number;
}

/** Lists go newest first; the cursor key names that order. */
const CURSOR_KEY = 'sales_order';

export const formatSalesOrderNumber = (sequence: number) => `SO-${String(sequence).padStart(6, '0')}`;

const SELECT_ORDER = `SELECT o.*, c.name AS contact_name,
    (SELECT coalesce(sum(l.quantity * l.unit_price_minor), 0) FROM sales_order_lines l WHERE l.order_id = o.id)
      AS total_minor,
    (SELECT count(*) FROM sales_order_lines l WHERE l.order_id = o.id) AS line_count,
    ${RETURNED_MINOR_OF_ORDER} AS returned_minor
  FROM sales_orders o JOIN contacts c ON c.id = o.contact_id`;

const toSummary = (row: OrderRow): SalesOrderSummary => ({
  id: row.id,
  number: row.number,
  contactId: row.contact_id,
  contactName: row.contact_name,
  status: row.status,
  currency: row.currency,
  totalMinor: row.total_minor,
  lineCount: row.line_count,
  returnedMinor: row.returned_minor,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

export type ProductLine = SalesOrderLine & { product: NonNullable<SalesOrderLine['product']> };

/** The lines of a return to record, as the user named them: order lines of this order, each at most once. */
export type ReturnRequest = Omit<NewReturn, 'lines'> & {
  /** The order's version the user read, if they named one. */
  version?: number;
  lines: readonly { lineId: number; quantity: number }[];
};

type Issue = { path: (string | number)[]; message: string };

/** Why the requested lines cannot be taken back from the order as it is now, by the line at fault. */
function returnIssues(order: SalesOrder, lines: ReturnRequest['lines']): Issue[] {
  const issues: Issue[] = [];
  const named = new Set<number>();
  lines.forEach(({ lineId, quantity }, index) => {
    const line = order.lines.find((candidate) => candidate.id === lineId);
    if (!line) issues.push({ path: ['lines', index, 'lineId'], message: 'not a line of this order' });
    else if (named.has(lineId)) issues.push({ path: ['lines', index, 'lineId'], message: 'named twice' });
    else {
      const left = line.quantity - line.returnedQuantity;
      if (quantity > left) {
        issues.push({ path: ['lines', index, 'quantity'], message: `at most ${left} left to return` });
      }
    }
    named.add(lineId);
  });
  return issues;
}

const toLine = (row: LineRow): Omit<SalesOrderLine, 'returnedQuantity'> => ({
  id: row.id,
  description: row.description,
  product:
    row.product_id === null ? null : { id: row.product_id, sku: row.sku!, name: row.name!, unit: row.unit! },
  quantity: row.quantity,
  unitPriceMinor: row.unit_price_minor,
  totalMinor: lineTotalMinor(row.quantity, row.unit_price_minor),
});

export function createSalesOrderRepository(db: Db) {
  const byId = db.prepare<[number], OrderRow>(`${SELECT_ORDER} WHERE o.id = ?`);
  const linesOf = db.prepare<[number], LineRow>(
    `SELECT l.id, l.description, l.product_id, p.sku, p.name, p.unit, l.quantity, l.unit_price_minor
     FROM sales_order_lines l LEFT JOIN products p ON p.id = l.product_id
     WHERE l.order_id = ? ORDER BY l.id`,
  );
  const nextNumber = db.prepare<[], { last: number }>(
    'UPDATE sales_order_sequence SET last = last + 1 WHERE id = 1 RETURNING last',
  );
  const insert = db.prepare(
    `INSERT INTO sales_orders (number, contact_id, currency, notes, created_by, created_at, updated_at)
     VALUES (@number, @contactId, @currency, @notes, @by, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE sales_orders SET contact_id = @contactId, currency = @currency, notes = @notes, updated_at = @at,
       version = version + 1
     WHERE id = @id`,
  );
  const deleteLines = db.prepare<[number]>('DELETE FROM sales_order_lines WHERE order_id = ?');
  const insertLine = db.prepare(
    `INSERT INTO sales_order_lines (order_id, description, product_id, quantity, unit_price_minor)
     VALUES (@orderId, @description, @productId, @quantity, @unitPriceMinor)`,
  );
  const setStatus = db.prepare(
    `UPDATE sales_orders SET status = @status,
       confirmed_at = CASE WHEN @status = 'confirmed' THEN @at ELSE confirmed_at END,
       fulfilled_at = CASE WHEN @status = 'fulfilled' THEN @at ELSE fulfilled_at END,
       cancelled_at = CASE WHEN @status = 'cancelled' THEN @at ELSE cancelled_at END,
       updated_at = @at, version = version + 1
     WHERE id = @id`,
  );
  const markStockIssued = db.prepare<[number]>('UPDATE sales_orders SET stock_issued = 1 WHERE id = ?');
  const stockIssued = db.prepare<[number], { stock_issued: number }>(
    'SELECT stock_issued FROM sales_orders WHERE id = ?',
  );
  const forContactTimeline = db.prepare<
    [number, number, number, number],
    OrderRow & { created_by_name: string }
  >(
    `SELECT o.*, u.display_name AS created_by_name FROM (${SELECT_ORDER}) o JOIN users u ON u.id = o.created_by
     WHERE o.contact_id = ? AND (o.created_at, o.id) < (?, ?) ORDER BY o.created_at DESC, o.id DESC LIMIT ?`,
  );
  const idsOfContact = db.prepare<[number], { id: number }>(
    'SELECT id FROM sales_orders WHERE contact_id = ?',
  );
  const reassignContact = db.prepare(
    `UPDATE sales_orders SET contact_id = ?, updated_at = ?, version = version + 1
     WHERE id IN (SELECT value FROM json_each(?))`,
  );

  const touch = db.prepare('UPDATE sales_orders SET updated_at = @at, version = version + 1 WHERE id = @id');
  const returns = createSalesReturnRepository(db);

  const returnedOf = (orderReturns: readonly SalesReturn[], lineId: number) =>
    orderReturns
      .flatMap((returned) => returned.lines)
      .filter((line) => line.orderLineId === lineId)
      .reduce((sum, line) => sum + line.quantity, 0);

  const toOrder = (found: OrderRow): SalesOrder => {
    const orderReturns = returns.ofOrder(found.id);
    return {
      ...toSummary(found),
      netTotalMinor: found.total_minor - found.returned_minor,
      returns: orderReturns,
      notes: found.notes,
      lines: linesOf
        .all(found.id)
        .map((row) => ({ ...toLine(row), returnedQuantity: returnedOf(orderReturns, row.id) })),
      createdBy: found.created_by,
      confirmedAt: found.confirmed_at,
      fulfilledAt: found.fulfilled_at,
      cancelledAt: found.cancelled_at,
    };
  };

  const {
    get,
    create,
    update: updateDraft,
    atVersion,
  } = ordersWithLines<OrderRow, SalesOrder, SalesOrderStatus, OrderFields, OrderFields['lines'][number]>(db, {
    noun: 'order',
    toOrder,
    nextNumber: () => formatSalesOrderNumber(nextNumber.get()!.last),
    byId,
    insert,
    update,
    insertLine,
    deleteLines,
  });

  return {
    get,
    create,
    update: updateDraft,

    /** Draft → confirmed; needs a line. */
    confirm(id: number, version: number, at: number): SalesOrder {
      return atVersion(id, version, ['draft'], (current) => {
        if (current.lines.length === 0) throw invalid('An order needs at least one line.', ['lines']);
        setStatus.run({ id, status: 'confirmed', at });
      });
    },

    /**
     * Confirmed → fulfilled; `issue`, when the stock is kept (null otherwise), gets each product
     * line in the same transaction (the stock ledger), so the order and the stock change together
     * or not at all. The order remembers whether its goods left the stock (returns).
     */
    fulfil(id: number, version: number, at: number, issue: ((line: ProductLine) => void) | null): SalesOrder {
      return atVersion(id, version, ['confirmed'], (current) => {
        if (issue) {
          for (const line of current.lines)
            if (line.product !== null) issue({ ...line, product: line.product });
          markStockIssued.run(id);
        }
        setStatus.run({ id, status: 'fulfilled', at });
      });
    },

    /**
     * Takes goods of a fulfilled order back, at the version the user read if they named one (else as
     * it is now). When fulfilling took the goods out of stock, `restock` gets each product line
     * with the quantity returned and the return's number in the same transaction (the stock
     * ledger); goods that never left the stock do not enter it. The order stays fulfilled, one version on.
     */
    recordReturn(
      request: ReturnRequest,
      restock: (line: ProductLine, quantity: number, returnNumber: string) => void,
    ): { order: SalesOrder; returned: SalesReturn } {
      const { orderId, version, lines, ...fields } = request;
      return db.transaction(() => {
        let recorded = 0;
        const order = atVersion(orderId, version ?? get(orderId).version, ['fulfilled'], (current) => {
          const issues = returnIssues(current, lines);
          if (issues.length > 0) {
            throw new CrmError('VALIDATION', 'Some lines cannot be returned.', { issues });
          }
          const { id, number } = returns.insert({
            ...fields,
            orderId,
            lines: lines.map(({ lineId, quantity }) => ({ orderLineId: lineId, quantity })),
          });
          recorded = id;
          if (stockIssued.get(orderId)!.stock_issued === 1) {
            for (const { lineId, quantity } of lines) {
              const line = current.lines.find((candidate) => candidate.id === lineId)!;
              if (line.product !== null) restock({ ...line, product: line.product }, quantity, number);
            }
          }
          touch.run({ id: orderId, at: fields.at });
        });
        return { order, returned: order.returns.find((returned) => returned.id === recorded)! };
      })();
    },

    /** A draft or a confirmed order; `allowed` narrows that to what the caller may cancel. */
    cancel(id: number, version: number, allowed: readonly SalesOrderStatus[], at: number): SalesOrder {
      return atVersion(id, version, allowed, () => setStatus.run({ id, status: 'cancelled', at }));
    },

    /** Newest first; orders of customers hidden from `scope` are left out. */
    list(query: OrderListQuery) {
      const where: string[] = [];
      const params: (number | string)[] = [];
      if (query.status !== undefined) {
        where.push('o.status = ?');
        params.push(query.status);
      }
      if (query.contactId !== undefined) {
        where.push('o.contact_id = ?');
        params.push(query.contactId);
      }
      if (query.scope.kind === 'own') {
        where.push(VISIBLE_TO_USER);
        params.push(query.scope.userId, query.scope.userId);
      }
      if (query.cursor) {
        where.push('o.id < ?');
        params.push(decodeCursor(query.cursor, CURSOR_KEY).id);
      }
      const sql = `${SELECT_ORDER} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY o.id DESC LIMIT ?`;
      const rows = db.prepare<(number | string)[], OrderRow>(sql).all(...params, query.limit + 1);
      return keysetPage(
        rows,
        query.limit,
        (shown) => shown.map(toSummary),
        (last) => encodeCursor({ key: CURSOR_KEY, value: last.id, id: last.id }),
      );
    },

    /** A customer's orders on their timeline, at the time each was made, as each is now. */
    timelineSource(contactId: number, before: SourceBound | null, limit: number): TimelineEntry[] {
      const bound = before ?? NEWEST;
      return forContactTimeline.all(contactId, bound.at, bound.id, limit).map((found) => ({
        kind: 'order',
        id: found.id,
        at: found.created_at,
        actor: { id: found.created_by, name: found.created_by_name },
        data: {
          orderId: found.id,
          number: found.number,
          status: found.status,
          totalMinor: found.total_minor,
          currency: found.currency,
        },
      }));
    },

    /** A customer's returns on their timeline (a source of its own: a return has its own time). */
    returnsTimelineSource: returns.timelineSource,

    /** Orders of a merged-away customer move to the merged one (and back on undo), as an edit. */
    contactLink: {
      itemsOf: (contactId: number) => idsOfContact.all(contactId).map((found) => found.id),
      reassign: (ids: readonly number[], contactId: number, at: number) =>
        void reassignContact.run(contactId, at, JSON.stringify(ids)),
    } satisfies ContactLink,
  };
}

export type SalesOrderRepository = ReturnType<typeof createSalesOrderRepository>;
