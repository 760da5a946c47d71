import { CrmError } from '../../../../shared/errors';
import type {
  ChecklistItem,
  InstallationJob,
  InstallationStatus,
} from '../../../../shared/installation/contract';
import type { TimelineEntry } from '../../../../shared/timeline/contract';
import type { Db } from '../../db/database';
import { decodeCursor, encodeCursor, keysetPage } from '../contacts/cursor';
import type { ContactLink } from '../contacts/links';
import { NEWEST, type SourceBound } from '../timeline/registry';
import { localDayAndTime } from '../../../../shared/installation/calendar';

interface JobRow {
  id: number;
  title: string;
  contact_id: number | null;
  contact_name: string | null;
  company_id: number | null;
  company_name: string | null;
  workorder_id: number | null;
  workorder_number: string | null;
  technician_id: number;
  technician_name: string;
  start_at: number;
  end_at: number;
  time_zone: string;
  address: string | null;
  checklist: string;
  status: InstallationStatus;
  completion_notes: string | null;
  completed_at: number | null;
  created_by: number;
  created_by_name: string;
  created_at: number;
  updated_at: number;
  version: number;
}

/** The stored, editable fields of a job after defaults, its window as instants. */
export interface JobFields {
  title: string;
  contactId: number | null;
  companyId: number | null;
  workOrderId: number | null;
  technicianId: number;
  startAt: number;
  endAt: number;
  timeZone: string;
  address: string | null;
  checklist: ChecklistItem[];
  completionNotes: string | null;
}

const SELECT = `SELECT j.*, c.name AS contact_name, co.name AS company_name, w.number AS workorder_number,
    t.display_name AS technician_name, u.display_name AS created_by_name
  FROM installation_jobs j JOIN users t ON t.id = j.technician_id JOIN users u ON u.id = j.created_by
  LEFT JOIN contacts c ON c.id = j.contact_id LEFT JOIN companies co ON co.id = j.company_id
  LEFT JOIN workorders w ON w.id = j.workorder_id`;

/** A window lasts at most a day (25 hours across a DST change): no job starting earlier overlaps. */
const LONGEST_WINDOW_MS = 25 * 60 * 60 * 1000;

const CURSOR_KEY = 'installation_start';

