import { CrmError } from '../../../../shared/errors';
import type { ProductLink, ProductLinkAction } from '../../../../shared/inventory/contract';
import type { LinkedThreadEntry } from '../../../../shared/workorders/contract';
import type { Db } from '../../db/database';
import { oldestFirstSource } from '../timeline/registry';

interface LinkRow {
  id: number;
  workorder_id: number;
  product_id: number;
  sku: string;
  name: string;
  unit: string;
  archived_at: number | null;
  quantity: number;
  serial_number: string | null;
  note: string | null;
  created_at: number;
  updated_at: number;
  version: number;
}

interface ChangeRow {
  id: number;
  action: ProductLinkAction;
  author_name: string;
  product_id: number;
  sku: string;
  name: string;
  unit: string;
  quantity: number;
  serial_number: string | null;
  at: number;
}

/** What a link holds besides its work order and product. */
export interface LinkFields {
  quantity: number;
  serialNumber: string | null;
  note: string | null;
}

const LINK_SELECT = `SELECT l.*, p.sku, p.name, p.unit, p.archived_at
  FROM workorder_products l JOIN products p ON p.id = l.product_id`;

const toLink = (row: LinkRow): ProductLink => ({
  id: row.id,
  workOrderId: row.workorder_id,
  product: {
    id: row.product_id,
    sku: row.sku,
    name: row.name,
    unit: row.unit,
    archived: row.archived_at !== null,
  },
  quantity: row.quantity,
  serialNumber: row.serial_number,
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

/** The products listed on work orders, and the log of their changes that work-order threads show. */
export function createProductLinkRepository(db: Db) {
  const byId = db.prepare<[number], LinkRow>(`${LINK_SELECT} WHERE l.id = ?`);
  const ofWorkOrder = db.prepare<[number], LinkRow>(`${LINK_SELECT} WHERE l.workorder_id = ? ORDER BY l.id`);
  const sameUnit = db.prepare<[number, number, string | null, number], { id: number }>(
    `SELECT id FROM workorder_products
     WHERE workorder_id = ? AND product_id = ? AND IFNULL(serial_number, '') = IFNULL(?, '') AND id != ?`,
  );
  const insert = db.prepare(
    `INSERT INTO workorder_products
       (workorder_id, product_id, quantity, serial_number, note, created_by, created_at, updated_at)
     VALUES (@workOrderId, @productId, @quantity, @serialNumber, @note, @userId, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE workorder_products SET quantity = @quantity, serial_number = @serialNumber, note = @note,
       updated_at = @at, version = version + 1
     WHERE id = @id`,
  );
  const remove = db.prepare('DELETE FROM workorder_products WHERE id = ?');
  const log = db.prepare(
    `INSERT INTO workorder_product_changes (workorder_id, product_id, action, quantity, serial_number, author_id, at)
     VALUES (@workOrderId, @productId, @action, @quantity, @serialNumber, @userId, @at)`,
  );
  const forThread = db.prepare<[number, number, number, number, number], ChangeRow>(
    `SELECT c.id, c.action, c.quantity, c.serial_number, c.at, c.product_id, p.sku, p.name, p.unit,
       u.display_name AS author_name
     FROM workorder_product_changes c JOIN products p ON p.id = c.product_id JOIN users u ON u.id = c.author_id
     WHERE c.workorder_id = ? AND (c.at > ? OR (c.at = ? AND c.id > ?))
     ORDER BY c.at, c.id LIMIT ?`,
  );

  function row(id: number): LinkRow {
    const found = byId.get(id);
    if (!found)
      throw new CrmError('NOT_FOUND', 'This product is not listed on the work order.', { linkId: id });
    return found;
  }

  /** CONFLICT when the work order lists this product with this serial (or none) already. */
  function checkOnce(workOrderId: number, productId: number, serialNumber: string | null, ownId: number) {
    const twin = sameUnit.get(workOrderId, productId, serialNumber, ownId);
    if (twin) {
      throw new CrmError('CONFLICT', 'This product with this serial number is on the work order already.', {
        productId,
        serialNumber,
        linkedAs: twin.id,
      });
    }
  }

  function logChange(link: LinkRow, action: ProductLinkAction, userId: number, at: number): void {
    log.run({
      workOrderId: link.workorder_id,
      productId: link.product_id,
      action,
      quantity: link.quantity,
      serialNumber: link.serial_number,
      userId,
      at,
    });
  }

  return {
    list: (workOrderId: number): ProductLink[] => ofWorkOrder.all(workOrderId).map(toLink),

    get: (id: number): ProductLink => toLink(row(id)),

    link(
      workOrderId: number,
      productId: number,
      fields: LinkFields,
      userId: number,
      at: number,
    ): ProductLink {
      return db.transaction(() => {
        checkOnce(workOrderId, productId, fields.serialNumber, 0);
        const id = Number(insert.run({ workOrderId, productId, ...fields, userId, at }).lastInsertRowid);
        const linked = row(id);
        logChange(linked, 'linked', userId, at);
        return toLink(linked);
      })();
    },

    update(id: number, version: number, fields: LinkFields, userId: number, at: number): ProductLink {
      return db.transaction(() => {
        const current = row(id);
        if (current.version !== version) throw stale(current.version);
        const unchanged =
          current.quantity === fields.quantity &&
          current.serial_number === fields.serialNumber &&
          current.note === fields.note;
        // Saving what is there leaves no trace in the thread.
        if (unchanged) return toLink(current);
        checkOnce(current.workorder_id, current.product_id, fields.serialNumber, id);
        update.run({ id, ...fields, at });
        const updated = row(id);
        logChange(updated, 'updated', userId, at);
        return toLink(updated);
      })();
    },

    /** The link's work order, once it is gone. */
    unlink(id: number, version: number, userId: number, at: number): number {
      return db.transaction(() => {
        const current = row(id);
        if (current.version !== version) throw stale(current.version);
        remove.run(id);
        logChange(current, 'unlinked', userId, at);
        return current.workorder_id;
      })();
    },

    /** The work-order thread's source (workorders/thread.ts): each change of its products. */
    workOrderThreadSource: oldestFirstSource(forThread, (change): LinkedThreadEntry => ({
      kind: 'productLink',
      id: change.id,
      at: change.at,
      change: {
        action: change.action,
        authorName: change.author_name,
        product: { id: change.product_id, sku: change.sku, name: change.name, unit: change.unit },
        quantity: change.quantity,
        serialNumber: change.serial_number,
      },
    })),
  };
}

const stale = (currentVersion: number) =>
  new CrmError('CONFLICT', 'Someone else changed this product line since you opened it.', { currentVersion });

export type ProductLinkRepository = ReturnType<typeof createProductLinkRepository>;
