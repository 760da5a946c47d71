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
}

/**
 * Sends each open follow-up's reminder (`followup.due`, to its assignee) once, at its due time:
 * one timer, armed for the soonest reminder and re-armed whenever a follow-up changes. Ones that
 * fell due while the app was closed go out at start. Returns the function that stops it.
 */
export function startReminders({ followups, events, now }: ReminderDeps): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (stopped) return;
    const next = followups.nextReminderAt();
    if (next === null) return;
    timer = setTimeout(fire, Math.min(Math.max(0, next - now()), LONGEST_WAIT_MS));
    // A waiting reminder must not keep a host, a script or a test process alive.
    timer.unref?.();
  };

  function fire(): void {
    timer = null;
    for (const reminder of followups.takeDueReminders(now(), BATCH)) {
      const { assigneeId, ...data } = reminder;
      events.emit('followup.due', data, { kind: 'users', userIds: [assigneeId] });
    }
    arm();
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
