import { CrmError } from '../../../../shared/errors';
import type { ToolProfile } from '../../../../shared/remote/launch-plan';
import type { RemoteOutcome, RemoteSession, RemoteSettings } from '../../../../shared/remote/contract';
import type { RemoteTool } from '../../../../shared/remote/remote-id';
import type { TimelineEntry } from '../../../../shared/timeline/contract';
import type { LinkedThreadEntry } from '../../../../shared/workorders/contract';
import type { Db } from '../../db/database';
import { decodeCursor, encodeCursor } from '../contacts/cursor';
import type { ContactLink } from '../contacts/links';
import { VISIBLE_TO_USER } from '../contacts/shares-repository';
import type { CustomerScope } from '../contacts/visibility';
import { NEWEST, oldestFirstSource, type SourceBound } from '../timeline/registry';

interface SessionRow {
  id: number;
  agent_id: number;
  agent_name: string;
  contact_id: number | null;
  contact_name: string | null;
  work_order_id: number | null;
  work_order_number: string | null;
  tool: RemoteTool;
  remote_id: string;
  started_at: number;
  ended_at: number | null;
  outcome: RemoteOutcome | null;
  notes: string | null;
  version: number;
}

const SELECT = `SELECT r.*, u.display_name AS agent_name, c.name AS contact_name, w.number AS work_order_number
  FROM remote_sessions r
  JOIN users u ON u.id = r.agent_id
  LEFT JOIN contacts c ON c.id = r.contact_id
  LEFT JOIN workorders w ON w.id = r.work_order_id`;

const CURSOR_KEY = 'remote_started';

const toSession = (row: SessionRow): RemoteSession => ({
  id: row.id,
  agentId: row.agent_id,
  agentName: row.agent_name,
  contactId: row.contact_id,
  contactName: row.contact_name,
  workOrderId: row.work_order_id,
  workOrderNumber: row.work_order_number,
  tool: row.tool,
  remoteId: row.remote_id,
  startedAt: row.started_at,
  endedAt: row.ended_at,
  durationS: row.ended_at === null ? null : Math.round((row.ended_at - row.started_at) / 1000),
  outcome: row.outcome,
  notes: row.notes,
  version: row.version,
});

const toTimelineEntry = (row: SessionRow): TimelineEntry => ({
  kind: 'remoteSession',
  id: row.id,
  at: row.started_at,
  actor: { id: row.agent_id, name: row.agent_name },
  contactId: row.contact_id,
  data: {
    tool: row.tool,
    workOrderId: row.work_order_id,
    workOrderNumber: row.work_order_number,
    endedAt: row.ended_at,
    outcome: row.outcome,
    notes: row.notes,
  },
});

/** Built-in tools opened by their URI until an admin saves the company's own profiles. */
export const DEFAULT_PROFILES: ToolProfile[] = (['rustdesk', 'anydesk', 'teamviewer', 'vnc'] as const).map(
  (tool) => ({ tool, launch: 'uri', program: null, uriTemplate: null, argTemplate: null }),
);

export interface NewSession {
  agentId: number;
  contactId: number | null;
  workOrderId: number | null;
  tool: RemoteTool;
  remoteId: string;
  at: number;
}

export interface SessionPageQuery {
  contactId?: number;
  workOrderId?: number;
  scope: CustomerScope;
  cursor: string | null;
  limit: number;
}

