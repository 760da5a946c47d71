import type { TFunction } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * An average time as a manager reads it, to the two largest units: `45 min`, `3 h 20 min`,
 * `2 d 4 h`; under a minute counts as `< 1 min`.
 */
export function formatReportDuration(ms: number, t: TFunction): string {
  if (ms < MINUTE) return t('workorderReports.units.underMinute');
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return t('workorderReports.units.daysHours', { days, hours });
  if (hours > 0) return t('workorderReports.units.hoursMinutes', { hours, minutes });
  return t('workorderReports.units.minutes', { minutes });
}

/** An average, or a dash when nothing was closed to average. */
export const formatAverage = (ms: number | null, t: TFunction) =>
  ms === null ? '—' : formatReportDuration(ms, t);

/** Hours with two decimals, as a spreadsheet sums them; blank when there is nothing to average. */
export const hoursCell = (ms: number | null) => (ms === null ? '' : (ms / HOUR).toFixed(2));
