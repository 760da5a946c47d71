import { test, type Page } from '@playwright/test';

/**
 * A screenshot the README shows, as `docs/<name>.png`. Kept in the repository only on request
 * (UPDATE_SCREENSHOT=1), since dates and times on the screen change with every run; otherwise
 * it goes to the test's output folder.
 */
export async function readmeScreenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  const path = process.env.UPDATE_SCREENSHOT ? `docs/${name}.png` : test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
}
