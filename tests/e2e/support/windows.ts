import type { Browser, Page } from '@playwright/test';
import { recordNotifications } from './notifications';

/**
 * A window of its own (its own storage, so its own session) on a spec's host; with desktop
 * notices allowed, each browser notification is recorded. Close it with its context.
 */
export async function openWindow(
  browser: Browser,
  baseURL: string,
  { desktopNotices = false } = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  if (desktopNotices) {
    await context.grantPermissions(['notifications'], { origin: baseURL });
    await context.addInitScript(recordNotifications);
  }
  return context.newPage();
}

/** A module's link in the side navigation. */
export const navLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name });
