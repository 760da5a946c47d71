import { getBridge } from '../bridge/getBridge';

/**
 * The browser's own notifications, for browser mode. In the desktop app the main process shows
 * native ones (electron/main/notifications), so the page must not show a second.
 */
export function browserNotificationsApply(): boolean {
  return getBridge().kind === 'browser' && typeof window.Notification === 'function';
}

export function browserNotificationPermission(): NotificationPermission | null {
  return browserNotificationsApply() ? window.Notification.permission : null;
}

/** Asks the browser; it only asks on a user's gesture, so call it from a click. */
export async function requestBrowserNotifications(): Promise<NotificationPermission> {
  return window.Notification.requestPermission();
}

/** Shows a browser notification when allowed; a click brings this tab forward and runs `onClick`. */
export function showBrowserNotification(title: string, body: string, tag: string, onClick: () => void): void {
  if (browserNotificationPermission() !== 'granted') return;
  const notification = new window.Notification(title, { body, tag });
  notification.onclick = () => {
    window.focus();
    onClick();
    notification.close();
  };
}
