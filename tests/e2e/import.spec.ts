import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import { savedText } from './support/downloads';
import { IMPORT_URL } from './support/hosts';
import { tellAsOneStory } from './support/story';

const OWNER = {
  companyName: 'Import Trading',
  ownerName: 'Wang Fang',
  username: 'wangfang',
  password: 'import-pass-7',
};
/** Enough rows that the import runs in several batches, long enough to be watched. */
const MANY = 40_000;

let page: Page;
let token: string;
tellAsOneStory((opened) => (page = opened));

async function api<N extends ProcedureName>(
  request: APIRequestContext,
  name: N,
  input: ProcedureInput<N>,
): Promise<ProcedureOutput<N>> {
  const response = await request.post(`${IMPORT_URL}/api/rpc/${name}`, {
    data: { input },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: ProcedureOutput<N> }).result;
}

const wizard = () => page.getByRole('dialog', { name: 'Import contacts' });

async function chooseFile(name: string, text: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard().getByText('Drop a CSV or vCard file here')).toBeVisible();
  await wizard()
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

test('the owner signs in to a company with one customer', async ({ request }) => {
  token = (await api(request, 'auth.setup', OWNER)).token;
  await api(request, 'contacts.create', {
    name: 'Ann Lee',
    companyName: 'Huawei',
    emails: ['ann@example.com'],
  });
  await page.goto(`${IMPORT_URL}/`);
  await page.getByRole('textbox', { name: 'Username' }).fill(OWNER.username);
  await page.getByLabel(/^Password/).fill(OWNER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
});

test('imports a large CSV with Chinese headers, watching its progress; the duplicate is skipped', async () => {
  const rows = Array.from(
    { length: MANY },
    (_, i) => `客户 ${i + 1},1390000${String(i).padStart(4, '0')},c${i + 1}@example.cn`,
  );
  const csv = [
    '姓名,手机,Email',
    'Ann Again,,ANN@example.com',
    '=1+2,,',
    ',,nobody@example.cn',
    ...rows,
  ].join('\r\n');
  await chooseFile('客户.csv', csv);

  await expect(wizard().getByText(/CSV · UTF-8 · delimiter comma/)).toBeVisible();
  await expect(wizard().getByLabel('Contact field: 姓名')).toHaveValue('Name');
  await expect(wizard().getByLabel('Contact field: 手机')).toHaveValue('Phone');
  await expect(wizard().getByText('Ann Again')).toBeVisible();
  await expect(wizard().getByRole('radio', { name: 'Skip the row' })).toBeChecked();
  await wizard().getByRole('button', { name: 'Start import' }).click();

  await expect(wizard().getByText('Importing 客户.csv…')).toBeVisible();
  await expect(wizard().getByRole('progressbar')).toHaveAttribute('aria-valuenow', /^[1-9]\d?$/);
  await expect(wizard().getByText('Import finished')).toBeVisible({ timeout: 60_000 });
  await expect(wizard().getByTestId('count-Added')).toHaveText(String(MANY + 1));
  await expect(wizard().getByTestId('count-Skipped')).toHaveText('1');
  await expect(wizard().getByTestId('count-Not imported')).toHaveText('1');
  await expect(wizard().getByText('Row 4: a name is required')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await wizard().getByRole('button', { name: 'Download errors' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^import-\d+-errors\.csv$/);
  expect(await savedText(download)).toBe('\uFEFFRow,Field,Problem\r\n4,name,a name is required\r\n');

  await wizard().getByRole('button', { name: 'Close' }).last().click();
  await expect(
    page.getByRole('listbox', { name: 'Customers' }).getByText('客户 1', { exact: true }),
  ).toBeVisible();
});

test('updates a customer from a file, then undoes that import in one step', async ({ request }) => {
  await chooseFile(
    'update.csv',
    'Name,Email,Company\nAnn Li,ann@example.com,ZTE\nNew Person,new@example.com,\n',
  );
  await wizard().getByRole('radio', { name: 'Update the contact' }).check();
  await wizard().getByRole('button', { name: 'Start import' }).click();
  await expect(wizard().getByText('Import finished')).toBeVisible();
  await expect(wizard().getByTestId('count-Updated')).toHaveText('1');
  await expect(wizard().getByTestId('count-Added')).toHaveText('1');
  const [ann] = (await api(request, 'contacts.search', { query: 'ann@example.com' })).items;
  expect(ann).toMatchObject({ name: 'Ann Li', companyName: 'ZTE' });

  await wizard().getByRole('button', { name: 'Undo import' }).click();
  await expect(wizard().getByText(/Added contacts go to the trash/)).toBeVisible();
  await wizard().getByRole('button', { name: 'Undo import' }).click();
  await expect(wizard().getByText('1 contacts moved to the trash, 1 restored.')).toBeVisible();
  await expect(wizard().getByText('Import undone')).toBeVisible();
  const [restored] = (await api(request, 'contacts.search', { query: 'ann@example.com' })).items;
  expect(restored).toMatchObject({ name: 'Ann Lee', companyName: 'Huawei' });
  expect((await api(request, 'contacts.search', { query: 'new@example.com' })).items).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(wizard()).toBeHidden();
});

test('exports the list as CSV for Excel, formulas neutralised', async () => {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export contacts' });
  await expect(dialog.getByRole('radio', { name: 'CSV (spreadsheets)' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /For Excel/ })).toBeChecked();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await savedText(download);
  expect(text.startsWith('\uFEFFName,Company,')).toBe(true);
  expect(text).toContain("\r\n'=1+2,");
  expect(text).toContain('Ann Lee,Huawei,');
  expect(text.trim().split('\r\n')).toHaveLength(1 + MANY + 2);
  await expect(dialog.getByText(`${MANY + 2} contacts exported`)).toBeVisible();
});

test('exports only the customers selected with the mouse and the keyboard', async () => {
  const list = page.getByRole('listbox', { name: 'Customers' });
  const selectAll = page.getByRole('checkbox', { name: 'Select all loaded customers' });
  const selectionBar = page.getByRole('region', { name: 'Selected customers' });
  const dialog = page.getByRole('dialog', { name: 'Export contacts' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await list.getByRole('checkbox', { name: 'Select Ann Lee' }).click();
  await expect(selectionBar.getByText('1 selected')).toBeVisible();
  await expect(page).toHaveURL(/\/contacts$/);

  await list.focus();
  // Far below Ann Lee, which comes early by name: the CSV follows the list's order.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  const activeBox = list.getByRole('option', { selected: true }).getByRole('checkbox');
  const other = (await activeBox.getAttribute('aria-label'))!.replace(/^Select /, '');
  expect(other).not.toBe('Ann Lee');
  await page.keyboard.press('Space');
  await expect(activeBox).toBeChecked();
  await expect(selectionBar.getByText('2 selected')).toBeVisible();
  await expect(selectAll).toBeChecked({ indeterminate: true });

  await selectionBar.getByRole('button', { name: 'Export selected…' }).click();
  await expect(dialog.getByText('Exports the 2 selected customers.')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const text = await savedText(await downloading);
  expect(text.startsWith('\uFEFFName,Company,')).toBe(true);
  const lines = text.trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Ann Lee', other]);
  await expect(dialog.getByText('2 contacts exported')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await list.focus();
  await page.keyboard.press('Escape');
  await expect(selectionBar).toBeHidden();
  await expect(activeBox).not.toBeChecked();
  await selectAll.click();
  await expect(selectAll).toBeChecked();
  await expect(selectionBar.getByText(/^\d+ selected$/)).toBeVisible();
  await selectionBar.getByRole('button', { name: 'Clear' }).click();
  await expect(selectAll).not.toBeChecked();
});
