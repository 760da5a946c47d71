import { instantOf, wallClockAsUtc } from '../../../../shared/wall-clock';

/** The instant the day after the one holding `now` begins in `timeZone`. */
export function startOfNextDay(now: number, timeZone: string): number {
  const local = new Date(wallClockAsUtc(now, timeZone));
  return instantOf(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1),
    now,
    timeZone,
  );
}

/** The instant a month begins in `timeZone`: the one holding `now`, or `monthsAhead` months after it (or before, when negative). */
export function startOfMonth(now: number, timeZone: string, monthsAhead = 0): number {
  const local = new Date(wallClockAsUtc(now, timeZone));
  return instantOf(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + monthsAhead, 1), now, timeZone);
}

/** The instant the calendar day `YYYY-MM-DD` begins in `timeZone`. */
export function startOfDay(day: string, timeZone: string): number {
  const wallClock = Date.parse(`${day}T00:00:00Z`);
  return instantOf(wallClock, wallClock, timeZone);
}
