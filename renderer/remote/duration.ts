const pad2 = (value: number) => String(value).padStart(2, '0');

/** Service time as a report shows it, `h:mm`, to the nearest minute: 3 720 s is `1:02`. */
export function formatServiceTime(seconds: number): string {
  const minutes = Math.round(Math.max(0, seconds) / 60);
  return `${Math.floor(minutes / 60)}:${pad2(minutes % 60)}`;
}

/** A running session's clock, `m:ss` and from an hour on `h:mm:ss`. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(seconds / 3600);
  const rest = `${pad2(Math.floor((seconds % 3600) / 60))}:${pad2(seconds % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest.replace(/^0/, '');
}
