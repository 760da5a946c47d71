import type { Statement } from 'better-sqlite3';
import { CrmError } from '../../../../../shared/errors';
import type { WorkOrderPriority, WorkOrderStatus } from '../../../../../shared/workorders/contract';
import type { SlaTarget } from '../../../../../shared/workorders/sla-timers';
import type { Db } from '../../../db/database';
import type { SlaState, SlaTimers } from './timers';

interface StateRow {
  id: number;
  number: string;
  subject: string;
  priority: WorkOrderPriority;
  status: WorkOrderStatus;
  created_at: number;
  first_response_at: number | null;
  resolved_at: number | null;
  sla_paused_ms: number;
  sla_paused_at: number | null;
  first_response_breached_at: number | null;
  resolution_breached_at: number | null;
}

/** A work order's SLA state with what a breach notice names. */
export interface SlaRecord extends SlaState {
  id: number;
  number: string;
  subject: string;
}

const toRecord = (row: StateRow): SlaRecord => ({
  id: row.id,
  number: row.number,
  subject: row.subject,
  priority: row.priority,
  status: row.status,
  createdAt: row.created_at,
  firstResponseAt: row.first_response_at,
  resolvedAt: row.resolved_at,
  pausedMs: row.sla_paused_ms,
  pausedAt: row.sla_paused_at,
  firstResponseBreachedAt: row.first_response_breached_at,
  resolutionBreachedAt: row.resolution_breached_at,
});

const STATE = `SELECT id, number, subject, priority, status, created_at, first_response_at, resolved_at,
  sla_paused_ms, sla_paused_at, first_response_breached_at, resolution_breached_at FROM workorders`;

const BREACHED_COLUMN: Record<SlaTarget, string> = {
  firstResponse: 'first_response_breached_at',
  resolution: 'resolution_breached_at',
};

/** The SLA settings row and the timer columns of the work orders (migration 0013). */
export function createSlaRepository(db: Db) {
  const settingsRow = db.prepare<[], { version: number; settings: string | null; applied: number }>(
    'SELECT version, settings, applied FROM workorder_sla WHERE id = 1',
  );
  const saveSettings = db.prepare(
    'UPDATE workorder_sla SET settings = ?, version = version + 1, applied = 0 WHERE id = 1',
  );
  const markApplied = db.prepare('UPDATE workorder_sla SET applied = 1 WHERE id = 1');
  const stateById = db.prepare<[number], StateRow>(`${STATE} WHERE id = ?`);
  // Only open work orders have running timers; the others get theirs again when reopened.
  const openIds = db.prepare<[], { id: number }>(
    `SELECT id FROM workorders WHERE status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer')`,
  );
  const setTimers = db.prepare(
    `UPDATE workorders SET first_response_due_at = @firstResponseDueAt, resolution_due_at = @resolutionDueAt,
       sla_paused_ms = @pausedMs, sla_paused_at = @pausedAt, sla_due_at = @dueAt, sla_breach_at = @breachAt
     WHERE id = @id`,
  );
  const breachStatements = Object.fromEntries(
    Object.entries(BREACHED_COLUMN).map(([target, column]) => [
      target,
      db.prepare<[number, number]>(`UPDATE workorders SET ${column} = ? WHERE id = ? AND ${column} IS NULL`),
    ]),
  ) as Record<SlaTarget, Statement<[number, number]>>;
  const nextBreachAt = db.prepare<[], { at: number | null }>(
    'SELECT min(sla_breach_at) AS at FROM workorders WHERE sla_breach_at IS NOT NULL',
  );
  const dueBreaches = db.prepare<[number, number], StateRow>(
    `${STATE} WHERE sla_breach_at IS NOT NULL AND sla_breach_at <= ? ORDER BY sla_breach_at LIMIT ?`,
  );

  return {
    /** The stored settings (null: the defaults), their version, and whether open timers follow them. */
    settings() {
      const row = settingsRow.get()!;
      return { version: row.version, settings: row.settings, applied: row.applied === 1 };
    },

    /** Stores the settings as JSON at `version`, or refuses a stale version with CONFLICT. */
    saveSettings(version: number, settings: string): void {
      const current = settingsRow.get()!.version;
      if (current !== version) {
        throw new CrmError('CONFLICT', 'Someone else changed the SLA settings since you opened them.', {
          currentVersion: current,
        });
      }
      saveSettings.run(settings);
    },

    markApplied: () => void markApplied.run(),

    state(id: number): SlaRecord {
      const row = stateById.get(id);
      if (!row) throw new CrmError('NOT_FOUND', 'This work order does not exist.', { id });
      return toRecord(row);
    },

    openIds: () => openIds.all().map((row) => row.id),

    setTimers: (id: number, timers: SlaTimers) => void setTimers.run({ ...timers, id }),

    /** Records a breach once: a target already recorded keeps its first time. */
    markBreached: (id: number, target: SlaTarget, at: number) => void breachStatements[target].run(at, id),

    nextBreachAt: (): number | null => nextBreachAt.get()!.at,

    dueBreaches: (now: number, limit: number): SlaRecord[] => dueBreaches.all(now, limit).map(toRecord),

    transaction: <T>(work: () => T): T => db.transaction(work)(),
  };
}

export type SlaRepository = ReturnType<typeof createSlaRepository>;
