import type { EventBus } from '../../../events';
import { startDueTimer } from '../../../jobs/due-timer';
import type { UserRepository } from '../../users/repository';
import type { SlaService } from './service';

/** Breaches recorded per wake; more waiting are taken on the next, immediate, wake. */
const BATCH = 100;

export interface BreachDeps {
  sla: Pick<SlaService, 'nextBreachAt' | 'takeBreaches'>;
  users: Pick<UserRepository, 'list'>;
  events: EventBus;
  now: () => number;
  logError?: (error: unknown, name: string) => void;
}

/** Who hears of a breach: the company's active owners and admins. */
const managerIds = (users: BreachDeps['users']) =>
  users
    .list()
    .filter((user) => user.active && (user.role === 'owner' || user.role === 'admin'))
    .map((user) => user.id);

/**
 * Records each SLA target that passes unmet, once per work order and target, at its due time, and
 * tells owners and admins (`workorder.slaBreached`), re-armed whenever a work order or the SLA
 * settings change (jobs/due-timer.ts, as the follow-up reminders). Breaches that happened while
 * the app was closed are taken at start. Returns the function that stops it.
 */
export function startSlaBreaches({
  sla,
  users,
  events,
  now,
  logError = (error, name) => console.error(`[${name}]`, error),
}: BreachDeps): () => void {
  return startDueTimer({
    nextAt: () => sla.nextBreachAt(),
    takeDue(at) {
      const breaches = sla.takeBreaches(at, BATCH);
      const audience = { kind: 'users', userIds: breaches.length > 0 ? managerIds(users) : [] } as const;
      for (const breach of breaches) {
        try {
          events.emit('workorder.slaBreached', breach, audience);
        } catch (error) {
          logError(error, 'workorder.slaBreached');
        }
      }
    },
    rearmOn: ['workorder.changed', 'workorderSla.changed'],
    events,
    now,
    name: 'workorder.slaBreached',
    logError,
  });
}
