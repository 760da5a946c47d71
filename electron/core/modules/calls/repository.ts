import type { AgentDay, Call, CallDirection, CallOutcome } from '../../../../shared/calls/contract';
import { CrmError } from '../../../../shared/errors';
import type { TimelineEntry } from '../../../../shared/timeline/contract';
import type { Db } from '../../db/database';
import { decodeCursor, encodeCursor, keysetPage } from '../contacts/cursor';
import type { ContactLink } from '../contacts/links';
import { VISIBLE_TO_USER } from '../contacts/shares-repository';
import type { CustomerScope } from '../contacts/visibility';
import { NEWEST, type SourceBound } from '../timeline/registry';

interface CallRow {
  id: number;
  agent_id: number;
  agent_name: string;
  contact_id: number | null;
  contact_name: string | null;
  direction: CallDirection;
  number: string;
  started_at: number;
  answered_at: number | null;
  ended_at: number | null;
  outcome: CallOutcome | null;
  notes: string | null;
  recording_name: string | null;
  recording_size: number | null;
  version: number;
}

const SELECT = `SELECT k.id, k.agent_id, u.display_name AS agent_name, k.contact_id, c.name AS contact_name,
    k.direction, k.number, k.started_at, k.answered_at, k.ended_at, k.outcome, k.notes,
    k.recording_name, k.recording_size, k.version
  FROM calls k
  JOIN users u ON u.id = k.agent_id
  LEFT JOIN contacts c ON c.id = k.contact_id`;

const CURSOR_KEY = 'call_started';

/** Whole seconds between two instants, as the daily report sums them (integer division in SQL). */
const secondsBetween = (from: number, to: number) => Math.floor((to - from) / 1000);

const toCall = (row: CallRow): Call => ({
  id: row.id,
  agentId: row.agent_id,
  agentName: row.agent_name,
  direction: row.direction,
  number: row.number,
  contactId: row.contact_id,
  contactName: row.contact_name,
  startedAt: row.started_at,
  answeredAt: row.answered_at,
  endedAt: row.ended_at,
  durationS: row.ended_at === null ? null : secondsBetween(row.started_at, row.ended_at),
  talkS:
    row.ended_at === null
      ? null
      : row.answered_at === null
        ? 0
        : secondsBetween(row.answered_at, row.ended_at),
  outcome: row.outcome,
  notes: row.notes,
  recording: row.recording_name === null ? null : { fileName: row.recording_name, size: row.recording_size! },
  version: row.version,
});

const toTimelineEntry = (row: CallRow): TimelineEntry => {
  const { direction, number, answeredAt, endedAt, durationS, talkS, outcome, notes } = toCall(row);
  return {
    kind: 'call',
    id: row.id,
    at: row.started_at,
    actor: { id: row.agent_id, name: row.agent_name },
    contactId: row.contact_id,
    data: { direction, number, answeredAt, endedAt, durationS, talkS, outcome, notes },
  };
};

export interface NewCall {
  agentId: number;
  contactId: number | null;
  direction: CallDirection;
  number: string;
  at: number;
}

export interface CallEnd {
  at: number;
  outcome: CallOutcome;
  notes: string | null;
  contactId: number | null;
}

/** A recording kept in the attachment store (workorders/attachments/store.ts). */
export interface StoredRecording {
  fileName: string;
  storedAs: string;
  size: number;
}

export interface CallPageQuery {
  contactId?: number;
  agentId?: number;
  /** Calls started in [from, to). */
  startedIn?: { from: number; to: number };
  scope: CustomerScope;
  cursor: string | null;
  limit: number;
}

