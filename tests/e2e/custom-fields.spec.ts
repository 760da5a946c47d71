import { expect, request, test, type Locator, type Page } from '@playwright/test';
import { Colleague } from './support/api';
import { CUSTOM_FIELDS_URL } from './support/hosts';
import { setUpCompany, signIn } from './support/setup';
import { tellAsOneStory } from './support/story';

const OWNER = {
  company: 'Lotus Tea House',
  name: 'Chen Yu',
  username: 'chenyu',
  password: 'correct-horse-9',
};
const STAFF = { username: 'xiaoli', password: 'staff-password-1', displayName: 'Xiao Li' };

test.use({ baseURL: CUSTOM_FIELDS_URL });

let page: Page;
tellAsOneStory((opened) => (page = opened));

let owner: Colleague;
const fieldsTable = () => page.getByRole('table', { name: 'Customers' });
const customerList = () => page.getByRole('listbox', { name: 'Customers' });
const row = (name: string) => customerList().getByRole('option', { name: new RegExp(name) });

async function openFieldsPage() {
  await page
    .getByRole('navigation', { name: 'Company' })
    .getByRole('link', { name: 'Custom fields' })
    .click();
  await expect(page.getByRole('heading', { name: 'Custom fields', level: 1 })).toBeVisible();
}

