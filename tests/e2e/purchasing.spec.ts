import { expect, request, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { Colleague } from './support/api';
import { PURCHASING_URL } from './support/hosts';
import { setUpCompany, signIn } from './support/setup';
import { issueKey } from './support/vendor';
import { navLink } from './support/windows';

const OWNER = {
  company: 'Mill Street Print',
  name: 'Zhou Min',
  username: 'zhoumin',
  password: 'correct-horse-9',
};
const ADMIN = {
  username: 'ada',
  displayName: 'Ada Admin',
  password: 'admin-horse-9',
  role: 'admin',
} as const;
const STAFF = {
  username: 'wes',
  displayName: 'Wes Warehouse',
  password: 'staff-horse-9',
  role: 'staff',
} as const;

test.use({ baseURL: PURCHASING_URL });
test.describe.configure({ mode: 'serial' });

let owner: Colleague;
let adminWindow: BrowserContext;
let staffWindow: BrowserContext;
let admin: Page;
let staff: Page;

async function newWindow(browser: Browser): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ baseURL: PURCHASING_URL, locale: 'en-US' });
  return [context, await context.newPage()];
}

test.beforeAll(async ({ browser }) => {
  const [setupWindow, setupPage] = await newWindow(browser);
  await setUpCompany(setupPage, OWNER);
  await setupWindow.close();
  owner = await Colleague.signIn(
    await request.newContext({ baseURL: PURCHASING_URL }),
    OWNER.username,
    OWNER.password,
  );
  const erp = issueKey(
    { licensee: OWNER.company, edition: 'erp', seats: 5, updatesUntil: '2031-12-31' },
    'mill-street-erp.crmlicense',
  );
  await owner.call('license.activate', { key: erp.key });
  await owner.call('users.create', ADMIN);
  await owner.call('users.create', STAFF);
  [adminWindow, admin] = await newWindow(browser);
  [staffWindow, staff] = await newWindow(browser);
});

test.afterAll(async () => {
  await adminWindow.close();
  await staffWindow.close();
});

/** The stock page's row of the product: on hand, then on order. */
async function expectStock(page: Page, onHand: string, onOrder: string) {
  await page.goto('/#/inventory/stock');
  const cells = page.getByRole('row', { name: 'PPR-A4 A4 paper' }).getByRole('cell');
  await expect(cells.nth(3)).toHaveText(onHand);
  await expect(cells.nth(4)).toHaveText(onOrder);
}

