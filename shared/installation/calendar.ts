import { instantOf, wallClockAsUtc } from '../wall-clock';

/** Calendar days (`YYYY-MM-DD`) and wall-clock times (`HH:MM`) of the installation calendar. */

const DAY_MS = 86_400_000;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The instant the wall-clock `time` (`HH:MM`) of `day` happens in `timeZone`. */
export function instantAt(day: string, time: string, timeZone: string): number {
  const wallClock = Date.parse(`${day}T${time}:00Z`);
  return instantOf(wallClock, wallClock, timeZone);
}

/** The day and the `HH:MM` time of `instant` in `timeZone`. */
export function localDayAndTime(instant: number, timeZone: string): { day: string; time: string } {
  const iso = new Date(wallClockAsUtc(instant, timeZone)).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The calendar day `count` days after `day` (before it when negative). */
export const addDays = (day: string, count: number): string =>
  dayOf(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS);

/** The seven days, Monday first, of the week holding `day`. */
export function weekDays(day: string): string[] {
  const monday = addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}
