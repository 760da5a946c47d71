const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` input shows it: the local wall-clock time, to the minute. */
export function toDueInput(at: number | null): string {
  if (at === null) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as an instant: null when empty, NaN when not a date. */
export function fromDueInput(value: string): number | null {
  if (value.trim() === '') return null;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? new Date(value).getTime() : Number.NaN;
}

/** The default due time of a new follow-up: the next full hour. */
export function nextFullHour(now: number): number {
  const d = new Date(now);
  d.setMinutes(0, 0, 0);
  return d.getTime() + 3_600_000;
}