test('an admin adds a supplier and a product, then orders 10 of it from the supplier', async () => {
  await signIn(admin, ADMIN);
  await navLink(admin, 'Inventory').click();
  await admin.getByRole('link', { name: 'Suppliers' }).click();
  await expect(admin.getByText('No suppliers yet')).toBeVisible();

  await admin.getByRole('button', { name: 'New supplier' }).click();
  const supplierDialog = admin.getByRole('dialog', { name: 'New supplier' });
  await supplierDialog.getByRole('textbox', { name: 'Name' }).fill('Paper Mill Ltd');
  await supplierDialog.getByRole('textbox', { name: 'Phone' }).fill('+86 21 5555 0100');
  await supplierDialog.getByRole('textbox', { name: 'Phone' }).press('Enter');
  await expect(admin.getByText('Paper Mill Ltd added.')).toBeVisible();
  await expect(
    admin.getByRole('table', { name: 'Suppliers' }).getByRole('row', { name: /Paper Mill Ltd/ }),
  ).toContainText('+86 21 5555 0100');

  // The same name in another case is refused beside the name; Esc leaves the dialog.
  await admin.getByRole('button', { name: 'New supplier' }).click();
  await supplierDialog.getByRole('textbox', { name: 'Name' }).fill('paper mill ltd');
  await supplierDialog.getByRole('button', { name: 'Add supplier' }).click();
  await expect(
    supplierDialog.getByText('Another supplier is already called Paper Mill Ltd.').first(),
  ).toBeVisible();
  await admin.keyboard.press('Escape');
  await expect(supplierDialog).toBeHidden();

  await admin.getByRole('link', { name: 'Products' }).click();
  await admin.getByRole('button', { name: 'New product' }).click();
  const productDialog = admin.getByRole('dialog', { name: 'New product' });
  await productDialog.getByRole('textbox', { name: 'SKU' }).fill('PPR-A4');
  await productDialog.getByRole('textbox', { name: 'Name' }).fill('A4 paper');
  await productDialog.getByRole('textbox', { name: 'Sale price' }).fill('30');
  await productDialog.getByRole('textbox', { name: 'Sale price' }).press('Enter');
  await expect(admin.getByText('PPR-A4 added to the catalogue.')).toBeVisible();

  await admin.getByRole('link', { name: 'Purchase orders' }).click();
  await expect(admin.getByText('No purchase orders yet')).toBeVisible();
  await admin.getByRole('button', { name: 'New purchase order' }).click();
  const orderDialog = admin.getByRole('dialog', { name: 'New purchase order' });
  await orderDialog.getByRole('combobox', { name: 'Supplier' }).click();
  await admin.getByRole('option', { name: 'Paper Mill Ltd' }).click();
  await orderDialog.getByRole('combobox', { name: 'Currency' }).fill('CNY');
  await admin.getByRole('option', { name: 'CNY', exact: true }).click();
  await orderDialog.getByRole('combobox', { name: 'Product' }).fill('PPR');
  await admin.getByRole('option', { name: 'PPR-A4 · A4 paper' }).click();
  await orderDialog.getByRole('button', { name: 'Add line' }).click();
  await orderDialog.getByRole('textbox', { name: 'Quantity of PPR-A4' }).fill('10');
  await orderDialog.getByRole('textbox', { name: 'Unit cost of PPR-A4' }).fill('2.50');
  await orderDialog.getByRole('textbox', { name: 'Unit cost of PPR-A4' }).press('Enter');
  await expect(admin.getByText('PO-000001 created as a draft.')).toBeVisible();

  await expect(admin.getByRole('heading', { name: 'PO-000001' })).toBeVisible();
  const lines = admin.getByRole('table', { name: 'Lines' });
  await expect(lines.getByRole('row', { name: /PPR-A4/ })).toContainText('10 pcs');
  await expect(lines.getByRole('row', { name: /Total/ })).toContainText('25.00');

  await admin.getByRole('button', { name: 'Place order' }).click();
  await expect(admin.getByText('PO-000001 placed with the supplier.')).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Receive goods' })).toBeVisible();
  await expectStock(admin, '0', '10');
});

test('the warehouse receives 4, then the other 6: the order is received and 10 are in stock', async () => {
  await signIn(staff, STAFF);
  await staff.goto('/#/inventory/purchase-orders');
  const row = staff.getByRole('table', { name: 'Purchase orders' }).getByRole('row', { name: /PO-000001/ });
  await expect(row).toContainText('Ordered');
  await expect(staff.getByRole('button', { name: 'New purchase order' })).toHaveCount(0);
  await row.getByRole('link', { name: 'PO-000001' }).click();

  await staff.getByRole('button', { name: 'Receive goods' }).click();
  const receive = staff.getByRole('dialog', { name: 'Receive goods of PO-000001' });
  await receive.getByRole('textbox', { name: 'Received now of PPR-A4' }).fill('11');
  await receive.getByRole('button', { name: 'Receive' }).click();
  await expect(receive.getByText('Enter a whole number from 0 to 10, what is still due.')).toBeVisible();
  await receive.getByRole('textbox', { name: 'Received now of PPR-A4' }).fill('4');
  await receive.getByRole('textbox', { name: 'Received now of PPR-A4' }).press('Enter');
  await expect(staff.getByText('Goods of PO-000001 received; the rest is still due.')).toBeVisible();
  await expect(receive).toBeHidden();
  await expectStock(staff, '4', '6');

  await staff.goto('/#/inventory/purchase-orders');
  await staff.getByRole('link', { name: 'PO-000001' }).click();
  await staff.getByRole('button', { name: 'Receive goods' }).click();
  await receive.getByRole('textbox', { name: 'Received now of PPR-A4' }).fill('6');
  await receive.getByRole('button', { name: 'Receive' }).click();
  await expect(staff.getByText('PO-000001 fully received; the goods are in stock.')).toBeVisible();
  await expect(staff.getByRole('button', { name: 'Receive goods' })).toHaveCount(0);

  await staff.goto('/#/inventory/purchase-orders');
  await expect(row).toContainText('Received');
  await expectStock(staff, '10', '0');
  // The admin's window, open on the orders list, shows it received too.
  await admin.goto('/#/inventory/purchase-orders');
  await expect(
    admin.getByRole('table', { name: 'Purchase orders' }).getByRole('row', { name: /PO-000001/ }),
  ).toContainText('Received');
});

