import type { ReportGrouping } from '../../../../../shared/workorders/reports';

const DAY_MS = 86_400_000;

/** A period of the report in calendar days, cut to the range. */
export interface CalendarPeriod {
  label: string;
  firstDay: string;
  lastDay: string;
}

const dayOf = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);
const utcMidnightOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string) =>
  (utcMidnightOf(to) - utcMidnightOf(from)) / DAY_MS + 1;

/** `2025-W02`: the ISO year and week of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekLabel(day: string): string {
  const date = utcMidnightOf(day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = new Date(date + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The first day of the period holding `day`. */
function periodStart(day: string, groupBy: ReportGrouping): number {
  const date = utcMidnightOf(day);
  if (groupBy === 'month') return utcMidnightOf(`${day.slice(0, 7)}-01`);
  return date - ((new Date(date).getUTCDay() + 6) % 7) * DAY_MS;
}

function nextPeriodStart(start: number, groupBy: ReportGrouping): number {
  if (groupBy === 'week') return start + 7 * DAY_MS;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** The weeks (or months) from `from` to `to`, the first and last cut to the range. */
export function calendarPeriods(from: string, to: string, groupBy: ReportGrouping): CalendarPeriod[] {
  const periods: CalendarPeriod[] = [];
  const end = utcMidnightOf(to);
  for (let start = periodStart(from, groupBy); start <= end; start = nextPeriodStart(start, groupBy)) {
    const firstDay = dayOf(Math.max(start, utcMidnightOf(from)));
    const lastDay = dayOf(Math.min(nextPeriodStart(start, groupBy) - DAY_MS, end));
    const label = groupBy === 'week' ? isoWeekLabel(dayOf(start)) : dayOf(start).slice(0, 7);
    periods.push({ label, firstDay, lastDay });
  }
  return periods;
}

/** The day after `day`. */
export const nextDay = (day: string) => dayOf(utcMidnightOf(day) + DAY_MS);
