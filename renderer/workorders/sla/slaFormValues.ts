import { procedures } from '../../../shared/contract';
import { WORK_ORDER_PRIORITIES, type WorkOrderPriority } from '../../../shared/workorders/contract';
import {
  WEEKDAYS,
  type SlaSettings,
  type SlaSettingsInput,
  type Weekday,
} from '../../../shared/workorders/sla';
import { validationIssues } from '../../bridge/CallError';
import { issueMessage, pathKey, type FieldErrors, type IssueLike } from '../../forms/fieldErrors';

/** One open interval as typed; `key` tells rows apart while they are edited. */
export interface HoursValues {
  key: string;
  start: string;
  end: string;
}

/** A target in business minutes as typed; '' is no target. */
export type TargetValue = number | string;

export interface SlaValues {
  timeZone: string;
  week: Record<Weekday, HoursValues[]>;
  holidays: string[];
  targets: Record<WorkOrderPriority, { firstResponse: TargetValue; resolution: TargetValue }>;
}

let nextKey = 0;
export const newHours = (start = '09:00', end = '18:00'): HoursValues => ({
  key: `hours-${nextKey++}`,
  start,
  end,
});

export function slaValuesOf(settings: SlaSettings): SlaValues {
  const target = (minutes: number | null): TargetValue => minutes ?? '';
  return {
    timeZone: settings.timeZone,
    week: Object.fromEntries(
      WEEKDAYS.map((day) => [day, settings.week[day].map((hours) => newHours(hours.start, hours.end))]),
    ) as SlaValues['week'],
    holidays: [...settings.holidays],
    targets: Object.fromEntries(
      WORK_ORDER_PRIORITIES.map((priority) => [
        priority,
        {
          firstResponse: target(settings.targets[priority].firstResponse),
          resolution: target(settings.targets[priority].resolution),
        },
      ]),
    ) as SlaValues['targets'],
  };
}

/** What `workorders.sla.save` is sent for the values as edited. */
export function slaInputOf(version: number, values: SlaValues): SlaSettingsInput {
  const minutes = (value: TargetValue) => (value === '' ? null : Number(value));
  return {
    version,
    timeZone: values.timeZone,
    week: Object.fromEntries(
      WEEKDAYS.map((day) => [
        day,
        values.week[day].map((hours) => ({ start: hours.start.trim(), end: hours.end.trim() })),
      ]),
    ) as SlaSettingsInput['week'],
    holidays: values.holidays.map((date) => date.trim()),
    targets: Object.fromEntries(
      WORK_ORDER_PRIORITIES.map((priority) => [
        priority,
        {
          firstResponse: minutes(values.targets[priority].firstResponse),
          resolution: minutes(values.targets[priority].resolution),
        },
      ]),
    ) as SlaSettingsInput['targets'],
  };
}

/** The contract's own words for what it refuses (shared/workorders/sla.ts), and the text each has. */
const SLA_MESSAGES = {
  time: 'time',
  empty: 'empty',
  overlap: 'overlap',
  noOpenTime: 'noOpenTime',
  date: 'date',
  duplicate: 'duplicate',
  'unknown time zone': 'timeZone',
} as const;

const slaMessage = (message: string | undefined) =>
  message !== undefined && Object.hasOwn(SLA_MESSAGES, message)
    ? SLA_MESSAGES[message as keyof typeof SLA_MESSAGES]
    : null;

/** Field errors by path (`week.mon.0.start`), the SLA's own refusals in their words, the rest as any form's. */
function slaFieldErrors(issues: readonly (IssueLike & { message?: string })[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const own = slaMessage(issue.message);
    errors[pathKey(issue.path)] ??= own ? (t) => t(`sla.errors.${own}`) : issueMessage(issue);
  }
  return errors;
}

const saveInput = procedures['workorders.sla.save'].input;

export function validateSla(version: number, values: SlaValues): FieldErrors {
  const parsed = saveInput.safeParse(slaInputOf(version, values));
  return parsed.success ? {} : slaFieldErrors(parsed.error.issues);
}

/** A server's refusal beside the fields it names. */
export const slaServerErrors = (error: unknown): FieldErrors => slaFieldErrors(validationIssues(error));
