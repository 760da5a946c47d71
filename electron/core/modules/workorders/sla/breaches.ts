import type { EventBus } from '../../../events';
import { LONGEST_WAIT_MS } from '../../followups/reminders';
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
 * tells owners and admins (`workorder.slaBreached`): one timer, armed for the soonest due time and
 * re-armed whenever a work order or the SLA settings change, as the follow-up reminders do
 * (followups/reminders.ts). Breaches that happened while the app was closed are taken at start.
 * Returns the function that stops it.
 */
export function startSlaBreaches({
  sla,
  users,
  events,
  now,
  logError = (error, name) => console.error(`[${name}]`, error),
}: BreachDeps): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const wait = (ms: number) => {
    timer = setTimeout(fire, ms);
    timer.unref?.();
  };

  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (stopped) return;
    const next = sla.nextBreachAt();
    if (next !== null) wait(Math.min(Math.max(0, next - now()), LONGEST_WAIT_MS));
  };

  function fire(): void {
    timer = null;
    try {
      const breaches = sla.takeBreaches(now(), BATCH);
      const audience = { kind: 'users', userIds: breaches.length > 0 ? managerIds(users) : [] } as const;
      for (const breach of breaches) {
        try {
          events.emit('workorder.slaBreached', breach, audience);
        } catch (error) {
          logError(error, 'workorder.slaBreached');
        }
      }
      arm();
    } catch (error) {
      logError(error, 'workorder.slaBreached');
      if (!stopped && !timer) wait(LONGEST_WAIT_MS);
    }
  }

  const unsubscribe = events.subscribe((event) => {
    if (event.name === 'workorder.changed' || event.name === 'workorderSla.changed') arm();
  });
  arm();

  return () => {
    stopped = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
    timer = null;
  };
}
