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

/** A breached SLA target, to owners and admins: the subject over "WO-2026-000123 · SLA". */
export function slaBreachedNotice(breach: EventData<'workorder.slaBreached'>): Notice {
  return { title: breach.subject, body: `${breach.number} · SLA` };
}

/** The notice of each work-order event shown on the desktop. */
function noticeOf(event: CoreEvent): { id: number; notice: Notice } | null {
  if (event.name === 'workorder.assigned') {
    const assigned = (event as CoreEvent<'workorder.assigned'>).data;
    return { id: assigned.id, notice: assignedNotice(assigned) };
  }
  if (event.name === 'workorder.slaBreached') {
    const breach = (event as CoreEvent<'workorder.slaBreached'>).data;
    return { id: breach.id, notice: slaBreachedNotice(breach) };
  }
  return null;
}

/**
 * Shows a desktop notification when a work order is given to the user signed in to a window, or
 * (to owners and admins) when one breaches its SLA; a click opens the work order there. Returns
 * the function that stops it.
 */
export function connectWorkOrderNotifications(deps: WorkOrderNotificationDeps): () => void {
  return deps.events.subscribe((event) => {
    const shown = noticeOf(event);
    if (!shown) return;
    const [contentsId] = pushRecipients(deps.sessions, deps.resolveUserId, (userId) => canSee(event, userId));
    if (contentsId === undefined) return;
    deps.notify(shown.notice, () => deps.openInWindow(contentsId, { id: shown.id }));
  });
}
