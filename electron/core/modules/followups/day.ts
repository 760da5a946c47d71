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
 * The instant the day after the one holding `now` begins in `timeZone`. The offset is read
 * twice because the one at `now` may differ from the one at midnight across a DST change.
 */
export function startOfNextDay(now: number, timeZone: string): number {
  const local = new Date(wallClockAsUtc(now, timeZone));
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1);
  const guess = midnight - offsetAt(now, timeZone);
  return midnight - offsetAt(guess, timeZone);
}
