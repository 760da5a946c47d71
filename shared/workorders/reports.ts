import { z } from 'zod';
import { calendarDay } from '../calendar-day';
import { procedure } from '../procedure';
import { timeZone } from '../time-zone';
import { OPEN_STATUSES } from './contract';

/** The longest range one report covers, in days: two years. */
export const REPORT_MOST_DAYS = 731;

export const REPORT_GROUPINGS = ['week', 'month'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

const count = z.number().int().min(0);
const durationMs = z.number().int().min(0).nullable();

/**
 * One week (ISO, Monday to Sunday) or month of the report, cut to the range asked for. A work
 * order counts as opened when created, as closed when resolved (closing one that was never
 * resolved resolves it too); the averages are over the work orders resolved in the period.
 */
export const reportPeriod = z.object({
  /** `2025-W02` or `2025-01`. */
  label: z.string(),
  firstDay: calendarDay,
  lastDay: calendarDay,
  opened: count,
  closed: count,
  /** Of the closed ones, how many had a first response (a public reply by someone other than their creator). */
  responded: count,
  avgFirstResponseMs: durationMs,
  avgResolutionMs: durationMs,
});
export type ReportPeriod = z.infer<typeof reportPeriod>;

/** One assignee's open work orders now (assigneeId null: the unassigned ones). */
export const assigneeLoad = z.object({
  assigneeId: z.number().int().positive().nullable(),
  assigneeName: z.string().nullable(),
  open: count,
  byStatus: z.object(
    Object.fromEntries(OPEN_STATUSES.map((status) => [status, count])) as {
      [S in (typeof OPEN_STATUSES)[number]]: typeof count;
    },
  ),
  /** When the oldest of them was opened. */
  oldestOpenAt: z.number().int(),
});
export type AssigneeLoad = z.infer<typeof assigneeLoad>;

export const workOrderReport = z.object({
  /** `company`: everyone's work orders (admins); `mine`: those assigned to the caller. */
  scope: z.enum(['company', 'mine']),
  periods: z.array(reportPeriod),
  totals: reportPeriod.omit({ label: true }),
  load: z.array(assigneeLoad),
});
export type WorkOrderReport = z.infer<typeof workOrderReport>;

export const workOrderReportProcedures = {
  /**
   * Opened and closed work orders per week (or month) from `from` to `to` (calendar days in
   * `timeZone`, both included), the average first response and resolution times, and the open
   * load per assignee now. Admins see the company's; everyone else the work orders assigned to them.
   */
  'workorders.report': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({ from: calendarDay, to: calendarDay, timeZone, groupBy: z.enum(REPORT_GROUPINGS).optional() })
      .strict(),
    output: workOrderReport,
  }),
};