export function createCallRepository(db: Db) {
  const byId = db.prepare<[number], CallRow>(`${SELECT} WHERE k.id = ?`);
  const insert = db.prepare<[number, number | null, CallDirection, string, number, number, number]>(
    `INSERT INTO calls (agent_id, contact_id, direction, number, started_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const answer = db.prepare<[number, number, number, number]>(
    `UPDATE calls SET answered_at = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ? AND answered_at IS NULL AND ended_at IS NULL`,
  );
  const end = db.prepare<[number, CallOutcome, string | null, number | null, number, number, number]>(
    `UPDATE calls SET ended_at = ?, outcome = ?, notes = ?, contact_id = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ? AND ended_at IS NULL`,
  );
  const update = db.prepare<[string | null, number | null, number, number, number]>(
    `UPDATE calls SET notes = ?, contact_id = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ? AND ended_at IS NOT NULL`,
  );
  const perAgent = db.prepare<[number, number], AgentDay>(
    `SELECT k.agent_id AS agentId, u.display_name AS agentName, COUNT(*) AS calls,
       SUM(k.direction = 'inbound') AS inbound, SUM(k.direction = 'outbound') AS outbound,
       SUM(k.outcome = 'answered') AS answered,
       SUM((k.ended_at - k.started_at) / 1000) AS durationS,
       SUM(CASE WHEN k.answered_at IS NULL THEN 0 ELSE (k.ended_at - k.answered_at) / 1000 END) AS talkS
     FROM calls k JOIN users u ON u.id = k.agent_id
     WHERE k.started_at >= ? AND k.started_at < ? AND k.ended_at IS NOT NULL
     GROUP BY k.agent_id ORDER BY u.display_name, k.agent_id`,
  );
  const forContactTimeline = db.prepare<[number, number, number, number, number], CallRow>(
    `${SELECT} WHERE k.contact_id = ? AND (k.started_at < ? OR (k.started_at = ? AND k.id < ?))
     ORDER BY k.started_at DESC, k.id DESC LIMIT ?`,
  );
  const recordingOf = db.prepare<[number], { stored_as: string | null }>(
    'SELECT recording_stored_as AS stored_as FROM calls WHERE id = ?',
  );
  const setRecording = db.prepare<[string | null, string | null, number | null, number, number]>(
    `UPDATE calls SET recording_name = ?, recording_stored_as = ?, recording_size = ?, updated_at = ?,
       version = version + 1
     WHERE id = ? AND ended_at IS NOT NULL`,
  );
  const linked = db.prepare<[number], { id: number }>('SELECT id FROM calls WHERE contact_id = ?');
  const relink = db.prepare<[number, number, string]>(
    `UPDATE calls SET contact_id = ?, updated_at = ?, version = version + 1
     WHERE id IN (SELECT value FROM json_each(?))`,
  );

  function get(id: number): Call {
    const row = byId.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This call does not exist.', { id });
    return toCall(row);
  }

  function page(query: CallPageQuery): { items: Call[]; nextCursor: string | null } {
    const where: string[] = [];
    const params: number[] = [];
    if (query.contactId !== undefined) {
      where.push('k.contact_id = ?');
      params.push(query.contactId);
    }
    if (query.agentId !== undefined) {
      where.push('k.agent_id = ?');
      params.push(query.agentId);
    }
    if (query.startedIn) {
      where.push('k.started_at >= ? AND k.started_at < ?');
      params.push(query.startedIn.from, query.startedIn.to);
    }
    if (query.scope.kind === 'own') {
      // A call with a customer hidden from the caller is hidden with it; an unknown caller's is not.
      where.push(
        `(k.contact_id IS NULL OR EXISTS (SELECT 1 FROM contacts c WHERE c.id = k.contact_id AND ${VISIBLE_TO_USER}))`,
      );
      params.push(query.scope.userId, query.scope.userId);
    }
    if (query.cursor) {
      const after = decodeCursor(query.cursor, CURSOR_KEY);
      where.push('(k.started_at < ? OR (k.started_at = ? AND k.id < ?))');
      params.push(Number(after.value), Number(after.value), after.id);
    }
    const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY k.started_at DESC, k.id DESC LIMIT ?`;
    const rows = db.prepare<number[], CallRow>(sql).all(...params, query.limit + 1);
    return keysetPage(
      rows,
      query.limit,
      (shown) => shown.map(toCall),
      (last) => encodeCursor({ key: CURSOR_KEY, value: last.started_at, id: last.id }),
    );
  }

  const contactLink: ContactLink = {
    itemsOf: (contactId) => linked.all(contactId).map((row) => row.id),
    reassign: (ids, contactId, at) => {
      relink.run(contactId, at, JSON.stringify(ids));
    },
  };

  return {
    get,
    page,
    log(call: NewCall): Call {
      const { lastInsertRowid } = insert.run(
        call.agentId,
        call.contactId,
        call.direction,
        call.number,
        call.at,
        call.at,
        call.at,
      );
      return get(Number(lastInsertRowid));
    },
    /** False when the call changed, was answered or ended since `version` was read. */
    answer: (id: number, version: number, at: number): boolean =>
      answer.run(at, at, id, version).changes === 1,
    /** False when the call changed or ended since `version` was read. */
    end: (id: number, version: number, change: CallEnd): boolean =>
      end.run(change.at, change.outcome, change.notes, change.contactId, change.at, id, version).changes ===
      1,
    /** False when the call is still running or changed since `version` was read. */
    update: (id: number, version: number, notes: string | null, contactId: number | null, at: number) =>
      update.run(notes, contactId, at, id, version).changes === 1,
    /** The stored name of a call's recording file; null when it has none. */
    recordingFile: (id: number): string | null => recordingOf.get(id)?.stored_as ?? null,
    /** Sets or clears (null) an ended call's recording; false when the call has not ended. */
    setRecording: (id: number, recording: StoredRecording | null, at: number): boolean =>
      setRecording.run(
        recording?.fileName ?? null,
        recording?.storedAs ?? null,
        recording?.size ?? null,
        at,
        id,
      ).changes === 1,
    /** Ended calls started in [from, to), per agent, by agent name. */
    perAgent: (from: number, to: number): AgentDay[] => perAgent.all(from, to),
    contactLink,
    timelineSource: (contactId: number, before: SourceBound | null, limit: number): TimelineEntry[] => {
      const bound = before ?? NEWEST;
      return forContactTimeline.all(contactId, bound.at, bound.at, bound.id, limit).map(toTimelineEntry);
    },
  };
}

export type CallRepository = ReturnType<typeof createCallRepository>;
