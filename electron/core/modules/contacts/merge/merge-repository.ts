import type { Contact } from '../../../../../shared/contacts/contract';
import { CrmError } from '../../../../../shared/errors';
import type { Db } from '../../../db/database';

/** Linked items moved by a merge, per link and the contact they came from. */
export interface MovedItems {
  link: string;
  from: number;
  ids: number[];
}

export interface MergeRecord {
  id: number;
  targetId: number;
  sourceIds: number[];
  targetBefore: Contact;
  moved: MovedItems[];
  targetVersion: number;
  mergedBy: number | null;
  undoneAt: number | null;
}

interface MergeRow {
  id: number;
  target_id: number;
  source_ids: string;
  target_before: string;
  moved: string;
  target_version: number;
  merged_by: number | null;
  undone_at: number | null;
}

export function createMergeRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO contact_merges (target_id, source_ids, target_before, moved, target_version, merged_by, merged_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[number], MergeRow>('SELECT * FROM contact_merges WHERE id = ?');
  const markUndone = db.prepare('UPDATE contact_merges SET undone_at = ? WHERE id = ? AND undone_at IS NULL');

  return {
    record(merge: Omit<MergeRecord, 'id' | 'undoneAt'>, at: number): number {
      const { targetId, sourceIds, targetBefore, moved, targetVersion, mergedBy } = merge;
      const result = insert.run(
        targetId,
        JSON.stringify(sourceIds),
        JSON.stringify(targetBefore),
        JSON.stringify(moved),
        targetVersion,
        mergedBy,
        at,
      );
      return Number(result.lastInsertRowid);
    },
    get(id: number): MergeRecord {
      const row = byId.get(id);
      if (!row) throw new CrmError('NOT_FOUND', 'This merge does not exist.', { id });
      return {
        id: row.id,
        targetId: row.target_id,
        sourceIds: JSON.parse(row.source_ids) as number[],
        targetBefore: JSON.parse(row.target_before) as Contact,
        moved: JSON.parse(row.moved) as MovedItems[],
        targetVersion: row.target_version,
        mergedBy: row.merged_by,
        undoneAt: row.undone_at,
      };
    },
    markUndone: (id: number, at: number): boolean => markUndone.run(at, id).changes === 1,
  };
}

export type MergeRepository = ReturnType<typeof createMergeRepository>;
