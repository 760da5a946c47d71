import type { EventData } from '../../../shared/events';
import { canSee, type CoreEvent } from '../../core/events';
import { pushRecipients } from '../ipc/window-sessions';
import type { Notice, ReminderNotificationDeps } from './reminder-notifications';

export interface WorkOrderNotificationDeps extends Omit<ReminderNotificationDeps, 'openInWindow'> {
  /** Brings the window forward and has it open the work order. */
  openInWindow(contentsId: number, target: EventData<'workorder.notificationClicked'>): void;
}

/** The work order's subject, over its number, who gave it and why: "WO-2026-000123 · Olivia · Bo is away". */
export function assignedNotice(assigned: EventData<'workorder.assigned'>): Notice {
  const about = [assigned.number, assigned.byName, assigned.reason].filter((part) => !!part);
  return { title: assigned.subject, body: about.join(' · ') };
}

/**
 * Shows a desktop notification when a work order is given to the user signed in to a window;
 * a click opens the work order there. Returns the function that stops it.
 */
export function connectWorkOrderNotifications(deps: WorkOrderNotificationDeps): () => void {
  return deps.events.subscribe((event) => {
    if (event.name !== 'workorder.assigned') return;
    const assigned = (event as CoreEvent<'workorder.assigned'>).data;
    const [contentsId] = pushRecipients(deps.sessions, deps.resolveUserId, (userId) => canSee(event, userId));
    if (contentsId === undefined) return;
    deps.notify(assignedNotice(assigned), () => deps.openInWindow(contentsId, { id: assigned.id }));
  });
}
