import type {
  PurchaseOrder,
  PurchaseOrderFilter,
  PurchaseOrderLine,
  PurchaseOrderStatus,
  PurchaseOrderSummary,
} from '../../../../../shared/inventory/purchasing';
import { lineTotalMinor } from '../../../../../shared/order-lines';
import type { Db } from '../../../db/database';
import { decodeCursor, encodeCursor, keysetPage } from '../../contacts/cursor';
import { invalidField as invalid, ordersWithLines } from '../../order-lines/orders-with-lines';

interface OrderRow {
  id: number;
  number: string;
  supplier_id: number;
  supplier_name: string;
  supplier_archived_at: number | null;
  status: PurchaseOrderStatus;
  expected_on: string | null;
  currency: string;
  notes: string | null;
  ordered_at: number | null;
  received_at: number | null;
  cancelled_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
  total_minor: number;
  line_count: number;
}

interface LineRow {
  id: number;
  product_id: number;
  sku: string;
  name: string;
  unit: string;
  archived_at: number | null;
  quantity: number;
  unit_cost_minor: number;
  received_quantity: number;
}

/** The stored fields of an order, as a draft's form gives them. */
export interface OrderFields {
  supplierId: number;
  expectedOn: string | null;
  currency: string;
  notes: string | null;
  lines: { productId: number; quantity: number; unitCostMinor: number }[];
}

/** One line's goods that arrived, as a receipt hands them to the stock ledger. */
export interface ReceivedLine {
  productId: number;
  quantity: number;
}

/** Lists go newest first; the cursor key names that order. */
const CURSOR_KEY = 'purchase_order';

export const formatPurchaseOrderNumber = (sequence: number) => `PO-${String(sequence).padStart(6, '0')}`;

const SELECT_ORDER = `SELECT o.*, s.name AS supplier_name, s.archived_at AS supplier_archived_at,
    (SELECT coalesce(sum(l.quantity * l.unit_cost_minor), 0) FROM purchase_order_lines l WHERE l.order_id = o.id)
      AS total_minor,
    (SELECT count(*) FROM purchase_order_lines l WHERE l.order_id = o.id) AS line_count
  FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id`;

