import { csvLine, UTF8_BOM } from '../../../shared/csv/csv-write';
import { OPEN_STATUSES } from '../../../shared/workorders/contract';
import type { AssigneeLoad, ReportPeriod } from '../../../shared/workorders/reports';
import { hoursCell } from './reportDuration';

/** The headers in the user's language; the cells as a spreadsheet reads them. */
export interface PeriodsHeader {
  period: string;
  firstDay: string;
  lastDay: string;
  opened: string;
  closed: string;
  avgFirstResponseHours: string;
  avgResolutionHours: string;
}

export interface LoadHeader {
  assignee: string;
  open: string;
  statuses: Record<(typeof OPEN_STATUSES)[number], string>;
  oldestOpen: string;
}

/** A BOM so that Excel reads UTF-8 names; formulas in names neutralised by csvLine. */
const csvDocument = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  UTF8_BOM + csvLine(header) + rows.map((row) => csvLine(row)).join('');

export function periodsCsv(header: PeriodsHeader, periods: readonly ReportPeriod[]): string {
  return csvDocument(
    Object.values(header),
    periods.map((period) => [
      period.label,
      period.firstDay,
      period.lastDay,
      String(period.opened),
      String(period.closed),
      hoursCell(period.avgFirstResponseMs),
      hoursCell(period.avgResolutionMs),
    ]),
  );
}

/**
 * One line per assignee; `unassigned` names the open work orders of nobody; `day` writes the
 * oldest one's opening as the user's calendar day.
 */
export function loadCsv(
  header: LoadHeader,
  load: readonly AssigneeLoad[],
  unassigned: string,
  day: (at: number) => string,
): string {
  return csvDocument(
    [
      header.assignee,
      header.open,
      ...OPEN_STATUSES.map((status) => header.statuses[status]),
      header.oldestOpen,
    ],
    load.map((row) => [
      row.assigneeName ?? unassigned,
      String(row.open),
      ...OPEN_STATUSES.map((status) => String(row.byStatus[status])),
      day(row.oldestOpenAt),
    ]),
  );
}

export const reportFileName = (table: 'periods' | 'load', from: string, to: string) =>
  table === 'load' ? `workorder-load-${to}.csv` : `workorder-report-${from}-${to}.csv`;
