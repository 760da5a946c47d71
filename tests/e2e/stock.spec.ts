import { expect, request, test, type Page } from '@playwright/test';
import { Colleague } from './support/api';
import { STOCK_URL } from './support/hosts';
import { setUpCompany, signIn } from './support/setup';
import { issueKey } from './support/vendor';
import { navLink } from './support/windows';

const OWNER = {
  company: 'Delta Office',
  name: 'Wang Fang',
  username: 'wangfang',
  password: 'correct-horse-8',
};

test.use({ baseURL: STOCK_URL });
test.describe.configure({ mode: 'serial' });

/** 'Stock' alone, not 'Stocktakes' beside it. */
const stockLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Stock', exact: true });

test('an admin corrects stock to 5, counts 3 in a stocktake and posts it; the stock and its ledger show both', async ({
  page,
}) => {
  await setUpCompany(page, OWNER);
  const api = await Colleague.signIn(
    await request.newContext({ baseURL: STOCK_URL }),
    OWNER.username,
    OWNER.password,
  );
  const erp = issueKey(
    { licensee: OWNER.company, edition: 'erp', seats: 3, updatesUntil: '2031-12-31' },
    'delta-erp.crmlicense',
  );
  await api.call('license.activate', { key: erp.key });
  await api.call('products.create', {
    sku: 'TNR-2',
    name: 'Toner',
    unit: 'pcs',
    priceMinor: 4500,
    currency: 'CNY',
  });
  await page.reload();

  // The stock page: the product with nothing on hand; its ledger is empty until corrected.
  await stockLink(page).click();
  await expect(page.getByRole('heading', { name: 'Stock', exact: true })).toBeVisible();
  const stockRow = page.getByRole('row', { name: 'TNR-2 Toner' });
  await expect(stockRow).toContainText('0');
  await stockRow.click();
  const drawer = page.getByRole('dialog', { name: 'TNR-2 · Toner' });
  await expect(drawer.getByText('No movements yet')).toBeVisible();
  await drawer.getByRole('button', { name: 'Correct stock' }).click();
  await drawer.getByRole('textbox', { name: 'Change by' }).fill('0');
  await drawer.getByRole('textbox', { name: 'Why' }).fill('Opening stock');
  await drawer.getByRole('textbox', { name: 'Why' }).press('Enter');
  await expect(drawer.getByText('Type a whole number other than 0, such as 5 or -2.')).toBeVisible();
  await drawer.getByRole('textbox', { name: 'Change by' }).fill('5');
  await drawer.getByRole('textbox', { name: 'Why' }).press('Enter');
  await expect(page.getByText('TNR-2 corrected: 5 on hand.')).toBeVisible();
  await expect(drawer.getByRole('row').filter({ hasText: 'Correction' })).toContainText('+5');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(stockRow.getByRole('cell').nth(3)).toHaveText('5');

  // A stocktake of every product: 3 counted where 5 are expected.
  await navLink(page, 'Stocktakes').click();
  await expect(page.getByText('No stocktakes')).toBeVisible();
  await page.getByRole('button', { name: 'Start stocktake' }).click();
  const start = page.getByRole('dialog', { name: 'Start a stocktake' });
  await start.getByRole('textbox', { name: 'Note' }).fill('Shelf A');
  await start.getByRole('button', { name: 'Start counting' }).click();
  await expect(page.getByRole('heading', { name: 'ST-000001' })).toBeVisible();
  const line = page.getByRole('table', { name: 'Count sheet' }).getByRole('row').filter({ hasText: 'TNR-2' });
  await expect(line).toContainText('5 pcs');
  await expect(page.getByRole('button', { name: 'Post' })).toBeDisabled();
  await line.getByRole('textbox', { name: 'Counted TNR-2' }).fill('3');
  await line.getByRole('textbox', { name: 'Counted TNR-2' }).press('Tab');
  await expect(page.getByText('1 of 1 counted; saved.')).toBeVisible();
  await expect(line).toContainText('−2');

  await page.getByRole('button', { name: 'Post' }).click();
  const confirm = page.getByRole('dialog', { name: 'Post ST-000001?' });
  await expect(confirm).toContainText("1 product's stock changes to what was counted.");
  await confirm.getByRole('button', { name: 'Post' }).click();
  await expect(page.getByText('ST-000001 posted.')).toBeVisible();
  await expect(page.getByText('Posted', { exact: true })).toBeVisible();

  // The stock page shows 3, and the ledger both movements, newest first.
  await stockLink(page).click();
  await expect(stockRow.getByRole('cell').nth(3)).toHaveText('3');
  await stockRow.click();
  const movements = drawer.getByRole('table', { name: 'Movements' }).getByRole('row');
  // Date, reason, source, quantity, on hand after, by.
  const cells = (row: number) => movements.nth(row).getByRole('cell');
  await expect(cells(1).nth(1)).toHaveText('Stocktake');
  await expect(cells(1).nth(2)).toHaveText('ST-000001');
  await expect(movements.nth(1)).toContainText('−2');
  await expect(movements.nth(1)).toContainText('Wang Fang');
  await expect(movements.nth(2)).toContainText('Correction');
  await expect(movements.nth(2)).toContainText('Opening stock');
  await expect(movements.nth(2)).toContainText('+5');
});