test('two admins edit one draft: the later save offers their version, keeping what was typed, and finds a supplier past the first 200', async ({
  browser,
}) => {
  // More suppliers than one page of the list: the picker asks the server for what is typed.
  for (let i = 1; i <= 205; i += 1) {
    await owner.call('suppliers.create', { name: `Zeta Supplies ${String(i).padStart(3, '0')}` });
  }
  const [paperMill] = (await owner.call('suppliers.list', { filter: { query: 'Paper Mill' } })).items;
  const [paper] = (await owner.call('products.list', { filter: { query: 'PPR-A4' } })).items;
  const draft = await owner.call('purchaseOrders.create', {
    supplierId: paperMill!.id,
    currency: 'CNY',
    lines: [{ productId: paper!.id, quantity: 5, unitCostMinor: 250 }],
  });
  expect(draft.number).toBe('PO-000002');

  const [ownerWindow, ownerPage] = await newWindow(browser);
  await signIn(ownerPage, OWNER);
  for (const page of [admin, ownerPage]) {
    await page.goto(`/#/inventory/purchase-orders/${draft.id}`);
    await page.getByRole('button', { name: 'Edit' }).click();
  }
  const adminDialog = admin.getByRole('dialog', { name: 'Edit PO-000002' });
  const ownerDialog = ownerPage.getByRole('dialog', { name: 'Edit PO-000002' });

  await ownerDialog.getByRole('textbox', { name: 'Notes' }).fill('Call before delivery');
  await ownerDialog.getByRole('button', { name: 'Save' }).click();
  await expect(ownerPage.getByText('PO-000002 saved.')).toBeVisible();
  await ownerWindow.close();

  // The admin's dialog still holds what they opened, and what they type now.
  await adminDialog.getByRole('combobox', { name: 'Supplier' }).fill('supplies 205');
  await admin.getByRole('option', { name: 'Zeta Supplies 205' }).click();
  await adminDialog.getByRole('textbox', { name: 'Quantity of PPR-A4' }).fill('8');
  await adminDialog.getByRole('button', { name: 'Save' }).click();
  const conflict = admin.getByRole('dialog', { name: 'Someone else changed this purchase order' });
  await expect(conflict).toContainText('PO-000002 was saved by someone else after you opened it');
  await conflict.getByRole('button', { name: 'Load their version' }).click();
  await expect(conflict).toBeHidden();
  await expect(adminDialog.getByRole('textbox', { name: 'Notes' })).toHaveValue('Call before delivery');
  await expect(adminDialog.getByRole('textbox', { name: 'Quantity of PPR-A4' })).toHaveValue('8');
  await adminDialog.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('PO-000002 saved.')).toBeVisible();

  // Both changes are on the order.
  await expect(admin.getByText('Zeta Supplies 205')).toBeVisible();
  await expect(admin.getByText('Call before delivery')).toBeVisible();
  await expect(
    admin.getByRole('table', { name: 'Lines' }).getByRole('row', { name: /PPR-A4/ }),
  ).toContainText('8 pcs');
});
