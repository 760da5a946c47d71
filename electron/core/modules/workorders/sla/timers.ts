import {
  addBusinessMs,
  businessMsBetween,
  type BusinessCalendar,
} from '../../../../../shared/workorders/business-time';
import {
  isOpenStatus,
  type WorkOrderPriority,
  type WorkOrderStatus,
} from '../../../../../shared/workorders/contract';
import type { SlaSettings } from '../../../../../shared/workorders/sla';
import type { SlaTarget } from '../../../../../shared/workorders/sla-timers';

const MINUTE_MS = 60_000;

/** What a work order's timers depend on, as stored. */
export interface SlaState {
  priority: WorkOrderPriority;
  status: WorkOrderStatus;
  createdAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  pausedMs: number;
  pausedAt: number | null;
  firstResponseBreachedAt: number | null;
  resolutionBreachedAt: number | null;
}

/** The timers as stored beside the work order. */
export interface SlaTimers {
  firstResponseDueAt: number | null;
  resolutionDueAt: number | null;
  pausedMs: number;
  pausedAt: number | null;
  /** The soonest unmet target still running. */
  dueAt: number | null;
  /** The soonest of those not yet recorded as breached: when the breach timer looks next. */
  breachAt: number | null;
}

/**
 * The statuses in which the resolution clock runs. Waiting on the customer stands it still (the
 * wait is theirs, as is common practice), and so do resolved and closed, so that a reopened work
 * order goes on from where it stopped instead of counting the days it was done.
 */
const RESOLUTION_RUNS: readonly WorkOrderStatus[] = ['new', 'assigned', 'inProgress'];

const soonest = (times: (number | null)[]) =>
  times.reduce<number | null>(
    (min, time) => (time !== null && (min === null || time < min) ? time : min),
    null,
  );

/**
 * The timers of a work order in `state` at `now`, both counted from its creation in business time.
 * A pause begins at the first `now` seen outside the running statuses and is added when it runs
 * again, so this must be called at every status change (it is: procedures' `changed`). The first
 * response target runs while the work order is open, never paused; a status change is no response.
 */
export function slaTimers(
  state: SlaState,
  settings: Pick<SlaSettings, 'targets'>,
  calendar: BusinessCalendar,
  now: number,
): SlaTimers {
  const runs = RESOLUTION_RUNS.includes(state.status);
  let { pausedMs, pausedAt } = state;
  if (!runs && pausedAt === null) pausedAt = now;
  if (runs && pausedAt !== null) {
    pausedMs += Math.max(0, businessMsBetween(calendar, pausedAt, now));
    pausedAt = null;
  }
  const targets = settings.targets[state.priority];
  const firstResponseDueAt =
    targets.firstResponse === null
      ? null
      : addBusinessMs(calendar, state.createdAt, targets.firstResponse * MINUTE_MS);
  const resolutionDueAt =
    targets.resolution === null
      ? null
      : addBusinessMs(calendar, state.createdAt, targets.resolution * MINUTE_MS + pausedMs);
  const firstResponsePending = isOpenStatus(state.status) && state.firstResponseAt === null;
  const resolutionPending = runs && state.resolvedAt === null;
  const pending: Record<SlaTarget, number | null> = {
    firstResponse: firstResponsePending ? firstResponseDueAt : null,
    resolution: resolutionPending ? resolutionDueAt : null,
  };
  return {
    firstResponseDueAt,
    resolutionDueAt,
    pausedMs,
    pausedAt,
    dueAt: soonest([pending.firstResponse, pending.resolution]),
    breachAt: soonest([
      state.firstResponseBreachedAt === null ? pending.firstResponse : null,
      state.resolutionBreachedAt === null ? pending.resolution : null,
    ]),
  };
}

/** The targets of `state` that passed unmet by `now` and were not recorded yet, each with its due time. */
export function newBreaches(
  state: SlaState,
  timers: SlaTimers,
  now: number,
): { target: SlaTarget; dueAt: number }[] {
  const breaches: { target: SlaTarget; dueAt: number }[] = [];
  const passed = (due: number | null): due is number => due !== null && due <= now;
  const open = isOpenStatus(state.status);
  if (
    open &&
    state.firstResponseAt === null &&
    state.firstResponseBreachedAt === null &&
    passed(timers.firstResponseDueAt)
  ) {
    breaches.push({ target: 'firstResponse', dueAt: timers.firstResponseDueAt });
  }
  if (
    RESOLUTION_RUNS.includes(state.status) &&
    state.resolvedAt === null &&
    state.resolutionBreachedAt === null &&
    passed(timers.resolutionDueAt)
  ) {
    breaches.push({ target: 'resolution', dueAt: timers.resolutionDueAt });
  }
  return breaches;
}