test('a count sheet of 106 products loads its lines page by page, finds a product, and shows what is still to count', async ({
  page,
}) => {
  const api = await Colleague.signIn(
    await request.newContext({ baseURL: STOCK_URL }),
    OWNER.username,
    OWNER.password,
  );
  for (let i = 1; i <= 105; i += 1) {
    const n = String(i).padStart(3, '0');
    await api.call('products.create', {
      sku: `BLT-${n}`,
      name: `Bolt ${n}`,
      unit: 'pcs',
      priceMinor: 10,
      currency: 'CNY',
    });
  }
  const started = await api.call('stocktakes.start', { note: 'Whole store' });
  await signIn(page, OWNER);
  await page.goto(`/#/inventory/stocktakes/${started.id}`);
  await expect(page.getByRole('heading', { name: 'ST-000002' })).toBeVisible();
  await expect(page.getByText('0 of 106 counted; saved.')).toBeVisible();

  // The first page holds the first 100 by name; Toner, last by name, comes as the sheet scrolls down.
  const sheet = page.getByRole('table', { name: 'Count sheet' });
  await expect(sheet.getByRole('row').filter({ hasText: 'BLT-100' })).toBeVisible();
  await expect(sheet.getByRole('row').filter({ hasText: 'TNR-2' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Load more' }).scrollIntoViewIfNeeded();
  const toner = sheet.getByRole('row').filter({ hasText: 'TNR-2' });
  await expect(toner).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);

  // Counting a line of the second page saves it.
  await toner.getByRole('textbox', { name: 'Counted TNR-2' }).fill('4');
  await toner.getByRole('textbox', { name: 'Counted TNR-2' }).press('Tab');
  await expect(page.getByText('1 of 106 counted; saved.')).toBeVisible();
  await expect(toner).toContainText('+1');

  // What is still to count leaves Toner out; a search finds one bolt, or says nothing matches.
  await page.getByRole('switch', { name: 'Not counted yet only' }).check();
  await expect(sheet.getByRole('row').filter({ hasText: 'BLT-001' })).toBeVisible();
  await expect(sheet.getByRole('row').filter({ hasText: 'TNR-2' })).toHaveCount(0);
  const search = page.getByRole('textbox', { name: 'Search by SKU or name' });
  await search.fill('bolt 105');
  await expect(sheet.getByRole('row').filter({ hasText: 'BLT-105' })).toBeVisible();
  await expect(sheet.getByRole('row').filter({ hasText: 'BLT-001' })).toHaveCount(0);
  await search.fill('no such thing');
  await expect(page.getByText('No line matches')).toBeVisible();

  // Counted lines show again with the switch off, as saved.
  await search.fill('TNR');
  await page.getByRole('switch', { name: 'Not counted yet only' }).uncheck();
  await expect(sheet.getByRole('textbox', { name: 'Counted TNR-2' })).toHaveValue('4');
});

test('counts saved in another window show on the open sheet, over its own, where it was scrolled to', async ({
  page,
}) => {
  const api = await Colleague.signIn(
    await request.newContext({ baseURL: STOCK_URL }),
    OWNER.username,
    OWNER.password,
  );
  const [stocktake] = (await api.call('stocktakes.list', { status: 'counting' })).items;
  await signIn(page, OWNER);
  await page.goto(`/#/inventory/stocktakes/${stocktake!.id}`);
  await expect(page.getByText('1 of 106 counted; saved.')).toBeVisible();
  const sheet = page.getByRole('table', { name: 'Count sheet' });
  await page.getByRole('button', { name: 'Load more' }).scrollIntoViewIfNeeded();
  await expect(sheet.getByRole('row').filter({ hasText: 'TNR-2' })).toBeVisible();
  await sheet.getByRole('textbox', { name: 'Counted BLT-002' }).fill('5');
  await sheet.getByRole('textbox', { name: 'Counted BLT-002' }).press('Tab');
  await expect(page.getByText('2 of 106 counted; saved.')).toBeVisible();

  // A colleague counts BLT-002 again and BLT-003 for the first time.
  const lineOf = async (sku: string) =>
    (await api.call('stocktakes.lines', { id: stocktake!.id, filter: { query: sku } })).items[0]!.id;
  await api.call('stocktakes.count', {
    id: stocktake!.id,
    lines: [
      { lineId: await lineOf('BLT-002'), counted: 7 },
      { lineId: await lineOf('BLT-003'), counted: 8 },
    ],
  });
  await expect(page.getByText('3 of 106 counted; saved.')).toBeVisible();
  await expect(sheet.getByRole('textbox', { name: 'Counted BLT-002' })).toHaveValue('7');
  await expect(sheet.getByRole('textbox', { name: 'Counted BLT-003' })).toHaveValue('8');
  await expect(sheet.getByRole('row').filter({ hasText: 'TNR-2' })).toBeVisible();
});