function toJob(row: JobRow): InstallationJob {
  const start = localDayAndTime(row.start_at, row.time_zone);
  return {
    id: row.id,
    title: row.title,
    contactId: row.contact_id,
    contactName: row.contact_name,
    companyId: row.company_id,
    companyName: row.company_name,
    workOrderId: row.workorder_id,
    workOrderNumber: row.workorder_number,
    technicianId: row.technician_id,
    technicianName: row.technician_name,
    startAt: row.start_at,
    endAt: row.end_at,
    timeZone: row.time_zone,
    day: start.day,
    startTime: start.time,
    endTime: localDayAndTime(row.end_at, row.time_zone).time,
    address: row.address,
    checklist: JSON.parse(row.checklist) as ChecklistItem[],
    status: row.status,
    completionNotes: row.completion_notes,
    completedAt: row.completed_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

const toTimelineEntry = (row: JobRow): TimelineEntry => ({
  kind: 'installation',
  id: row.id,
  at: row.start_at,
  actor: { id: row.created_by, name: row.created_by_name },
  contactId: row.contact_id,
  data: {
    jobId: row.id,
    title: row.title,
    status: row.status,
    startAt: row.start_at,
    endAt: row.end_at,
    technicianName: row.technician_name,
  },
});

const stored = (fields: JobFields) => ({ ...fields, checklist: JSON.stringify(fields.checklist) });

export function createInstallationRepository(db: Db) {
  const byId = db.prepare<[number], JobRow>(`${SELECT} WHERE j.id = ?`);
  const insert = db.prepare(
    `INSERT INTO installation_jobs (title, contact_id, company_id, workorder_id, technician_id, start_at, end_at,
       time_zone, address, checklist, completion_notes, created_by, created_at, updated_at)
     VALUES (@title, @contactId, @companyId, @workOrderId, @technicianId, @startAt, @endAt, @timeZone, @address,
       @checklist, @completionNotes, @createdBy, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE installation_jobs SET title = @title, contact_id = @contactId, company_id = @companyId,
       workorder_id = @workOrderId, technician_id = @technicianId, start_at = @startAt, end_at = @endAt,
       time_zone = @timeZone, address = @address, checklist = @checklist, completion_notes = @completionNotes,
       updated_at = @at, version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const updateStatus = db.prepare(
    `UPDATE installation_jobs SET status = @status, completion_notes = @completionNotes,
       completed_at = CASE WHEN @status = 'done' THEN @at END, updated_at = @at, version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const overlapping = db.prepare<
    { technicianId: number; startAt: number; endAt: number; earliest: number; exceptId: number },
    JobRow
  >(
    `${SELECT} WHERE j.technician_id = @technicianId AND j.start_at > @earliest AND j.start_at < @endAt
       AND j.end_at > @startAt AND j.status <> 'cancelled' AND j.id <> @exceptId
     ORDER BY j.start_at, j.id`,
  );
  const inRange = db.prepare<
    {
      technicianId: number | null;
      contactId: number | null;
      earliest: number;
      from: number;
      to: number;
      afterStart: number;
      afterId: number;
      limit: number;
    },
    JobRow
  >(
    `${SELECT} WHERE j.start_at > @earliest AND j.start_at < @to AND j.end_at > @from
       AND (@technicianId IS NULL OR j.technician_id = @technicianId)
       AND (@contactId IS NULL OR j.contact_id = @contactId)
       AND (j.start_at, j.id) > (@afterStart, @afterId)
     ORDER BY j.start_at, j.id LIMIT @limit`,
  );
  const forContact = db.prepare<[number, number, number, number], JobRow>(
    `${SELECT} WHERE j.contact_id = ? AND (j.start_at, j.id) < (?, ?) ORDER BY j.start_at DESC, j.id DESC LIMIT ?`,
  );
  // A company's jobs: its own and those of its contacts in the list (not the trash).
  const forCompany = db.prepare<{ companyId: number; at: number; id: number; limit: number }, JobRow>(
    `${SELECT} WHERE j.id IN (
       SELECT id FROM (
         SELECT j.id, j.start_at FROM installation_jobs j
         WHERE j.company_id = @companyId AND (j.start_at, j.id) < (@at, @id)
         UNION
         SELECT j.id, j.start_at FROM contacts c JOIN installation_jobs j ON j.contact_id = c.id
         WHERE c.company_id = @companyId AND c.deleted_at IS NULL AND (j.start_at, j.id) < (@at, @id)
       ) ORDER BY start_at DESC, id DESC LIMIT @limit)
     ORDER BY j.start_at DESC, j.id DESC`,
  );
  const idsOfContact = db.prepare<[number], { id: number }>(
    'SELECT id FROM installation_jobs WHERE contact_id = ?',
  );
  const reassignContact = db.prepare(
    `UPDATE installation_jobs SET contact_id = ?, updated_at = ?, version = version + 1
     WHERE id IN (SELECT value FROM json_each(?))`,
  );

  function getRow(id: number): JobRow {
    const row = byId.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This installation job does not exist.', { id });
    return row;
  }

  /** Runs `write` on the row at `version`, or refuses a stale version with CONFLICT. */
  function atVersion(id: number, version: number, write: () => void): InstallationJob {
    return db.transaction(() => {
      if (getRow(id).version !== version) {
        throw new CrmError('CONFLICT', 'Someone else changed this installation job since you opened it.', {
          currentVersion: getRow(id).version,
        });
      }
      write();
      return toJob(getRow(id));
    })();
  }

  return {
    get: (id: number): InstallationJob => toJob(getRow(id)),

    create(fields: JobFields, createdBy: number, at: number): InstallationJob {
      return toJob(getRow(Number(insert.run({ ...stored(fields), createdBy, at }).lastInsertRowid)));
    },

    update: (id: number, version: number, fields: JobFields, at: number): InstallationJob =>
      atVersion(id, version, () => update.run({ ...stored(fields), id, version, at })),

    setStatus: (
      id: number,
      version: number,
      status: InstallationStatus,
      completionNotes: string | null,
      at: number,
    ): InstallationJob =>
      atVersion(id, version, () => updateStatus.run({ id, version, status, completionNotes, at })),

    /** The technician's jobs, cancelled ones aside, whose window overlaps [startAt, endAt); `exceptId` is left out. */
    overlapping: (
      technicianId: number,
      startAt: number,
      endAt: number,
      exceptId: number,
    ): InstallationJob[] =>
      overlapping
        .all({ technicianId, startAt, endAt, earliest: startAt - LONGEST_WINDOW_MS, exceptId })
        .map(toJob),

    /** Jobs whose window overlaps [from, to), earliest first, a page of `limit` after `cursor`. */
    list(
      range: { technicianId: number | null; contactId: number | null; from: number; to: number },
      cursor: string | null,
      limit: number,
    ): { items: InstallationJob[]; nextCursor: string | null } {
      const after = cursor ? decodeCursor(cursor, CURSOR_KEY) : null;
      const rows = inRange.all({
        ...range,
        earliest: range.from - LONGEST_WINDOW_MS,
        afterStart: after ? Number(after.value) : Number.MIN_SAFE_INTEGER,
        afterId: after ? after.id : 0,
        limit: limit + 1,
      });
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toJob),
        (last) => encodeCursor({ key: CURSOR_KEY, value: last.start_at, id: last.id }),
      );
    },

    /** Jobs of a merged-away contact move with it, as an edit (a job open meanwhile gets CONFLICT). */
    contactLink: {
      itemsOf: (contactId: number) => idsOfContact.all(contactId).map((row) => row.id),
      reassign: (ids: readonly number[], contactId: number, at: number) =>
        void reassignContact.run(contactId, at, JSON.stringify(ids)),
    } satisfies ContactLink,

    /** A company's jobs (its own and its contacts') on its timeline, at their start, latest first. */
    companyTimelineSource(companyId: number, before: SourceBound | null, limit: number): TimelineEntry[] {
      const bound = before ?? NEWEST;
      return forCompany.all({ companyId, at: bound.at, id: bound.id, limit }).map(toTimelineEntry);
    },

    /** A contact's jobs on its timeline, at their start, latest first. */
    timelineSource(contactId: number, before: SourceBound | null, limit: number): TimelineEntry[] {
      const bound = before ?? NEWEST;
      return forContact.all(contactId, bound.at, bound.id, limit).map(toTimelineEntry);
    },
  };
}

export type InstallationRepository = ReturnType<typeof createInstallationRepository>;
