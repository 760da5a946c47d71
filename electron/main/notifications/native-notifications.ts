import { BrowserWindow, Notification, webContents } from 'electron';
import type { PushEvent } from '../../../shared/bridge';
import type { Core } from '../../core/core';
import { EVENT_CHANNEL } from '../ipc/channels';
import type { WindowSessions } from '../ipc/window-sessions';
import { isAppUrl } from '../security/app-origin';
import { connectReminderNotifications, type Notice } from './reminder-notifications';
import { connectWorkOrderNotifications } from './workorder-notifications';

// A notification that is garbage-collected before it is clicked loses its click handler. It is
// let go once clicked or closed: Electron does not always tell of a close after a click.
const shown = new Set<Notification>();

/** How many notifications are held for their click; none once each is clicked or closed. */
export const heldNotifications = (): number => shown.size;

function notify(notice: Notice, onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification(notice);
  shown.add(notification);
  notification.on('click', () => {
    shown.delete(notification);
    onClick();
  });
  notification.on('close', () => shown.delete(notification));
  notification.show();
}

function openInWindow(contentsId: number, message: PushEvent): void {
  const contents = webContents.fromId(contentsId);
  if (!contents || contents.isDestroyed() || !isAppUrl(contents.getURL())) return;
  const window = BrowserWindow.fromWebContents(contents);
  if (window) {
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }
  contents.send(EVENT_CHANNEL, message);
}

/** Follow-up reminders and work orders given to the user as native notifications (Electron's `Notification`). */
export function connectNativeNotifications(core: Core, sessions: WindowSessions): () => void {
  const deps = {
    events: core.events,
    sessions,
    resolveUserId: (token: string) => core.context.sessions.resolve(token)?.user.id ?? null,
    notify,
  };
  const stops = [
    connectReminderNotifications({
      ...deps,
      openInWindow: (contentsId, data) =>
        openInWindow(contentsId, { name: 'followup.reminderClicked', data }),
    }),
    connectWorkOrderNotifications({
      ...deps,
      openInWindow: (contentsId, data) =>
        openInWindow(contentsId, { name: 'workorder.notificationClicked', data }),
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
