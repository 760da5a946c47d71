import { test, type Page } from '@playwright/test';

/**
 * Makes the spec one story on one page: its tests run in order, each going on from where the
 * previous one left the app. `usePage` gets the page before the first test.
 */
export function tellAsOneStory(usePage: (page: Page) => void): void {
  test.describe.configure({ mode: 'serial' });
  let page: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    usePage(page);
  });
  test.afterAll(async () => {
    await page?.close();
  });
}
