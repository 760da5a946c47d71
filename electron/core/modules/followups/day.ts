/** The wall-clock date and time in `timeZone` at `instant`, read as if it were UTC. */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

const offsetAt = (instant: number, timeZone: string) => wallClockAsUtc(instant, timeZone) - instant;

/**
 * The instant the local `wallClock` (a date and time in `timeZone`, read as UTC) happens, `near`
 * being an instant close to it. The offset is read twice because the one at `near` may differ
 * from the one at `wallClock` across a DST change.
 */
function instantOf(wallClock: number, near: number, timeZone: string): number {
  const guess = wallClock - offsetAt(near, timeZone);
  return wallClock - offsetAt(guess, timeZone);
}

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