/** Picks an option of a Select (its options open in a portal, outside `scope`). */
async function pick(combobox: string, option: string, scope: Page | Locator = page) {
  await scope.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addField(label: string, type: string, options: { choices?: string[]; inList?: boolean } = {}) {
  await page.getByRole('button', { name: 'Add field' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New field' });
  await dialog.getByRole('textbox', { name: 'Label' }).fill(label);
  await pick('Type', type, dialog);
  for (const choice of options.choices ?? []) {
    await dialog.getByRole('combobox', { name: 'Choices' }).fill(choice);
    await dialog.getByRole('combobox', { name: 'Choices' }).press('Enter');
  }
  if (options.inList) await dialog.getByRole('checkbox', { name: 'Show in list' }).check();
  return dialog;
}

test('the owner defines the fields of customers', async () => {
  await setUpCompany(page, OWNER);
  owner = await Colleague.signIn(
    await request.newContext({ baseURL: CUSTOM_FIELDS_URL }),
    OWNER.username,
    OWNER.password,
  );
  await openFieldsPage();
  await expect(page.getByText('No custom fields for customers yet')).toBeVisible();

  const level = await addField('Customer level', 'Single choice', { inList: true });
  await level.getByRole('button', { name: 'Add field' }).click();
  await expect(level.getByText('Add at least one choice.')).toBeVisible();
  await level.getByRole('combobox', { name: 'Choices' }).fill('VIP');
  await level.getByRole('combobox', { name: 'Choices' }).press('Enter');
  await level.getByRole('combobox', { name: 'Choices' }).fill('Regular');
  await level.getByRole('combobox', { name: 'Choices' }).press('Enter');
  await level.getByRole('button', { name: 'Add field' }).click();
  await expect(level).toBeHidden();

  await (await addField('WeChat ID', 'Text')).getByRole('button', { name: 'Add field' }).click();
  await (await addField('Orders a year', 'Number')).getByRole('button', { name: 'Add field' }).click();

  const rows = fieldsTable().getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Customer levelSingle choiceVIPRegular');
  await expect(rows.nth(1).getByLabel('Shown in the list')).toBeVisible();
  await expect(rows.nth(2)).toContainText('WeChat IDText');
  await expect(rows.nth(3)).toContainText('Orders a yearNumber');

  await page.getByRole('button', { name: 'Move Orders a year up' }).click();
  await expect(rows.nth(2)).toContainText('Orders a year');
  await expect(rows.nth(3)).toContainText('WeChat ID');
});

test('an edit that crossed a colleague’s is refused and starts again from theirs', async () => {
  await page.getByRole('button', { name: 'Edit WeChat ID' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit field' });
  await expect(dialog.getByRole('combobox', { name: 'Type' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Label' }).fill('WeChat');

  const fields = (await owner.call('customFields.list', { entity: 'contact' })).items;
  const wechat = fields.find((field) => field.label === 'WeChat ID')!;
  await owner.call('customFields.update', {
    id: wechat.id,
    version: wechat.version,
    patch: { label: 'Weixin' },
  });
  await expect(fieldsTable()).toContainText('Weixin');
  await expect(dialog.getByRole('textbox', { name: 'Label' })).toHaveValue('WeChat');

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Someone changed this field meanwhile.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Label' })).toHaveValue('Weixin');
  await dialog.getByRole('textbox', { name: 'Label' }).fill('WeChat ID');
  await dialog.getByRole('textbox', { name: 'Label' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(fieldsTable().getByRole('row', { name: /WeChat ID/ })).toBeVisible();
});

test('a new customer gets the fields in the form, which refuses a bad number first', async () => {
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Customers' }).click();
  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: 'New contact' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Wang Lei');
  await pick('Customer level', 'VIP', form);
  await form.getByRole('textbox', { name: 'WeChat ID' }).fill('wx_wanglei88');
  await form.getByRole('textbox', { name: 'Orders a year' }).fill('12 boxes');
  await form.getByRole('textbox', { name: 'Orders a year' }).press('Enter');
  await expect(form.getByText('Enter a number, e.g. 1200, 1,200.50 or -3.')).toBeVisible();

  await form.getByRole('textbox', { name: 'Orders a year' }).fill('1,200');
  await form.getByRole('textbox', { name: 'Orders a year' }).press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Wang Lei' })).toBeVisible();

  await expect(page.getByRole('heading', { name: 'More details' })).toBeVisible();
  await expect(page.getByText('wx_wanglei88')).toBeVisible();
  await expect(page.getByText('1,200', { exact: true })).toBeVisible();
  await expect(page.getByText('VIP', { exact: true })).toBeVisible();
});

test('the list shows the chosen column and filters by it', async () => {
  await owner.call('contacts.create', { name: 'Zhao Min' });
  const fields = (await owner.call('customFields.list', { entity: 'contact' })).items;
  const level = fields.find((field) => field.label === 'Customer level')!;
  await owner.call('contacts.create', { name: 'Sun Hui', custom: { [level.id]: 'Regular' } });

  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByText('Customer level', { exact: true })).toBeVisible();
  await expect(row('Wang Lei')).toContainText('VIP');
  await expect(row('Sun Hui')).toContainText('Regular');
  await expect(customerList().getByRole('option')).toHaveCount(3);

  await page.getByRole('button', { name: 'Field filter' }).click();
  await pick('Field', 'Customer level');
  await pick('Choice', 'VIP');
  await page.getByRole('button', { name: 'Apply' }).click();
  const chips = page.getByRole('list', { name: 'Field filters' });
  await expect(chips).toContainText('Customer level: VIP');
  await expect(customerList().getByRole('option')).toHaveCount(1);
  await expect(row('Wang Lei')).toBeVisible();

  await chips.getByRole('button', { name: 'Remove filter Customer level: VIP' }).click();
  await expect(chips).toBeHidden();
  await expect(customerList().getByRole('option')).toHaveCount(3);
});

test('search finds a customer by a text field', async () => {
  await page.keyboard.press('ControlOrMeta+K');
  const box = page.getByRole('textbox', { name: 'Search customers' });
  await expect(box).toBeFocused();
  await box.fill('wx_wanglei88');
  const results = page.getByRole('listbox', { name: 'Matching customers' });
  await expect(results.getByRole('option', { name: /Wang Lei/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Wang Lei' })).toBeVisible();
});

test('a changed value shows on the timeline under the field’s label', async () => {
  await page.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit contact' });
  await pick('Customer level', 'Regular', form);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    /Changed Customer levelVIP→Regular/,
  );
});

test('a deal field is asked for in the deal dialog, stored and shown in the deal list', async () => {
  await owner.call('customFields.create', {
    entity: 'deal',
    label: 'Lead source',
    type: 'choice',
    choices: ['Trade fair', 'Referral'],
    inList: true,
  });
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Pipeline' }).click();
  await page.getByRole('button', { name: 'New deal' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New deal' });
  await dialog.getByRole('textbox', { name: 'Deal', exact: true }).fill('Spring tea order');
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('8,000');
  await pick('Lead source', 'Referral', dialog);
  await dialog.getByRole('textbox', { name: 'Amount' }).press('Enter');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: /Spring tea order/ }).click();
  const opened = page.getByRole('dialog', { name: 'Deal' });
  await expect(opened.getByRole('combobox', { name: 'Lead source' })).toHaveValue('Referral');
  await page.keyboard.press('Escape');
  await expect(opened).toBeHidden();

  await page.getByRole('radiogroup', { name: 'View' }).getByText('List').click();
  const deals = page.getByRole('table', { name: 'Deals' });
  await expect(deals.getByRole('columnheader', { name: 'Lead source' })).toBeVisible();
  await expect(deals.getByRole('row', { name: /Spring tea order/ })).toContainText('Referral');
});

test('an import fills custom fields, proposed by their labels', async () => {
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Import contacts' });
  await wizard.locator('input[type=file]').setInputFiles({
    name: 'fair.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Name,WeChat ID,Level\nLiu Yang,wx_liuyang,vip\n', 'utf8'),
  });
  await expect(wizard.getByLabel('Contact field: WeChat ID')).toHaveValue('WeChat ID');
  await expect(wizard.getByLabel('Contact field: Level')).toHaveValue('Do not import');
  await pick('Contact field: Level', 'Customer level', wizard);
  await wizard.getByRole('button', { name: 'Start import' }).click();
  await expect(wizard.getByText('Import finished')).toBeVisible();
  await expect(wizard.getByTestId('count-Added')).toHaveText('1');
  await wizard.getByRole('button', { name: 'Close' }).last().click();

  await expect(row('Liu Yang')).toContainText('VIP');
});

test('staff cannot open the fields page', async ({ browser }) => {
  await owner.call('users.create', { ...STAFF, role: 'staff' });
  const staffPage = await browser.newPage();
  await signIn(staffPage, STAFF);
  await expect(staffPage.getByRole('navigation', { name: 'Company' })).toBeHidden();

  await staffPage.goto(`${CUSTOM_FIELDS_URL}/#/settings/fields`);
  await expect(staffPage.getByText("You don't have access to this page")).toBeVisible();
  await expect(staffPage.getByRole('table', { name: 'Customers' })).toBeHidden();
  await staffPage.close();
});

test('an archived field leaves the form and the detail page', async () => {
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Customers' }).click();
  await row('Wang Lei').click();
  await expect(page.getByText('wx_wanglei88')).toBeVisible();
  await openFieldsPage();
  // A colleague's new field shows without a reload.
  await owner.call('customFields.create', { entity: 'contact', label: 'Birthday', type: 'date' });
  await expect(fieldsTable().getByRole('row', { name: /Birthday/ })).toContainText('Date');

  await page.getByRole('button', { name: 'Archive WeChat ID' }).click();
  await expect(page.getByText('“WeChat ID” archived. Its values are kept.')).toBeVisible();
  await expect(fieldsTable().getByRole('row', { name: /WeChat ID/ })).toContainText('Archived');

  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: 'New contact' });
  await expect(form.getByRole('combobox', { name: 'Customer level' })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'WeChat ID' })).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Customers' }).click();
  await row('Wang Lei').click();
  await expect(page.getByRole('heading', { name: 'Wang Lei' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'More details' })).toBeVisible();
  await expect(page.getByText('wx_wanglei88')).toBeHidden();
});
