import type { TFunction } from 'i18next';
import { businessMinutesBetween, type BusinessCalendar } from '../../../shared/workorders/business-time';
import { isOpenStatus, type WorkOrder } from '../../../shared/workorders/contract';
import type { SlaTarget } from '../../../shared/workorders/sla-timers';

/** Business minutes left under which a work order counts as close to its SLA. */
export const SOON_MINUTES = 60;

/** Where one SLA target of a work order stands; minutes are business minutes, null until the calendar is loaded. */
export type TargetState =
  | { kind: 'none' }
  | { kind: 'met'; late: boolean }
  | { kind: 'running'; left: number | null }
  | { kind: 'paused'; left: number | null }
  | { kind: 'breached'; over: number | null };

type SlaWorkOrder = Pick<WorkOrder, 'sla' | 'status' | 'firstResponseAt' | 'resolvedAt'>;

const minutes = (calendar: BusinessCalendar | null, from: number, to: number) =>
  calendar && businessMinutesBetween(calendar, from, to);

/** From `from` (now, or when the clock stopped) to the due time: time left, or how long ago it passed. */
function counting(
  calendar: BusinessCalendar | null,
  from: number,
  dueAt: number,
  kind: 'running' | 'paused',
): TargetState {
  if (dueAt <= from) return { kind: 'breached', over: minutes(calendar, dueAt, from) };
  return { kind, left: minutes(calendar, from, dueAt) };
}

export function targetState(
  workOrder: SlaWorkOrder,
  target: SlaTarget,
  calendar: BusinessCalendar | null,
  now: number,
): TargetState {
  const { sla } = workOrder;
  if (target === 'firstResponse') {
    if (sla.firstResponseDueAt === null) return { kind: 'none' };
    if (workOrder.firstResponseAt !== null)
      return { kind: 'met', late: sla.firstResponseBreachedAt !== null };
    if (!isOpenStatus(workOrder.status)) return { kind: 'none' };
    return counting(calendar, now, sla.firstResponseDueAt, 'running');
  }
  if (sla.resolutionDueAt === null) return { kind: 'none' };
  if (workOrder.resolvedAt !== null) return { kind: 'met', late: sla.resolutionBreachedAt !== null };
  if (sla.pausedAt !== null) return counting(calendar, sla.pausedAt, sla.resolutionDueAt, 'paused');
  return counting(calendar, now, sla.resolutionDueAt, 'running');
}

/** How a queue row stands against its soonest unmet target: past it, close to it, or neither. */
export function slaUrgency(
  workOrder: Pick<WorkOrder, 'sla'>,
  calendar: BusinessCalendar | null,
  now: number,
): { kind: 'breached' } | { kind: 'soon'; left: number } | null {
  const { dueAt } = workOrder.sla;
  if (dueAt === null) return null;
  if (dueAt <= now) return { kind: 'breached' };
  const left = minutes(calendar, now, dueAt);
  return left !== null && left <= SOON_MINUTES ? { kind: 'soon', left } : null;
}

/** Business minutes as "2 h 5 min", "45 min". */
export function formatBusinessMinutes(t: TFunction, total: number): string {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return t('sla.duration.minutes', { minutes: rest });
  if (rest === 0) return t('sla.duration.hours', { hours });
  return t('sla.duration.hoursMinutes', { hours, minutes: rest });
}
