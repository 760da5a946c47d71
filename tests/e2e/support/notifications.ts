declare global {
  interface Window {
    /** Every browser notification the page made (`recordNotifications` records them). */
    shownNotifications: { title: string; body: string | undefined }[];
  }
}

/**
 * Wraps the real Notification constructor so the test sees each one the page creates; add it
 * to a context with `context.addInitScript(recordNotifications)`.
 */
export function recordNotifications() {
  window.shownNotifications = [];
  const Real = window.Notification;
  class Recorded extends Real {
    constructor(title: string, options?: NotificationOptions) {
      window.shownNotifications.push({ title, body: options?.body });
      super(title, options);
    }
  }
  window.Notification = Recorded;
}
