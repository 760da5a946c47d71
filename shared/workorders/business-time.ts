import { instantOf, wallClockAsUtc } from '../wall-clock';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far `addBusinessMs` looks for open time before it gives up (a calendar with almost none). */
const SEARCH_DAYS = 800;

/** An open interval of a weekday, in minutes of the local day; an end at or before its start runs past midnight. */
export interface OpenInterval {
  start: number;
  end: number;
}

/** When the company works: the calculator's view of the SLA settings (shared/workorders/sla.ts). */
export interface BusinessCalendar {
  timeZone: string;
  /** Open intervals per weekday, Sunday first as Date.getUTCDay counts, each day's sorted by start. */
  week: readonly (readonly OpenInterval[])[];
  /** Closed local dates, `YYYY-MM-DD`; an overnight interval belongs to the day it starts on. */
  holidays: ReadonlySet<string>;
}

const localDate = (wallClockDay: number) => new Date(wallClockDay).toISOString().slice(0, 10);

/**
 * The calendar's open windows `[start, end)` as instants, in order, from the local day before
 * the one holding `from` (whose overnight interval may still be open) for `days` days. Windows
 * that overlap (an overnight interval and the next morning's) are clipped so time counts once.
 */
function* openWindows(calendar: BusinessCalendar, from: number, days: number): Generator<[number, number]> {
  const { timeZone } = calendar;
  const firstDay = Math.floor(wallClockAsUtc(from, timeZone) / DAY_MS) * DAY_MS - DAY_MS;
  let covered = -Infinity;
  for (let day = firstDay; day < firstDay + days * DAY_MS; day += DAY_MS) {
    if (calendar.holidays.has(localDate(day))) continue;
    for (const { start, end } of calendar.week[new Date(day).getUTCDay()] ?? []) {
      const startWall = day + start * MINUTE_MS;
      const endWall = day + (end > start ? end : end + 1440) * MINUTE_MS;
      const opens = Math.max(instantOf(startWall, startWall, timeZone), covered);
      const closes = instantOf(endWall, endWall, timeZone);
      if (closes <= opens) continue;
      covered = closes;
      yield [opens, closes];
    }
  }
}

/**
 * The instant `ms` of business time after `from`: the clock runs only in open windows, so from a
 * closed time it starts at the next opening. Null when the calendar has no such time ahead.
 */
export function addBusinessMs(calendar: BusinessCalendar, from: number, ms: number): number | null {
  if (ms <= 0) return from;
  let remaining = ms;
  for (const [opens, closes] of openWindows(calendar, from, SEARCH_DAYS)) {
    const start = Math.max(opens, from);
    if (closes <= start) continue;
    if (closes - start >= remaining) return start + remaining;
    remaining -= closes - start;
  }
  return null;
}

/** Business time from `from` to `to` in ms; negative when `to` comes first. */
export function businessMsBetween(calendar: BusinessCalendar, from: number, to: number): number {
  if (to < from) return -businessMsBetween(calendar, to, from);
  let total = 0;
  for (const [opens, closes] of openWindows(calendar, from, Math.ceil((to - from) / DAY_MS) + 3)) {
    if (opens >= to) break;
    total += Math.max(0, Math.min(closes, to) - Math.max(opens, from));
  }
  return total;
}

export const addBusinessMinutes = (calendar: BusinessCalendar, from: number, minutes: number) =>
  addBusinessMs(calendar, from, minutes * MINUTE_MS);

/** Whole business minutes from `from` to `to`, towards zero; negative when `to` comes first. */
export const businessMinutesBetween = (calendar: BusinessCalendar, from: number, to: number) =>
  Math.trunc(businessMsBetween(calendar, from, to) / MINUTE_MS);
