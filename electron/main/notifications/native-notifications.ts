import { BrowserWindow, Notification, webContents } from 'electron';
import type { PushEvent } from '../../../shared/bridge';
import type { Core } from '../../core/core';
import { EVENT_CHANNEL } from '../ipc/channels';
import type { WindowSessions } from '../ipc/window-sessions';
import { isAppUrl } from '../security/app-origin';
import { connectCallNotifications } from './call-notifications';
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

/** The app window showing `contentsId`, restored and focused; null when it has gone. */
function showWindow(contentsId: number): Electron.WebContents | null {
  const contents = webContents.fromId(contentsId);
  if (!contents || contents.isDestroyed() || !isAppUrl(contents.getURL())) return null;
  const window = BrowserWindow.fromWebContents(contents);
  if (window) {
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }
  return contents;
}

function openInWindow(contentsId: number, message: PushEvent): void {
  showWindow(contentsId)?.send(EVENT_CHANNEL, message);
}

/**
 * Follow-up reminders, work orders given to the user and calls ringing for them as native
 * notifications (Electron's `Notification`).
 */
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
    connectCallNotifications({ ...deps, showWindow: (contentsId) => void showWindow(contentsId) }),
  ];
  return () => stops.forEach((stop) => stop());
}
