import { expect, request, test, type Page, type Route } from '@playwright/test';
import type { ProcedureOutput } from '../../shared/contract';
import { Colleague } from './support/api';
import { ORDERS_URL } from './support/hosts';
import { setUpCompany } from './support/setup';
import { issueKey } from './support/vendor';

const OWNER = { company: 'Harbor Supplies', name: 'Li Na', username: 'lina', password: 'correct-horse-9' };

test.use({ baseURL: ORDERS_URL });
test.describe.configure({ mode: 'serial' });

let page: Page;
let api: Colleague;
let ann: ProcedureOutput<'contacts.create'>;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ baseURL: ORDERS_URL, locale: 'en-US' });
  page = await context.newPage();
});

test.afterAll(async () => {
  await page.context().close();
});

const ordersCard = () => page.getByRole('region', { name: 'Orders', exact: true });
const ordersLink = () =>
  page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Orders', exact: true });
const dialog = () => page.getByRole('dialog', { name: 'New order' });

test('on an ERP licence with the orders add-on, Orders is a module of its own with nothing in it yet', async () => {
  await setUpCompany(page, OWNER);
  api = await Colleague.signIn(
    await request.newContext({ baseURL: ORDERS_URL }),
    OWNER.username,
    OWNER.password,
  );
  const { key } = issueKey(
    { licensee: OWNER.company, edition: 'erp', modules: ['orders'], seats: 3, updatesUntil: '2031-12-31' },
    'harbor-erp-orders.crmlicense',
  );
  expect(await api.call('license.activate', { key })).toMatchObject({ edition: 'erp' });
  ann = await api.call('contacts.create', { name: 'Ann Lee', companyName: 'Harbor Foods' });
  const toner = await api.call('products.create', {
    sku: 'TNR-2',
    name: 'Toner cartridge',
    unit: 'pcs',
    priceMinor: 4500,
    currency: 'USD',
  });
  await api.call('stock.correct', { productId: toner.id, quantity: 10, note: 'opening stock' });

  await page.reload();
  await ordersLink().click();
  await expect(page.getByRole('heading', { name: 'Orders', exact: true })).toBeVisible();
  await expect(page.getByText('No orders yet')).toBeVisible();
});

test('an order for Ann with a product and a service line is created, confirmed and fulfilled', async () => {
  await page.goto(`/#/contacts/${ann.id}`);
  await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
  await expect(ordersCard().getByText('No orders', { exact: true })).toBeVisible();
  await ordersCard().getByRole('button', { name: 'New order' }).click();
  await expect(dialog()).toBeVisible();
  await expect(dialog().getByText('No lines yet: add a line or a product below.')).toBeVisible();

  // A blank line is refused beside its field, and nothing is sent.
  await dialog().getByRole('button', { name: 'Add line' }).click();
  await dialog().getByRole('button', { name: 'Create draft' }).click();
  await expect(dialog().getByText('Please fill this in.')).toBeVisible();
  await dialog().getByRole('textbox', { name: 'Description of line 1' }).fill('Installation');
  await dialog().getByRole('textbox', { name: 'Unit price of line 1' }).fill('200');

  const picker = dialog().getByRole('combobox', { name: 'Product' });
  await picker.fill('TNR');
  await page.getByRole('option', { name: 'TNR-2 · Toner cartridge' }).click();
  await dialog().getByRole('button', { name: 'Add product' }).click();
  await expect(dialog().getByRole('textbox', { name: 'Description of line 2' })).toHaveValue(
    'Toner cartridge',
  );
  await dialog().getByRole('textbox', { name: 'Quantity of line 2' }).fill('2');
  await expect(dialog().getByRole('table')).toContainText('$290.00');
  await dialog().getByRole('textbox', { name: 'Quantity of line 2' }).press('Enter');

  await expect(page.getByText('SO-000001 created as a draft.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'SO-000001' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lines' })).toContainText('$290.00');

  await page.getByRole('button', { name: 'Confirm order' }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirm SO-000001?' });
  await confirm.getByRole('button', { name: 'Confirm order' }).click();
  await expect(page.getByText('SO-000001 confirmed.')).toBeVisible();

  await page.getByRole('button', { name: 'Mark fulfilled' }).click();
  await page
    .getByRole('dialog', { name: 'Fulfil SO-000001?' })
    .getByRole('button', { name: 'Mark fulfilled' })
    .click();
  await expect(page.getByText('SO-000001 fulfilled.')).toBeVisible();

  const levels = await api.call('stock.levels', { query: 'TNR' });
  expect(levels.items.map((level) => level.onHand)).toEqual([8]);
});

