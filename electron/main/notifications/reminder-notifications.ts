import type { EventData } from '../../../shared/events';
import { canSee, type CoreEvent, type EventBus } from '../../core/events';
import { pushRecipients, type WindowSessions } from '../ipc/window-sessions';

/** What a desktop notification shows; the main process has no translations, so only the user's own words. */
export interface Notice {
  title: string;
  body: string;
}

export interface ReminderNotificationDeps {
  events: Pick<EventBus, 'subscribe'>;
  sessions: WindowSessions;
  resolveUserId(token: string): number | null;
  /** Shows a desktop notification; `onClick` runs when the user clicks it. */
  notify(notice: Notice, onClick: () => void): void;
  /** Brings the window forward and has it open what the reminder is about. */
  openInWindow(contentsId: number, target: EventData<'followup.reminderClicked'>): void;
}

/** The follow-up's subject, over whom it concerns: "Ann Lee · Lee Trading". */
export function reminderNotice(reminder: EventData<'followup.due'>): Notice {
  const about = [reminder.contactName, reminder.companyName].filter((name) => name !== null);
  return { title: reminder.subject, body: about.join(' · ') };
}

/**
 * Shows each follow-up reminder as a desktop notification, once, when its assignee is signed in
 * to a window; a click opens the follow-up there. Returns the function that stops it.
 */
export function connectReminderNotifications(deps: ReminderNotificationDeps): () => void {
  return deps.events.subscribe((event) => {
    if (event.name !== 'followup.due') return;
    const reminder = (event as CoreEvent<'followup.due'>).data;
    const [contentsId] = pushRecipients(deps.sessions, deps.resolveUserId, (userId) => canSee(event, userId));
    if (contentsId === undefined) return;
    const { id, contactId, companyId } = reminder;
    deps.notify(reminderNotice(reminder), () => deps.openInWindow(contentsId, { id, contactId, companyId }));
  });
}
