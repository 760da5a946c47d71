import { calendarDay } from '../../../shared/calendar-day';
import { REPORT_MOST_DAYS, type ReportGrouping } from '../../../shared/workorders/reports';

export interface ReportRange {
  from: string;
  to: string;
  groupBy: ReportGrouping;
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/** The local calendar day of a Date, `YYYY-MM-DD`. */
export const localDay = (date: Date) =>
  `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;

/** Twelve weeks up to today: this week and the eleven before it, from a Monday. */
export function lastTwelveWeeks(now: Date): ReportRange {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7) - 77);
  return { from: localDay(monday), to: localDay(now), groupBy: 'week' };
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** What is wrong with the range, for the field to show; null when the report can be asked for. */
export function rangeProblem(range: ReportRange): 'from' | 'to' | 'order' | 'tooLong' | null {
  if (!calendarDay.safeParse(range.from).success) return 'from';
  if (!calendarDay.safeParse(range.to).success) return 'to';
  if (range.to < range.from) return 'order';
  if (dayNumber(range.to) - dayNumber(range.from) + 1 > REPORT_MOST_DAYS) return 'tooLong';
  return null;
}
