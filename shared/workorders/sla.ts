import { z } from 'zod';
import { procedure } from '../procedure';
import { timeZone } from '../time-zone';
import type { BusinessCalendar, OpenInterval } from './business-time';
import { WORK_ORDER_PRIORITIES, type WorkOrderPriority } from './contract';

/** Monday first, as the settings page lists them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The longest target: a year of business minutes. */
export const MAX_TARGET_MINUTES = 366 * 24 * 60;

/** `HH:MM` on a 24-hour clock; `24:00` ends a day. */
const clockTime = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'time');

export const minutesOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** An open interval; one that ends at or before its start runs past midnight (22:00–06:00). */
const openHours = z
  .object({ start: clockTime, end: clockTime })
  .strict()
  .refine(({ start, end }) => minutesOfDay(start) % 1440 !== minutesOfDay(end) % 1440 || end === '24:00', {
    message: 'empty',
    path: ['end'],
  });
export type OpenHours = z.infer<typeof openHours>;

/** Whether two intervals of one day share a minute, an overnight one taken to its end past midnight. */
function overlap(a: OpenHours, b: OpenHours): boolean {
  const span = (hours: OpenHours) => {
    const start = minutesOfDay(hours.start);
    const end = minutesOfDay(hours.end);
    return [start, end > start ? end : end + 1440] as const;
  };
  const [aStart, aEnd] = span(a);
  const [bStart, bEnd] = span(b);
  return aStart < bEnd && bStart < aEnd;
}

const weekHours = z
  .object(
    Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(openHours).max(4)])) as Record<
      Weekday,
      z.ZodArray<typeof openHours>
    >,
  )
  .strict()
  .superRefine((week, context) => {
    for (const day of WEEKDAYS) {
      week[day].forEach((hours, index) => {
        if (week[day].slice(0, index).some((earlier) => overlap(earlier, hours))) {
          context.addIssue({ code: 'custom', message: 'overlap', path: [day, index, 'start'] });
        }
      });
    }
    if (WEEKDAYS.every((day) => week[day].length === 0)) {
      context.addIssue({ code: 'custom', message: 'noOpenTime', path: ['mon'] });
    }
  });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine((date) => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), 'date');

const targetMinutes = z.number().int().min(1).max(MAX_TARGET_MINUTES).nullable();

/** In business minutes; null: no target. */
const priorityTargets = z.object({ firstResponse: targetMinutes, resolution: targetMinutes }).strict();
export type PriorityTargets = z.infer<typeof priorityTargets>;

const slaFields = {
  /** The company's time zone: business hours and holidays are its wall clock. */
  timeZone,
  week: weekHours,
  holidays: z
    .array(isoDate)
    .max(366)
    .superRefine((dates, context) => {
      dates.forEach((date, index) => {
        if (dates.indexOf(date) !== index) {
          context.addIssue({ code: 'custom', message: 'duplicate', path: [index] });
        }
      });
    }),
  targets: z
    .object(
      Object.fromEntries(WORK_ORDER_PRIORITIES.map((priority) => [priority, priorityTargets])) as Record<
        WorkOrderPriority,
        typeof priorityTargets
      >,
    )
    .strict(),
};

export const slaSettings = z.object({ version: z.number().int().min(0), ...slaFields });
export type SlaSettings = z.infer<typeof slaSettings>;
export const slaSettingsInput = z.object({ version: z.number().int().min(0), ...slaFields }).strict();
export type SlaSettingsInput = z.infer<typeof slaSettingsInput>;

const workdays = (hours: OpenHours[]) =>
  Object.fromEntries(WEEKDAYS.map((day) => [day, day === 'sat' || day === 'sun' ? [] : hours])) as Record<
    Weekday,
    OpenHours[]
  >;

const BUSINESS_DAY = 9 * 60;

/**
 * What a company starts with: Monday to Friday 09:00–18:00, no holidays; urgent answered within an
 * hour and fixed within a business day, low answered within two days and fixed when it can be.
 * The time zone is the office server's or desktop's own until an admin sets one.
 */
export const DEFAULT_SLA: Omit<SlaSettings, 'version' | 'timeZone'> = {
  week: workdays([{ start: '09:00', end: '18:00' }]),
  holidays: [],
  targets: {
    urgent: { firstResponse: 60, resolution: BUSINESS_DAY },
    high: { firstResponse: 4 * 60, resolution: 2 * BUSINESS_DAY },
    normal: { firstResponse: 8 * 60, resolution: 5 * BUSINESS_DAY },
    low: { firstResponse: 2 * BUSINESS_DAY, resolution: null },
  },
};

/** The calculator's calendar of the settings (Sunday first, as Date.getUTCDay counts). */
export function calendarOf(settings: Pick<SlaSettings, 'timeZone' | 'week' | 'holidays'>): BusinessCalendar {
  const sundayFirst: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const intervals = (day: Weekday): OpenInterval[] =>
    settings.week[day]
      .map((hours) => ({ start: minutesOfDay(hours.start), end: minutesOfDay(hours.end) }))
      .sort((a, b) => a.start - b.start);
  return {
    timeZone: settings.timeZone,
    week: sundayFirst.map(intervals),
    holidays: new Set(settings.holidays),
  };
}

export const workOrderSlaProcedures = {
  /** Everyone working work orders reads them: the screens count time left in business time. */
  'workorders.sla.get': procedure({
    module: 'workorders',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({}).strict(),
    output: slaSettings,
  }),
  'workorders.sla.save': procedure({
    module: 'workorders',
    lowestRole: 'admin',
    input: slaSettingsInput,
    output: slaSettings,
  }),
};
