import { z } from 'zod';

/**
 * Licence dates are calendar days, `YYYY-MM-DD`, read as UTC days. A day names what was sold
 * ("updates until 31 December 2027"), reads the same in a key, in `inspect` and on the phone
 * to support, compares as text, and does not depend on the time zone of the machine that issued it.
 * An "until" day is included: its last millisecond still counts.
 */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(isRealDate, 'a day that exists in the calendar');
export type CalendarDate = z.infer<typeof calendarDate>;

export const DAY_MS = 24 * 60 * 60 * 1000;

function isRealDate(text: string): boolean {
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(ms) && dayOf(ms) === text;
}

/** The UTC day an instant falls on. */
export function dayOf(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first millisecond of a day (UTC). */
export function startOfDay(day: CalendarDate): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The first millisecond after a day (UTC): an "until" day has passed once this is reached. */
export function endOfDay(day: CalendarDate): number {
  return startOfDay(day) + DAY_MS;
}
