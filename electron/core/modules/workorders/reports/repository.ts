import type { Statement } from 'better-sqlite3';
import { OPEN_STATUSES } from '../../../../../shared/workorders/contract';
import type { AssigneeLoad } from '../../../../../shared/workorders/reports';
import type { Db } from '../../../db/database';

/** A period as instants: from `start` (included) to `end` (excluded). */
export interface InstantPeriod {
  start: number;
  end: number;
}

/** A period's figures as sums, so that periods add up to a range exactly. */
export interface PeriodSums {
  opened: number;
  closed: number;
  responded: number;
  /** Over the closed ones that had a first response. */
  firstResponseMs: number;
  /** Over the closed ones. */
  resolutionMs: number;
}

interface LoadRow {
  assignee_id: number | null;
  assignee_name: string | null;
  status: (typeof OPEN_STATUSES)[number];
  n: number;
  oldest: number;
}

export interface PeriodCounts {
  opened: number;
  closed: number;
  responded: number;
  avgFirstResponseMs: number | null;
  avgResolutionMs: number | null;
}

/** Must stay the very text of the open-load partial index (migration 0014). */
const OPEN = `w.status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer')`;
/** Every work order, or those of one assignee; the constants the statements are built from. */
const SCOPES = {
  company: () => '',
  mine: (alias: string) => `AND ${alias}.assignee_id = @assigneeId`,
} as const;
type Scope = keyof typeof SCOPES;

/**
 * One period: its opened count, read by range from the creation index, and the sums of its
 * resolved work orders, read by range from the resolution index that also holds their creation
 * and first-response times. One statement per period: each is a range of an index with nothing
 * to sort, where grouping all periods in one statement would sort every resolved row.
 */
const periodSql = (scope: Scope) => `
  SELECT
    (SELECT count(*) FROM workorders w
      WHERE w.created_at >= @start AND w.created_at < @end ${SCOPES[scope]('w')}) AS opened,
    count(*) AS closed,
    count(r.first_response_at) AS responded,
    total(r.first_response_at - r.created_at) AS firstResponseMs,
    total(r.resolved_at - r.created_at) AS resolutionMs
  FROM workorders r
  WHERE r.resolved_at >= @start AND r.resolved_at < @end ${SCOPES[scope]('r')}`;

/** The open work orders counted from the partial index; the few groups then get their names. */
const loadSql = (scope: Scope) => `
  SELECT l.*, u.display_name AS assignee_name FROM (
    SELECT w.assignee_id, w.status, count(*) AS n, min(w.created_at) AS oldest FROM workorders w
    WHERE ${OPEN} ${SCOPES[scope]('w')}
    GROUP BY w.assignee_id, w.status) l
  LEFT JOIN users u ON u.id = l.assignee_id`;

const average = (sum: number, count: number) => (count === 0 ? null : Math.round(sum / count));

/** The figures of periods together, or of one; averages over what was closed in them. */
export function periodCounts(...periods: PeriodSums[]): PeriodCounts {
  const add = (key: keyof PeriodSums) => periods.reduce((sum, period) => sum + period[key], 0);
  const closed = add('closed');
  const responded = add('responded');
  return {
    opened: add('opened'),
    closed,
    responded,
    avgFirstResponseMs: average(add('firstResponseMs'), responded),
    avgResolutionMs: average(add('resolutionMs'), closed),
  };
}

const emptyByStatus = () =>
  Object.fromEntries(OPEN_STATUSES.map((status) => [status, 0])) as AssigneeLoad['byStatus'];

/** The work-order report's reads; the work-order tables are the workorders module's own. */
export function createWorkOrderReportRepository(db: Db) {
  const periodStatements = {
    company: db.prepare<Record<string, unknown>, PeriodSums>(periodSql('company')),
    mine: db.prepare<Record<string, unknown>, PeriodSums>(periodSql('mine')),
  } satisfies Record<Scope, Statement<Record<string, unknown>, PeriodSums>>;
  const loadStatements = {
    company: db.prepare<Record<string, unknown>, LoadRow>(loadSql('company')),
    mine: db.prepare<Record<string, unknown>, LoadRow>(loadSql('mine')),
  } satisfies Record<Scope, Statement<Record<string, unknown>, LoadRow>>;

  /** `assigneeId` null: the whole company's. */
  const parameters = (assigneeId: number | null) => (assigneeId === null ? {} : { assigneeId });
  const scopeOf = (assigneeId: number | null): Scope => (assigneeId === null ? 'company' : 'mine');

  return {
    /** The sums of each period, in order, read in one transaction so that they agree. */
    periods(periods: readonly InstantPeriod[], assigneeId: number | null): PeriodSums[] {
      const statement = periodStatements[scopeOf(assigneeId)];
      return db.transaction(() =>
        periods.map(({ start, end }) => statement.get({ start, end, ...parameters(assigneeId) })!),
      )();
    },

    /** The open work orders per assignee now, most first; the unassigned ones as assignee null. */
    load(assigneeId: number | null): AssigneeLoad[] {
      const byAssignee = new Map<number | null, AssigneeLoad>();
      for (const row of loadStatements[scopeOf(assigneeId)].all(parameters(assigneeId))) {
        const load = byAssignee.get(row.assignee_id) ?? {
          assigneeId: row.assignee_id,
          assigneeName: row.assignee_name,
          open: 0,
          byStatus: emptyByStatus(),
          oldestOpenAt: row.oldest,
        };
        load.open += row.n;
        load.byStatus[row.status] = row.n;
        load.oldestOpenAt = Math.min(load.oldestOpenAt, row.oldest);
        byAssignee.set(row.assignee_id, load);
      }
      return [...byAssignee.values()].sort(
        (a, b) =>
          b.open - a.open ||
          (a.assigneeName ?? '\uffff').localeCompare(b.assigneeName ?? '\uffff') ||
          (a.assigneeId ?? 0) - (b.assigneeId ?? 0),
      );
    },
  };
}

export type WorkOrderReportRepository = ReturnType<typeof createWorkOrderReportRepository>;
