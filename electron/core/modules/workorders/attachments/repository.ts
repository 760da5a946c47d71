import type { Attachment } from '../../../../../shared/workorders/attachments';
import { CrmError } from '../../../../../shared/errors';
import type { Db } from '../../../db/database';

interface AttachmentRow {
  id: number;
  workorder_id: number;
  file_name: string;
  stored_as: string;
  size: number;
  added_by: number;
  added_by_name: string;
  added_at: number;
}

const SELECT = `SELECT a.*, u.display_name AS added_by_name
  FROM workorder_attachments a JOIN users u ON u.id = a.added_by`;

const toAttachment = (row: AttachmentRow): Attachment => ({
  id: row.id,
  workOrderId: row.workorder_id,
  fileName: row.file_name,
  size: row.size,
  addedById: row.added_by,
  addedByName: row.added_by_name,
  addedAt: row.added_at,
});

export interface NewAttachment {
  workOrderId: number;
  fileName: string;
  storedAs: string;
  size: number;
  addedBy: number;
  at: number;
}

export function createAttachmentRepository(db: Db) {
  const byId = db.prepare<[number], AttachmentRow>(`${SELECT} WHERE a.id = ?`);
  const ofWorkOrder = db.prepare<[number], AttachmentRow>(`${SELECT} WHERE a.workorder_id = ? ORDER BY a.id`);
  const countOf = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM workorder_attachments WHERE workorder_id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO workorder_attachments (workorder_id, file_name, stored_as, size, added_by, added_at)
     VALUES (@workOrderId, @fileName, @storedAs, @size, @addedBy, @at)`,
  );
  const remove = db.prepare('DELETE FROM workorder_attachments WHERE id = ?');

  function getRow(id: number): AttachmentRow {
    const row = byId.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This attachment does not exist.', { id });
    return row;
  }

  return {
    list: (workOrderId: number): Attachment[] => ofWorkOrder.all(workOrderId).map(toAttachment),
    count: (workOrderId: number): number => countOf.get(workOrderId)!.n,
    /** The attachment, and the name its bytes are stored under. */
    get(id: number): { attachment: Attachment; storedAs: string } {
      const row = getRow(id);
      return { attachment: toAttachment(row), storedAs: row.stored_as };
    },
    add(input: NewAttachment): Attachment {
      return toAttachment(getRow(Number(insert.run(input).lastInsertRowid)));
    },
    remove: (id: number): void => void remove.run(id),
  };
}

export type AttachmentRepository = ReturnType<typeof createAttachmentRepository>;
