import type { EventBus } from '../../events';
import type { FollowupRepository } from './repository';

/**
 * The longest single wait. Waking now and then costs one indexed query and keeps reminders on
 * time when the wall clock jumps (sleep, a corrected clock); it also stays far below the
 * 24.8 days beyond which setTimeout fires at once.
 */
export const LONGEST_WAIT_MS = 60_000;
/** Reminders sent per wake; more waiting are sent on the next, immediate, wake. */
const BATCH = 100;

export interface ReminderDeps {
  followups: Pick<FollowupRepository, 'nextReminderAt' | 'takeDueReminders'>;
  events: EventBus;
  now: () => number;
  /** Where a failure goes (the core's logError); the scheduler itself carries on. */
  logError?: (error: unknown, name: string) => void;
}

/**
 * Sends each open follow-up's reminder (`followup.due`, to its assignee) once, at its due time:
 * one timer, armed for the soonest reminder and re-armed whenever a follow-up changes. Ones that
 * fell due while the app was closed go out at start. Returns the function that stops it.
 */
export function startReminders({
  followups,
  events,
  now,
  logError = (error, name) => console.error(`[${name}]`, error),
}: ReminderDeps): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const wait = (ms: number) => {
    timer = setTimeout(fire, ms);
    // A waiting reminder must not keep a host, a script or a test process alive.
    timer.unref?.();
  };

  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (stopped) return;
    const next = followups.nextReminderAt();
    if (next !== null) wait(Math.min(Math.max(0, next - now()), LONGEST_WAIT_MS));
  };

  // Whatever fails, the timer is armed again: a listener that throws loses only its own reminder,
  // and a database that fails (busy, full) is tried again after the longest wait, not in a tight loop.
  function fire(): void {
    timer = null;
    try {
      for (const reminder of followups.takeDueReminders(now(), BATCH)) {
        const { assigneeId, ...data } = reminder;
        try {
          events.emit('followup.due', data, { kind: 'users', userIds: [assigneeId] });
        } catch (error) {
          logError(error, 'followup.due');
        }
      }
      arm();
    } catch (error) {
      logError(error, 'followup.due');
      if (!stopped && !timer) wait(LONGEST_WAIT_MS);
    }
  }

  const unsubscribe = events.subscribe((event) => {
    if (event.name === 'followup.changed') arm();
  });
  arm();

  return () => {
    stopped = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
    timer = null;
  };
}