const toSummary = (row: OrderRow): PurchaseOrderSummary => ({
  id: row.id,
  number: row.number,
  supplier: { id: row.supplier_id, name: row.supplier_name, archived: row.supplier_archived_at !== null },
  status: row.status,
  expectedOn: row.expected_on,
  currency: row.currency,
  totalMinor: row.total_minor,
  lineCount: row.line_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

const toLine = (row: LineRow): PurchaseOrderLine => ({
  id: row.id,
  product: {
    id: row.product_id,
    sku: row.sku,
    name: row.name,
    unit: row.unit,
    archived: row.archived_at !== null,
  },
  quantity: row.quantity,
  unitCostMinor: row.unit_cost_minor,
  receivedQuantity: row.received_quantity,
  totalMinor: lineTotalMinor(row.quantity, row.unit_cost_minor),
});

export function createPurchaseOrderRepository(db: Db) {
  const byId = db.prepare<[number], OrderRow>(`${SELECT_ORDER} WHERE o.id = ?`);
  const linesOf = db.prepare<[number], LineRow>(
    `SELECT l.id, l.product_id, p.sku, p.name, p.unit, p.archived_at, l.quantity, l.unit_cost_minor,
       l.received_quantity
     FROM purchase_order_lines l JOIN products p ON p.id = l.product_id
     WHERE l.order_id = ? ORDER BY l.id`,
  );
  const nextNumber = db.prepare<[], { last: number }>(
    'UPDATE purchase_order_sequence SET last = last + 1 WHERE id = 1 RETURNING last',
  );
  const insert = db.prepare(
    `INSERT INTO purchase_orders (number, supplier_id, expected_on, currency, notes, created_by, created_at, updated_at)
     VALUES (@number, @supplierId, @expectedOn, @currency, @notes, @by, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE purchase_orders SET supplier_id = @supplierId, expected_on = @expectedOn, currency = @currency,
       notes = @notes, updated_at = @at, version = version + 1
     WHERE id = @id`,
  );
  const deleteLines = db.prepare<[number]>('DELETE FROM purchase_order_lines WHERE order_id = ?');
  const insertLine = db.prepare(
    `INSERT INTO purchase_order_lines (order_id, product_id, quantity, unit_cost_minor)
     VALUES (@orderId, @productId, @quantity, @unitCostMinor)`,
  );
  const addReceived = db.prepare<[number, number]>(
    'UPDATE purchase_order_lines SET received_quantity = received_quantity + ? WHERE id = ?',
  );
  const setStatus = db.prepare(
    `UPDATE purchase_orders SET status = @status,
       ordered_at = CASE WHEN @status = 'ordered' THEN @at ELSE ordered_at END,
       received_at = CASE WHEN @status = 'received' THEN @at ELSE received_at END,
       cancelled_at = CASE WHEN @status = 'cancelled' THEN @at ELSE cancelled_at END,
       updated_at = @at, version = version + 1
     WHERE id = @id`,
  );
  // @status and @supplierId null mean any.
  const page = db.prepare<Record<string, unknown>, OrderRow>(
    `${SELECT_ORDER}
     WHERE (@status IS NULL OR o.status = @status) AND (@supplierId IS NULL OR o.supplier_id = @supplierId)
       AND o.id < @beforeId
     ORDER BY o.id DESC LIMIT @limit`,
  );

  const toOrder = (found: OrderRow): PurchaseOrder => ({
    ...toSummary(found),
    notes: found.notes,
    lines: linesOf.all(found.id).map(toLine),
    orderedAt: found.ordered_at,
    receivedAt: found.received_at,
    cancelledAt: found.cancelled_at,
  });

  const {
    get,
    create,
    update: updateDraft,
    atVersion,
  } = ordersWithLines<
    OrderRow,
    PurchaseOrder,
    PurchaseOrderStatus,
    OrderFields,
    OrderFields['lines'][number]
  >(db, {
    noun: 'purchase order',
    toOrder,
    nextNumber: () => formatPurchaseOrderNumber(nextNumber.get()!.last),
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

    /** Draft → ordered; needs a line, an active supplier, and no archived product. */
    place(id: number, version: number, at: number): PurchaseOrder {
      return atVersion(id, version, ['draft'], (current) => {
        if (current.lines.length === 0) throw invalid('An order needs at least one line.', ['lines']);
        if (current.supplier.archived) {
          throw invalid(`The supplier ${current.supplier.name} is archived.`, ['supplierId']);
        }
        const archivedAt = current.lines.findIndex((line) => line.product.archived);
        if (archivedAt >= 0) {
          throw invalid(`The product ${current.lines[archivedAt]!.product.sku} is archived.`, [
            'lines',
            archivedAt,
            'productId',
          ]);
        }
        setStatus.run({ id, status: 'ordered', at });
      });
    },

    /**
     * Adds each received quantity (1 up to what is still due) to its line and hands it to `post`
     * in the same transaction; the order is received once every line is complete.
     */
    receive(
      id: number,
      version: number,
      received: { lineId: number; quantity: number }[],
      at: number,
      post: (line: ReceivedLine) => void,
    ): PurchaseOrder {
      return atVersion(id, version, ['ordered'], (current) => {
        const due = new Map(current.lines.map((line) => [line.id, line.quantity - line.receivedQuantity]));
        received.forEach(({ lineId, quantity }, index) => {
          const left = due.get(lineId);
          if (left === undefined) {
            throw invalid('This line is not on the order, or is listed twice.', ['lines', index, 'lineId']);
          }
          const { product } = current.lines.find((line) => line.id === lineId)!;
          if (product.archived) {
            throw invalid(`The product ${product.sku} is archived; restore it to receive it.`, [
              'lines',
              index,
              'lineId',
            ]);
          }
          if (quantity > left) {
            throw invalid(`At most ${left} of this line is still due.`, ['lines', index, 'quantity'], {
              lineId,
              due: left,
            });
          }
          due.delete(lineId);
        });
        for (const { lineId, quantity } of received) {
          addReceived.run(quantity, lineId);
          post({ productId: current.lines.find((line) => line.id === lineId)!.product.id, quantity });
        }
        const complete = get(id).lines.every((line) => line.receivedQuantity === line.quantity);
        setStatus.run({ id, status: complete ? 'received' : 'ordered', at });
      });
    },

    /** A draft, or an ordered one of which nothing was received yet. */
    cancel(id: number, version: number, at: number): PurchaseOrder {
      return atVersion(id, version, ['draft', 'ordered'], (current) => {
        if (current.lines.some((line) => line.receivedQuantity > 0)) {
          throw invalid('Goods of this order were received already.', ['status'], {
            status: current.status,
            received: true,
          });
        }
        setStatus.run({ id, status: 'cancelled', at });
      });
    },

    /** Newest first. */
    list(filter: PurchaseOrderFilter, cursor: string | null, limit: number) {
      const before = cursor ? decodeCursor(cursor, CURSOR_KEY).id : Number.MAX_SAFE_INTEGER;
      const rows = page.all({
        status: filter.status ?? null,
        supplierId: filter.supplierId ?? null,
        beforeId: before,
        limit: limit + 1,
      });
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toSummary),
        (last) => encodeCursor({ key: CURSOR_KEY, value: last.id, id: last.id }),
      );
    },
  };
}

export type PurchaseOrderRepository = ReturnType<typeof createPurchaseOrderRepository>;
