/** A job's window in words in `timeZone`: "Tue 7 Jan, 09:00 – 11:00". */
export function formatWindow(
  window: { startAt: number; endAt: number },
  language: string,
  timeZone: string,
): string {
  const day = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone,
  });
  const time = new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  return `${day.format(window.startAt)}, ${time.format(window.startAt)} – ${time.format(window.endAt)}`;
}
