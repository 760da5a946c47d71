import { expect, request, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { Colleague } from './support/api';
import { INVENTORY_URL } from './support/hosts';
import { setUpCompany, signIn } from './support/setup';
import { issueKey } from './support/vendor';
import { navLink } from './support/windows';

const OWNER = { company: 'Harbor Supplies', name: 'Li Na', username: 'lina', password: 'correct-horse-9' };
const AGENT = { username: 'bo', displayName: 'Bo Chen', password: 'agent-horse-9', role: 'agent' } as const;
const NAME = 'Toner cartridge 墨盒';

test.use({ baseURL: INVENTORY_URL });
test.describe.configure({ mode: 'serial' });

let ownerWindow: BrowserContext;
let agentWindow: BrowserContext;
let page: Page;
let other: Page;
let api: Colleague;
let workOrderId: number;

async function newWindow(browser: Browser): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ baseURL: INVENTORY_URL, locale: 'en-US' });
  return [context, await context.newPage()];
}

test.beforeAll(async ({ browser }) => {
  [ownerWindow, page] = await newWindow(browser);
  [agentWindow, other] = await newWindow(browser);
});

test.afterAll(async () => {
  await ownerWindow.close();
  await agentWindow.close();
});

const card = (window: Page) => window.getByRole('region', { name: 'Products' });
const thread = (window: Page) => window.getByRole('region', { name: 'Conversation' });

