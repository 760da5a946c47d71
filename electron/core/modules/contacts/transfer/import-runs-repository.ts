import type { Contact } from '../../../../../shared/contacts/contract';
import type {
  DuplicatePolicy,
  ImportRun,
  ImportStatus,
  ImportSummary,
  MatchField,
} from '../../../../../shared/contacts/transfer-contract';
import { CrmError } from '../../../../../shared/errors';
import type { Db } from '../../../db/database';
import { keysetPage } from '../cursor';

interface RunRow {
  id: number;
  user_id: number;
  user_name: string;
  file_name: string;
  match_field: MatchField;
  on_duplicate: DuplicatePolicy;
  status: ImportStatus;
  read_count: number;
  created_count: number;
  updated_count: number;
  skipped_count: number;
  failed_count: number;
  errors: string;
  file_duplicates: string;
  started_at: number;
  finished_at: number | null;
  undone_at: number | null;
}

/** How many row errors and file duplicates a run shows; the errors download holds them all. */
export const SHOWN_PROBLEMS = 100;

const toRun = (row: RunRow): ImportRun => ({
  id: row.id,
  userId: row.user_id,
  userName: row.user_name,
  fileName: row.file_name,
  match: row.match_field,
  onDuplicate: row.on_duplicate,
  status: row.status,
  read: row.read_count,
  created: row.created_count,
  updated: row.updated_count,
  skipped: row.skipped_count,
  failed: row.failed_count,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  undoneAt: row.undone_at,
  errors: (JSON.parse(row.errors) as ImportRun['errors']).slice(0, SHOWN_PROBLEMS),
  fileDuplicates: (JSON.parse(row.file_duplicates) as ImportRun['fileDuplicates']).slice(0, SHOWN_PROBLEMS),
});

const SELECT = `SELECT i.*, u.display_name AS user_name FROM contact_imports i JOIN users u ON u.id = i.user_id`;

/** What an undo needs of one import. */
export interface ImportChanges {
  createdIds: number[];
  updated: { contactId: number; before: Contact; afterVersion: number }[];
}

/** The record of contact imports (migration 0006): who ran what, its outcome, what undo needs. */
export function createImportRunRepository(db: Db) {
  const byId = db.prepare<[number], RunRow>(`${SELECT} WHERE i.id = ?`);
  const errorsOf = db.prepare<[number], { errors: string }>(
    'SELECT errors FROM contact_imports WHERE id = ?',
  );
  const page = db.prepare<[number, number], RunRow>(`${SELECT} WHERE i.id < ? ORDER BY i.id DESC LIMIT ?`);
  const pageOfUser = db.prepare<[number, number, number], RunRow>(
    `${SELECT} WHERE i.id < ? AND i.user_id = ? ORDER BY i.id DESC LIMIT ?`,
  );
  const insert = db.prepare(
    `INSERT INTO contact_imports (user_id, file_name, match_field, on_duplicate, status, started_at)
     VALUES (?, ?, ?, ?, 'running', ?)`,
  );
  const finish = db.prepare(
    `UPDATE contact_imports SET status = @status, read_count = @read, created_count = @created,
       updated_count = @updated, skipped_count = @skipped, failed_count = @failed, errors = @errors,
       file_duplicates = @fileDuplicates, finished_at = @at
     WHERE id = @id`,
  );
  const fail = db.prepare(
    `UPDATE contact_imports SET status = 'failed', finished_at = ? WHERE id = ? AND status = 'running'`,
  );
  const markUndone = db.prepare(
    `UPDATE contact_imports SET status = 'undone', undone_at = ?, undone_by = ? WHERE id = ?`,
  );
  const insertCreated = db.prepare(
    'INSERT INTO contact_import_created (import_id, contact_id) SELECT ?, value FROM json_each(?)',
  );
  const insertUpdated = db.prepare(
    `INSERT INTO contact_import_updated (import_id, contact_id, before, after_version)
     SELECT ?, value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)`,
  );
  const created = db.prepare<[number], { contact_id: number }>(
    'SELECT contact_id FROM contact_import_created WHERE import_id = ? ORDER BY contact_id',
  );
  const updated = db.prepare<[number], { contact_id: number; before: string; after_version: number }>(
    'SELECT contact_id, before, after_version FROM contact_import_updated WHERE import_id = ? ORDER BY contact_id',
  );
  // Runs this process did not finish were cut short when the app stopped.
  db.prepare(`UPDATE contact_imports SET status = 'interrupted' WHERE status = 'running'`).run();

  const getRow = (id: number): RunRow => {
    const row = byId.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This import does not exist.', { id });
    return row;
  };

  return {
    start(
      userId: number,
      fileName: string,
      match: MatchField,
      onDuplicate: DuplicatePolicy,
      at: number,
    ): number {
      return Number(insert.run(userId, fileName, match, onDuplicate, at).lastInsertRowid);
    },

    get: (id: number): ImportRun => toRun(getRow(id)),

    /** Newest first, everyone's or one user's; the cursor is the id of the last run shown. */
    list(
      cursor: number | null,
      limit: number,
      userId: number | null,
    ): { items: ImportRun[]; nextCursor: string | null } {
      const before = cursor ?? Number.MAX_SAFE_INTEGER;
      const rows = userId === null ? page.all(before, limit + 1) : pageOfUser.all(before, userId, limit + 1);
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toRun),
        (last) => String(last.id),
      );
    },

    /** Every row error of the run. */
    errors: (id: number): ImportRun['errors'] =>
      JSON.parse(errorsOf.get(id)?.errors ?? '[]') as ImportRun['errors'],

    /** Records the outcome and, for an undo, what the import created and changed. */
    finish(
      id: number,
      summary: ImportSummary,
      before: readonly Contact[],
      afterVersions: ReadonlyMap<number, number>,
      at: number,
    ) {
      db.transaction(() => {
        finish.run({
          id,
          status: summary.cancelled ? 'cancelled' : 'finished',
          read: summary.read,
          created: summary.created,
          updated: summary.updated,
          skipped: summary.skipped,
          failed: summary.failed,
          errors: JSON.stringify(summary.errors),
          fileDuplicates: JSON.stringify(summary.fileDuplicates),
          at,
        });
        if (summary.createdIds.length > 0) insertCreated.run(id, JSON.stringify(summary.createdIds));
        if (before.length > 0) {
          const rows = before.map((contact) => [
            contact.id,
            JSON.stringify(contact),
            afterVersions.get(contact.id),
          ]);
          insertUpdated.run(id, JSON.stringify(rows));
        }
      })();
    },

    fail: (id: number, at: number): void => void fail.run(at, id),

    changes: (id: number): ImportChanges => ({
      createdIds: created.all(id).map((row) => row.contact_id),
      updated: updated.all(id).map((row) => ({
        contactId: row.contact_id,
        before: JSON.parse(row.before) as Contact,
        afterVersion: row.after_version,
      })),
    }),

    markUndone: (id: number, userId: number, at: number): void => void markUndone.run(at, userId, id),
  };
}

export type ImportRunRepository = ReturnType<typeof createImportRunRepository>;
