/** A list's date column: the time for today, the day for this year, else the full date. */
export function formatShortDate(at: number, now: number, language: string): string {
  const date = new Date(at);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) {
    return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(date);
  }
  const options: Intl.DateTimeFormatOptions =
    date.getFullYear() === today.getFullYear()
      ? { month: 'short', day: 'numeric' }
      : { year: 'numeric', month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(language, options).format(date);
}

export function formatDateTime(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

/** A licence's calendar day (`YYYY-MM-DD`, a UTC day) in words, the same in every time zone. */
export function formatCalendarDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
