import type { EventBus } from '../../events';
import { startDueTimer } from '../../jobs/due-timer';
import type { FollowupRepository } from './repository';

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
 * Sends each open follow-up's reminder (`followup.due`, to its assignee) once, at its due time,
 * re-armed whenever a follow-up changes. Ones that fell due while the app was closed go out at
 * start. Returns the function that stops it.
 */
export function startReminders({
  followups,
  events,
  now,
  logError = (error, name) => console.error(`[${name}]`, error),
}: ReminderDeps): () => void {
  return startDueTimer({
    nextAt: () => followups.nextReminderAt(),
    takeDue(at) {
      for (const reminder of followups.takeDueReminders(at, BATCH)) {
        const { assigneeId, ...data } = reminder;
        // A listener that throws loses only its own reminder.
        try {
          events.emit('followup.due', data, { kind: 'users', userIds: [assigneeId] });
        } catch (error) {
          logError(error, 'followup.due');
        }
      }
    },
    rearmOn: ['followup.changed'],
    events,
    now,
    name: 'followup.due',
    logError,
  });
}
