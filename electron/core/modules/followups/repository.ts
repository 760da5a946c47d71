import { CrmError } from '../../../../shared/errors';
import type { Followup, FollowupKind } from '../../../../shared/followups/contract';
import type { TimelineEntry } from '../../../../shared/timeline/contract';
import type { Db } from '../../db/database';
import { decodeCursor, encodeCursor } from '../contacts/cursor';
import type { SourceBound } from '../timeline/registry';

interface FollowupRow {
  id: number;
  kind: FollowupKind;
  subject: string;
  body: string | null;
  contact_id: number | null;
  company_id: number | null;
  due_at: number | null;
  assignee_id: number;
  assignee_name: string;
  done_at: number | null;
  created_by: number;
  created_by_name: string;
  created_at: number;
  updated_at: number;
  version: number;
  at: number;
}

/** The stored, editable fields of a follow-up after defaults. */
export interface FollowupFields {
  kind: FollowupKind;
  subject: string;
  body: string | null;
  contactId: number | null;
  companyId: number | null;
  dueAt: number | null;
  assigneeId: number;
}

const SELECT = `SELECT f.*, a.display_name AS assignee_name, c.display_name AS created_by_name
  FROM followups f JOIN users a ON a.id = f.assignee_id JOIN users c ON c.id = f.created_by`;

/** listForContact's cursor key: the list is by `at` (due time, else creation). */
const CURSOR_KEY = 'followup_at';

const toFollowup = (row: FollowupRow): Followup => ({
  id: row.id,
  kind: row.kind,
  subject: row.subject,
  body: row.body,
  contactId: row.contact_id,
  companyId: row.company_id,
  dueAt: row.due_at,
  assigneeId: row.assignee_id,
  assigneeName: row.assignee_name,
  done: row.done_at !== null,
  doneAt: row.done_at,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

const toTimelineEntry = (row: FollowupRow): TimelineEntry => ({
  kind: 'followup',
  id: row.id,
  at: row.at,
  actor: { id: row.created_by, name: row.created_by_name },
  data: { followupKind: row.kind, subject: row.subject, dueAt: row.due_at, done: row.done_at !== null },
});

export function createFollowupRepository(db: Db) {
  const byId = db.prepare<[number], FollowupRow>(`${SELECT} WHERE f.id = ?`);
  const insert = db.prepare(
    `INSERT INTO followups (kind, subject, body, contact_id, company_id, due_at, assignee_id, created_by,
       created_at, updated_at)
     VALUES (@kind, @subject, @body, @contactId, @companyId, @dueAt, @assigneeId, @createdBy, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE followups SET kind = @kind, subject = @subject, body = @body, contact_id = @contactId,
       company_id = @companyId, due_at = @dueAt, assignee_id = @assigneeId, updated_at = @at,
       version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const setDoneAt = db.prepare(
    'UPDATE followups SET done_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?',
  );
  const remove = db.prepare('DELETE FROM followups WHERE id = ? AND version = ?');
  const forContact = db.prepare<[number, number, number, number], FollowupRow>(
    `${SELECT} WHERE f.contact_id = ? AND (f.at, f.id) < (?, ?) ORDER BY f.at DESC, f.id DESC LIMIT ?`,
  );
  const openDue = db.prepare<[number, number, number, number], FollowupRow>(
    `${SELECT} WHERE f.assignee_id = ? AND f.done_at IS NULL AND f.due_at >= ? AND f.due_at < ?
     ORDER BY f.due_at, f.id LIMIT ?`,
  );

  function getRow(id: number): FollowupRow {
    const row = byId.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This follow-up does not exist.', { id });
    return row;
  }

  /** Runs `write` on the row at `version`, or refuses a stale version with CONFLICT. */
  function atVersion(id: number, version: number, write: (row: FollowupRow) => void): void {
    db.transaction(() => {
      const row = getRow(id);
      if (row.version !== version) {
        throw new CrmError('CONFLICT', 'Someone else changed this follow-up since you opened it.', {
          currentVersion: row.version,
        });
      }
      write(row);
    })();
  }

  return {
    get: (id: number): Followup => toFollowup(getRow(id)),

    create(fields: FollowupFields, createdBy: number, at: number): Followup {
      return toFollowup(getRow(Number(insert.run({ ...fields, createdBy, at }).lastInsertRowid)));
    },

    update(id: number, version: number, fields: FollowupFields, at: number): Followup {
      atVersion(id, version, () => update.run({ ...fields, id, version, at }));
      return toFollowup(getRow(id));
    },

    /** Marks done at `at`, or open again; a follow-up already in that state is left as it is. */
    setDone(id: number, version: number, done: boolean, at: number): Followup {
      atVersion(id, version, (row) => {
        if ((row.done_at !== null) !== done) setDoneAt.run(done ? at : null, at, id, version);
      });
      return toFollowup(getRow(id));
    },

    delete(id: number, version: number): Followup {
      const deleted = toFollowup(getRow(id));
      atVersion(id, version, () => remove.run(id, version));
      return deleted;
    },

    /** A contact's follow-ups, latest due (or created) first. */
    listForContact(contactId: number, cursor: string | null, limit: number) {
      const after = cursor ? decodeCursor(cursor, CURSOR_KEY) : null;
      const rows = forContact.all(
        contactId,
        after ? Number(after.value) : Number.MAX_SAFE_INTEGER,
        after ? after.id : Number.MAX_SAFE_INTEGER,
        limit + 1,
      );
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map(toFollowup),
        nextCursor:
          rows.length > limit && last ? encodeCursor({ key: CURSOR_KEY, value: last.at, id: last.id }) : null,
      };
    },

    /** Open follow-ups of `assigneeId` due in [from, to), soonest first. */
    openDueBetween: (assigneeId: number, from: number, to: number, limit: number): Followup[] =>
      openDue.all(assigneeId, from, to, limit).map(toFollowup),

    timelineSource(contactId: number, before: SourceBound | null, limit: number): TimelineEntry[] {
      const bound = before ?? { at: Number.MAX_SAFE_INTEGER, id: Number.MAX_SAFE_INTEGER };
      return forContact.all(contactId, bound.at, bound.id, limit).map(toTimelineEntry);
    },
  };
}

export type FollowupRepository = ReturnType<typeof createFollowupRepository>;
