/**
 * Wall clocks of a time zone. A wall-clock time is a local date and time written as if it were
 * UTC (Date.UTC of its fields), so that day arithmetic on it needs no time zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than using it. */
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time in `timeZone` at `instant`, read as if it were UTC. */
export function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = formatterOf(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

const offsetAt = (instant: number, timeZone: string) => wallClockAsUtc(instant, timeZone) - instant;

/**
 * The instant the local `wallClock` (a date and time in `timeZone`, read as UTC) happens, `near`
 * being an instant close to it. The offset is read twice because the one at `near` may differ
 * from the one at `wallClock` across a DST change.
 */
export function instantOf(wallClock: number, near: number, timeZone: string): number {
  const guess = wallClock - offsetAt(near, timeZone);
  return wallClock - offsetAt(guess, timeZone);
}
