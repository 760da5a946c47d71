import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`, that exists (no 2025-02-30). */
export const calendarDay = z.string().refine((day) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}, 'a day that exists, as YYYY-MM-DD');