export function createRemoteRepository(db: Db) {
  const settingsRow = db.prepare<
    [],
    { profiles: string | null; default_tool: RemoteTool | null; version: number }
  >('SELECT profiles, default_tool, version FROM remote_settings WHERE id = 1');
  const saveSettings = db.prepare<[string, RemoteTool | null, number]>(
    'UPDATE remote_settings SET profiles = ?, default_tool = ?, version = version + 1 WHERE id = 1 AND version = ?',
  );
  const byId = db.prepare<[number], SessionRow>(`${SELECT} WHERE r.id = ?`);
  const insert = db.prepare<[number, number | null, number | null, RemoteTool, string, number]>(
    `INSERT INTO remote_sessions (agent_id, contact_id, work_order_id, tool, remote_id, started_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const remember = db.prepare<[number, RemoteTool, string, number]>(
    `INSERT INTO contact_remote_ids (contact_id, tool, remote_id, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (contact_id, tool) DO UPDATE SET remote_id = excluded.remote_id, updated_at = excluded.updated_at`,
  );
  const remembered = db.prepare<[number], { tool: RemoteTool; remote_id: string }>(
    'SELECT tool, remote_id FROM contact_remote_ids WHERE contact_id = ? ORDER BY updated_at DESC, tool',
  );
  const end = db.prepare<[number, RemoteOutcome | null, string | null, number, number]>(
    `UPDATE remote_sessions SET ended_at = ?, outcome = ?, notes = ?, version = version + 1
     WHERE id = ? AND version = ? AND ended_at IS NULL`,
  );
  const workOrderNumber = db.prepare<[number], { number: string }>(
    'SELECT number FROM workorders WHERE id = ?',
  );
  const forContactTimeline = db.prepare<[number, number, number, number, number], SessionRow>(
    `${SELECT} WHERE r.contact_id = ? AND (r.started_at < ? OR (r.started_at = ? AND r.id < ?))
     ORDER BY r.started_at DESC, r.id DESC LIMIT ?`,
  );
  const forWorkOrderThread = db.prepare<[number, number, number, number, number], SessionRow>(
    `${SELECT} WHERE r.work_order_id = ? AND (r.started_at > ? OR (r.started_at = ? AND r.id > ?))
     ORDER BY r.started_at, r.id LIMIT ?`,
  );
  const perAgent = db.prepare<
    [number, number, number],
    { agent_id: number; agent_name: string; sessions: number; seconds: number }
  >(
    `SELECT r.agent_id, u.display_name AS agent_name, COUNT(*) AS sessions,
       CAST(SUM(MAX(COALESCE(r.ended_at, r.started_at) - r.started_at, 0)) / 1000 AS INTEGER) AS seconds
     FROM remote_sessions r JOIN users u ON u.id = r.agent_id
     WHERE r.started_at >= ? AND r.started_at < ? AND r.ended_at IS NOT NULL AND r.ended_at <= ?
     GROUP BY r.agent_id ORDER BY seconds DESC, u.display_name`,
  );
  const insertSupportRequest = db.prepare<[number, string | null, string, RemoteTool | null, number]>(
    `INSERT INTO support_requests (user_id, license_id, support_code, tool, requested_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const supportRequestById = db.prepare<
    [number],
    { id: number; user_id: number; tool: RemoteTool | null; requested_at: number }
  >('SELECT id, user_id, tool, requested_at FROM support_requests WHERE id = ?');
  const linked = db.prepare<[number], { id: number }>('SELECT id FROM remote_sessions WHERE contact_id = ?');
  const relink = db.prepare<[number, string]>(
    'UPDATE remote_sessions SET contact_id = ? WHERE id IN (SELECT value FROM json_each(?))',
  );

  function get(id: number): RemoteSession {
    const row = byId.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This remote session does not exist.', { id });
    return toSession(row);
  }

  function page(query: SessionPageQuery): { items: RemoteSession[]; nextCursor: string | null } {
    const where: string[] = [];
    const params: (number | string)[] = [];
    if (query.contactId !== undefined) {
      where.push('r.contact_id = ?');
      params.push(query.contactId);
    }
    if (query.workOrderId !== undefined) {
      where.push('r.work_order_id = ?');
      params.push(query.workOrderId);
    }
    if (query.scope.kind === 'own') {
      // A session about a customer hidden from the caller is hidden with it.
      where.push(
        `(r.contact_id IS NULL OR EXISTS (SELECT 1 FROM contacts c WHERE c.id = r.contact_id AND ${VISIBLE_TO_USER}))`,
      );
      params.push(query.scope.userId, query.scope.userId);
    }
    if (query.cursor) {
      const after = decodeCursor(query.cursor, CURSOR_KEY);
      where.push('(r.started_at < ? OR (r.started_at = ? AND r.id < ?))');
      params.push(after.value, after.value, after.id);
    }
    const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY r.started_at DESC, r.id DESC LIMIT ?`;
    const rows = db.prepare<(number | string)[], SessionRow>(sql).all(...params, query.limit + 1);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(toSession),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ key: CURSOR_KEY, value: last.started_at, id: last.id })
          : null,
    };
  }

  const contactLink: ContactLink = {
    itemsOf: (contactId) => linked.all(contactId).map((row) => row.id),
    reassign: (ids, contactId) => {
      relink.run(contactId, JSON.stringify(ids));
    },
  };

  return {
    settings(): RemoteSettings {
      const row = settingsRow.get()!;
      return {
        version: row.version,
        profiles: row.profiles === null ? DEFAULT_PROFILES : (JSON.parse(row.profiles) as ToolProfile[]),
        defaultTool: row.default_tool,
      };
    },
    /** False when someone saved the settings since `version` was read. */
    saveSettings(profiles: ToolProfile[], defaultTool: RemoteTool | null, version: number): boolean {
      return saveSettings.run(JSON.stringify(profiles), defaultTool, version).changes === 1;
    },
    workOrderExists: (id: number) => workOrderNumber.get(id) !== undefined,
    start(session: NewSession): RemoteSession {
      return db.transaction(() => {
        const { lastInsertRowid } = insert.run(
          session.agentId,
          session.contactId,
          session.workOrderId,
          session.tool,
          session.remoteId,
          session.at,
        );
        if (session.contactId !== null)
          remember.run(session.contactId, session.tool, session.remoteId, session.at);
        return get(Number(lastInsertRowid));
      })();
    },
    rememberedIds: (contactId: number) =>
      remembered.all(contactId).map((row) => ({ tool: row.tool, remoteId: row.remote_id })),
    /** False when the session changed (or ended) since `version` was read. */
    end(
      id: number,
      version: number,
      at: number,
      outcome: RemoteOutcome | null,
      notes: string | null,
    ): boolean {
      return end.run(at, outcome, notes, id, version).changes === 1;
    },
    get,
    page,
    logSupportRequest(
      userId: number,
      licenseId: string | null,
      code: string,
      tool: RemoteTool | null,
      at: number,
    ): number {
      return Number(insertSupportRequest.run(userId, licenseId, code, tool, at).lastInsertRowid);
    },
    supportRequest(id: number) {
      const row = supportRequestById.get(id);
      if (!row) throw new CrmError('NOT_FOUND', 'This support request does not exist.', { id });
      return { id: row.id, userId: row.user_id, tool: row.tool, requestedAt: row.requested_at };
    },
    /** Sessions started in [from, to) and ended by `now`, per agent, most service time first. */
    timePerAgent: (from: number, to: number, now: number) => perAgent.all(from, to, now),
    contactLink,
    timelineSource: (contactId: number, before: SourceBound | null, limit: number): TimelineEntry[] => {
      const bound = before ?? NEWEST;
      return forContactTimeline.all(contactId, bound.at, bound.at, bound.id, limit).map(toTimelineEntry);
    },
    /** A work order's sessions as entries of its thread, oldest first. */
    workOrderThreadSource: oldestFirstSource(forWorkOrderThread, (row): LinkedThreadEntry => ({
      kind: 'remoteSession',
      id: row.id,
      at: row.started_at,
      contactId: row.contact_id,
      session: toSession(row),
    })),
  };
}

export type RemoteRepository = ReturnType<typeof createRemoteRepository>;