test('on an ERP licence the owner adds a product to the catalogue and finds it by SKU', async () => {
  await setUpCompany(page, OWNER);
  api = await Colleague.signIn(
    await request.newContext({ baseURL: INVENTORY_URL }),
    OWNER.username,
    OWNER.password,
  );
  const erp = issueKey(
    { licensee: OWNER.company, edition: 'erp', seats: 3, updatesUntil: '2031-12-31' },
    'harbor-erp.crmlicense',
  );
  expect(await api.call('license.activate', { key: erp.key })).toMatchObject({ edition: 'erp' });
  await api.call('users.create', AGENT);

  await page.reload();
  await navLink(page, 'Inventory').click();
  await expect(page.getByRole('heading', { name: 'Products' })).toBeVisible();
  await expect(page.getByText('No products yet')).toBeVisible();

  await page.getByRole('button', { name: 'New product' }).click();
  const dialog = page.getByRole('dialog', { name: 'New product' });
  await dialog.getByRole('textbox', { name: 'SKU' }).fill(' TNR-2 ');
  await dialog.getByRole('textbox', { name: 'Name' }).fill(NAME);
  await dialog.getByRole('textbox', { name: 'Sale price' }).fill('45.00');
  await dialog.getByRole('textbox', { name: 'Sale price' }).press('Enter');
  await expect(page.getByText('TNR-2 added to the catalogue.')).toBeVisible();
  await expect(dialog).toBeHidden();

  // The same SKU in another case is refused beside the SKU, naming it; Esc leaves it.
  await page.getByRole('button', { name: 'New product' }).click();
  await dialog.getByRole('textbox', { name: 'SKU' }).fill('tnr-2');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Another toner');
  await dialog.getByRole('textbox', { name: 'Sale price' }).fill('12');
  await dialog.getByRole('button', { name: 'Add product' }).click();
  await expect(dialog.getByText('Another product already has the SKU TNR-2.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const search = page.getByRole('textbox', { name: 'Search by SKU or name' });
  await search.fill('drum');
  await expect(page.getByText('No product matches')).toBeVisible();
  await search.fill('tnr');
  const rows = page.getByRole('table', { name: 'Products' }).getByRole('row');
  await expect(rows.filter({ hasText: 'TNR-2' })).toContainText(NAME);
  await expect(rows.filter({ hasText: 'TNR-2' })).toContainText('45.00');
  await expect(rows).toHaveCount(2);

  await rows.filter({ hasText: 'TNR-2' }).getByRole('button', { name: 'Archive TNR-2' }).click();
  await expect(page.getByText('TNR-2 archived. It can no longer be added to work orders.')).toBeVisible();
  await expect(page.getByText('No product matches')).toBeVisible();
  await page.getByText('Archived', { exact: true }).click();
  await page.getByRole('button', { name: 'Restore TNR-2' }).click();
  await expect(page.getByText('TNR-2 restored.')).toBeVisible();
  await expect(page.getByText('No product matches')).toBeVisible();
});

test('linked to a work order, the product shows on its card and in its thread, and in another window without reload', async () => {
  workOrderId = (await api.call('workorders.create', { subject: 'Printer streaks on every page' })).id;
  await signIn(other, AGENT);
  await other.goto(`/#/workorders/${workOrderId}`);
  await expect(card(other).getByText('No products on this work order yet.')).toBeVisible();

  await page.goto(`/#/workorders/${workOrderId}`);
  await card(page).getByRole('button', { name: 'Add product' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a product' });
  await dialog.getByRole('combobox', { name: 'Product' }).fill('TNR');
  await page.getByRole('option', { name: `TNR-2 · ${NAME}` }).click();
  await dialog.getByRole('textbox', { name: 'Quantity' }).fill('2');
  await dialog.getByRole('textbox', { name: 'Serial number' }).fill('SN-0042');
  await dialog.getByRole('textbox', { name: 'Serial number' }).press('Enter');
  await expect(page.getByText('TNR-2 added to the work order.')).toBeVisible();

  for (const window of [page, other]) {
    const row = card(window).getByRole('row').filter({ hasText: 'TNR-2' });
    await expect(row).toContainText(NAME);
    await expect(row).toContainText('2 pcs');
    await expect(row).toContainText('SN-0042');
    await expect(thread(window)).toContainText(`Li Na added 2 pcs of TNR-2 ${NAME} · Serial SN-0042`);
  }
});

test('a quantity changed in one window and a removal in the other reach both without reload', async () => {
  await card(other).getByRole('button', { name: 'Change TNR-2' }).click();
  const dialog = other.getByRole('dialog', { name: 'Change TNR-2' });
  await dialog.getByRole('textbox', { name: 'Quantity' }).fill('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter a whole number from 1 to 9,999.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Quantity' }).fill('3');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByText('TNR-2 changed.')).toBeVisible();
  await expect(card(page).getByRole('row').filter({ hasText: 'TNR-2' })).toContainText('3 pcs');
  await expect(thread(page)).toContainText(`Bo Chen changed TNR-2 ${NAME} to 3 pcs`);

  await card(page).getByRole('button', { name: 'Remove TNR-2' }).click();
  await page.getByRole('dialog', { name: 'Remove TNR-2?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('TNR-2 removed from the work order.')).toBeVisible();
  await expect(card(other).getByText('No products on this work order yet.')).toBeVisible();
  await expect(thread(other)).toContainText(`Li Na removed TNR-2 ${NAME}`);
});

test('a stale product save offers their version; loading it keeps what the owner typed, and both changes are saved', async () => {
  await navLink(page, 'Inventory').click();
  const row = page.getByRole('table', { name: 'Products' }).getByRole('row').filter({ hasText: 'TNR-2' });
  await row.getByRole('button', { name: 'Edit TNR-2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit TNR-2' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Toner cartridge XL');
  await dialog.getByRole('textbox', { name: 'Sale price' }).fill('46.00');

  // A colleague saves the product first: another description and another price.
  const stored = (await api.call('products.list', { filter: { query: 'TNR-2' } })).items[0]!;
  await api.call('products.update', {
    id: stored.id,
    version: stored.version,
    patch: { description: 'Black, 3,000 pages', priceMinor: 4800 },
  });

  await dialog.getByRole('button', { name: 'Save' }).click();
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this product' });
  await expect(conflict).toContainText('TNR-2 was saved by someone else after you opened it');
  await conflict.getByRole('button', { name: 'Load their version' }).click();
  await expect(conflict).toBeHidden();
  await expect(dialog.getByRole('status')).toHaveText(
    'You and someone else both changed: Sale price. Your values are kept; check them and save.',
  );
  await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue('Black, 3,000 pages');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Toner cartridge XL');
  await expect(dialog.getByRole('textbox', { name: 'Sale price' })).toHaveValue('46.00');

  await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(page.getByText('TNR-2 saved.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Toner cartridge XL');
  await expect(row).toContainText('46.00');
  expect(await api.call('products.get', { id: stored.id })).toMatchObject({
    name: 'Toner cartridge XL',
    description: 'Black, 3,000 pages',
    priceMinor: 4600,
    version: stored.version + 2,
  });
});

test('without inventory (an After-sales key) the work order has no Products card and the catalogue is locked', async () => {
  const aftersales = issueKey(
    { licensee: OWNER.company, edition: 'aftersales', seats: 3, updatesUntil: '2031-12-31' },
    'harbor-aftersales.crmlicense',
  );
  expect(await api.call('license.activate', { key: aftersales.key })).toMatchObject({
    edition: 'aftersales',
  });
  await page.goto(`/#/workorders/${workOrderId}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Printer streaks on every page' })).toBeVisible();
  await expect(navLink(page, 'Inventory locked')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Attachments' })).toBeVisible();
  await expect(card(page)).toHaveCount(0);
  await navLink(page, 'Inventory locked').click();
  await expect(page.getByRole('region', { name: 'Inventory is not in your licence' })).toBeVisible();
  expect(await api.status('products.list', {})).toBe(403);
});
