import type { EventData } from '../../../shared/events';
import { canSee, type CoreEvent } from '../../core/events';
import { pushRecipients } from '../ipc/window-sessions';
import type { Notice, ReminderNotificationDeps } from './reminder-notifications';

export interface CallNotificationDeps extends Omit<ReminderNotificationDeps, 'openInWindow'> {
  /** Brings the window forward: its screen pop already shows the call. */
  showWindow(contentsId: number): void;
}

/** Who is calling, over the number: "Ann Lee · Harbor Foods" over "+86 138 0013 8000"; the number alone when unknown. */
export function ringingNotice(ringing: EventData<'call.ringing'>): Notice {
  const callers = ringing.matches.map((match) =>
    [match.name, match.companyName].filter((part) => !!part).join(' · '),
  );
  if (callers.length === 0) return { title: ringing.call.number, body: '' };
  return { title: callers.join(', '), body: ringing.call.number };
}

/**
 * Shows a desktop notification when a call rings for the user signed in to a window, so that it
 * is seen while the window is hidden or minimized; a click brings the window, and its screen pop,
 * forward. Returns the function that stops it.
 */
export function connectCallNotifications(deps: CallNotificationDeps): () => void {
  return deps.events.subscribe((event) => {
    if (event.name !== 'call.ringing') return;
    const ringing = (event as CoreEvent<'call.ringing'>).data;
    const [contentsId] = pushRecipients(deps.sessions, deps.resolveUserId, (userId) => canSee(event, userId));
    if (contentsId === undefined) return;
    deps.notify(ringingNotice(ringing), () => deps.showWindow(contentsId));
  });
}