test('the list and the customer’s card show the order fulfilled with its total', async () => {
  await ordersLink().click();
  await page.getByRole('radiogroup', { name: 'Status' }).getByText('Fulfilled').click();
  const row = page
    .getByRole('table', { name: 'Orders', exact: true })
    .getByRole('row', { name: /SO-000001/ });
  await expect(row).toContainText('Ann Lee');
  await expect(row).toContainText('Fulfilled');
  await expect(row).toContainText('$290.00');

  await page.getByRole('link', { name: 'Ann Lee' }).click();
  await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
  const cardRow = ordersCard().getByRole('row', { name: /SO-000001/ });
  await expect(cardRow).toContainText('Fulfilled');
  await expect(cardRow).toContainText('$290.00');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Order created')).toBeVisible();
  await expect(timeline.getByRole('link', { name: 'SO-000001' })).toBeVisible();
});

test('part of the fulfilled order comes back: the stock rises and the order shows what was returned', async () => {
  const { items } = await api.call('orders.list', { status: 'fulfilled' });
  await page.goto(`/#/orders/${items[0]!.id}`);
  await expect(page.getByRole('heading', { name: 'SO-000001' })).toBeVisible();
  const returns = page.getByRole('region', { name: 'Returns' });
  await expect(returns.getByText('No goods have come back from this order.')).toBeVisible();

  await page.getByRole('button', { name: 'Return goods' }).click();
  const dialog = page.getByRole('dialog', { name: 'Return goods of SO-000001' });
  await expect(dialog.getByRole('row', { name: /Toner cartridge/ })).toContainText('2');
  // More than was delivered, and no reason: refused beside the fields, and nothing is sent.
  await dialog.getByRole('textbox', { name: 'Return quantity of line 2' }).fill('3');
  await dialog.getByRole('button', { name: 'Record return' }).click();
  await expect(dialog.getByText('At most 2 left to return.')).toBeVisible();
  await expect(dialog.getByText('Please fill this in.')).toBeVisible();
  // Once refused, each field checks again as it is typed in, the quantities as the reason.
  await dialog.getByRole('textbox', { name: 'Return quantity of line 2' }).fill('1');
  await expect(dialog.getByText('At most 2 left to return.')).toBeHidden();
  await dialog.getByRole('textbox', { name: /Reason/ }).fill('Cartridge leaked');
  await expect(dialog.getByText('Please fill this in.')).toBeHidden();
  await dialog.getByRole('textbox', { name: 'Return quantity of line 2' }).press('Enter');

  await expect(page.getByText('RT-000001 recorded.')).toBeVisible();
  const row = returns.getByRole('row', { name: /RT-000001/ });
  await expect(row).toContainText('1 × Toner cartridge');
  await expect(row).toContainText('Cartridge leaked');
  await expect(row).toContainText('$45.00');
  const lines = page.getByRole('table', { name: 'Lines' });
  await expect(lines.getByRole('columnheader', { name: 'Returned' })).toBeVisible();
  await expect(
    lines
      .getByRole('row', { name: /Toner cartridge/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('1');
  await expect(page.getByText('Net total')).toBeVisible();
  await expect(page.getByText('$245.00')).toBeVisible();

  const levels = await api.call('stock.levels', { query: 'TNR' });
  expect(levels.items.map((level) => level.onHand)).toEqual([9]);

  await page.getByRole('link', { name: 'Ann Lee' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('RT-000001: goods returned from')).toBeVisible();
});

test('the list and the customer’s card show what came back under the order’s total', async () => {
  const cardRow = ordersCard().getByRole('row', { name: /SO-000001/ });
  await expect(cardRow).toContainText('$290.00');
  await expect(cardRow).toContainText('−$45.00 returned');

  await ordersLink().click();
  const row = page
    .getByRole('table', { name: 'Orders', exact: true })
    .getByRole('row', { name: /SO-000001/ });
  await expect(row).toContainText('$290.00');
  await expect(row).toContainText('−$45.00 returned');
});

test('a return recorded elsewhere while the dialog is open keeps what the user typed', async () => {
  const { items } = await api.call('orders.list', { status: 'fulfilled' });
  const order = await api.call('orders.get', { id: items[0]!.id });
  await page.goto(`/#/orders/${order.id}`);
  await page.getByRole('button', { name: 'Return goods' }).click();
  const dialog = page.getByRole('dialog', { name: 'Return goods of SO-000001' });
  await dialog.getByRole('textbox', { name: 'Return quantity of line 2' }).fill('1');
  await dialog.getByRole('textbox', { name: /Reason/ }).fill('Box crushed');

  // A colleague takes the installation back meanwhile: the dialog follows, the typing stays.
  const installation = order.lines.find((line) => line.product === null)!;
  await api.call('orders.returns.create', {
    orderId: order.id,
    lines: [{ lineId: installation.id, quantity: 1 }],
    reason: 'Not needed',
  });
  await expect(dialog.getByRole('row', { name: /Installation/ })).toContainText('All returned');
  await expect(dialog.getByRole('textbox', { name: /Reason/ })).toHaveValue('Box crushed');
  await dialog.getByRole('textbox', { name: 'Return quantity of line 2' }).press('Enter');
  await expect(page.getByText('RT-000003 recorded.')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Returns' }).getByRole('row', { name: /RT-000003/ }),
  ).toContainText('Box crushed');
});

test('once everything came back, the list says the order was returned in full', async () => {
  await ordersLink().click();
  const row = page
    .getByRole('table', { name: 'Orders', exact: true })
    .getByRole('row', { name: /SO-000001/ });
  await expect(row).toContainText('All returned: −$290.00');
});

test('while the server looks for products the picker says so, not that nothing matches', async () => {
  const slowProducts = async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  };
  await page.route('**/api/rpc/products.list', slowProducts);
  await page.goto(`/#/contacts/${ann.id}`);
  await ordersCard().getByRole('button', { name: 'New order' }).click();
  await dialog().getByRole('combobox', { name: 'Product' }).fill('TNR');
  await expect(page.getByRole('listbox').getByText('Loading…')).toBeVisible();
  await expect(page.getByText('No active product matches')).toHaveCount(0);
  await expect(page.getByRole('option', { name: 'TNR-2 · Toner cartridge' })).toBeVisible();
  await page.unroute('**/api/rpc/products.list', slowProducts);
});

test('a colleague saves the draft while it is being edited: the save offers their version, keeping what was typed', async () => {
  const draft = await api.call('orders.create', {
    contactId: ann.id,
    currency: 'USD',
    notes: null,
    lines: [{ description: 'Installation', productId: null, quantity: 1, unitPriceMinor: 20000 }],
  });
  expect(draft.number).toBe('SO-000002');
  await page.goto(`/#/orders/${draft.id}`);
  await page.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit SO-000002' });
  await editor.getByRole('textbox', { name: 'Quantity of line 1' }).fill('3');

  // A colleague adds a note; the page behind follows, the open editor keeps what is typed.
  await api.call('orders.update', {
    id: draft.id,
    version: draft.version,
    patch: { notes: 'Call before delivery' },
  });
  await expect(page.getByText('Call before delivery')).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Notes' })).toHaveValue('');
  await editor.getByRole('button', { name: 'Save' }).click();
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this order' });
  await expect(conflict).toContainText('SO-000002 was saved by someone else after you opened it');

  // Keep editing: back to the form as typed, and nothing was saved.
  await conflict.getByRole('button', { name: 'Keep editing' }).click();
  await expect(conflict).toBeHidden();
  await expect(editor.getByRole('textbox', { name: 'Quantity of line 1' })).toHaveValue('3');
  expect((await api.call('orders.get', { id: draft.id })).lines[0]!.quantity).toBe(1);

  // Load their version: their note comes in, the typed quantity stays, and the save goes through.
  await editor.getByRole('button', { name: 'Save' }).click();
  await conflict.getByRole('button', { name: 'Load their version' }).click();
  await expect(conflict).toBeHidden();
  await expect(editor.getByRole('textbox', { name: 'Notes' })).toHaveValue('Call before delivery');
  await expect(editor.getByRole('textbox', { name: 'Quantity of line 1' })).toHaveValue('3');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('SO-000002 saved.')).toBeVisible();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('table', { name: 'Lines' })).toContainText('$600.00');
  await expect(page.getByText('Call before delivery')).toBeVisible();
});
