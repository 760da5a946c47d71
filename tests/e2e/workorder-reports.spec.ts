import { expect, request, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { Colleague } from './support/api';
import { WORKORDER_REPORTS_URL } from './support/hosts';
import { OWNER, AGENT } from './support/harbor-service';
import { setUpCompany } from './support/setup';

test.use({ baseURL: WORKORDER_REPORTS_URL });
test.describe.configure({ mode: 'serial' });

let page: Page;

const rows = () => page.getByRole('listbox').getByRole('option');
const pad2 = (value: number) => String(value).padStart(2, '0');
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
};

async function downloaded(name: string): Promise<{ fileName: string; csv: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download CSV: ${name}` }).click(),
  ]);
  return { fileName: download.suggestedFilename(), csv: await readFile(await download.path(), 'utf8') };
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ baseURL: WORKORDER_REPORTS_URL, locale: 'en-US' });
});

test.afterAll(async () => {
  await page.context().close();
});

test('the owner sets up the company; four work orders are opened, one answered, two resolved', async () => {
  await setUpCompany(page, OWNER);
  const owner = await Colleague.signIn(
    await request.newContext({ baseURL: WORKORDER_REPORTS_URL }),
    OWNER.username,
    OWNER.password,
  );
  const bo = await owner.call('users.create', AGENT);
  const agent = await Colleague.signIn(
    await request.newContext({ baseURL: WORKORDER_REPORTS_URL }),
    AGENT.username,
    AGENT.password,
  );
  const jam = await owner.call('workorders.create', { subject: 'Printer jams', assigneeId: bo.id });
  await owner.call('workorders.create', { subject: 'Printer offline', assigneeId: null });
  const router = await owner.call('workorders.create', { subject: 'Router down', assigneeId: bo.id });
  await owner.call('workorders.create', { subject: 'Fridge too warm', assigneeId: bo.id });
  await agent.call('workorders.reply', { id: jam.id, body: 'Cleared the paper path.' });
  for (const id of [jam.id, router.id]) {
    const { version } = await agent.call('workorders.get', { id });
    await agent.call('workorders.setStatus', { id, version, status: 'resolved' });
  }
});

test('the report shows the week’s numbers and the open load, and each table downloads as CSV', async () => {
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Work orders' }).click();
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Work-order report' })).toBeVisible();

  const totals = page.getByRole('table', { name: 'Opened and closed' }).locator('tfoot tr');
  await expect(totals.getByRole('cell')).toHaveText(['Total', '4', '2', /min$/, /min$/]);
  const load = page.getByRole('table', { name: 'Open load per assignee' });
  await expect(
    load
      .getByRole('row', { name: /^Bo Chen/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('1');
  await expect(
    load
      .getByRole('row', { name: /^Unassigned/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('1');

  const periods = await downloaded('Opened and closed');
  expect(periods.fileName).toMatch(/^workorder-report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...lines] = periods.csv.split('\r\n').filter((line) => line !== '');
  expect(header).toBe(
    '\uFEFFPeriod,First day,Last day,Opened,Closed,Avg. first response (hours),Avg. resolution time (hours)',
  );
  // Twelve weeks; all four were opened this week, and two resolved, one of them answered first.
  expect(lines).toHaveLength(12);
  expect(lines.at(-1)).toMatch(
    new RegExp(`^\\d{4}-W\\d{2},\\d{4}-\\d{2}-\\d{2},${today()},4,2,0\\.\\d\\d,0\\.\\d\\d$`),
  );
  expect(lines.slice(0, -1).every((line) => /,0,0,,$/.test(line))).toBe(true);

  const openLoad = await downloaded('Open load per assignee');
  expect(openLoad.csv).toBe(
    '\uFEFFAssignee,Open,New,Assigned,In progress,Waiting on customer,Oldest open since\r\n' +
      `Bo Chen,1,0,1,0,0,${today()}\r\n` +
      `Unassigned,1,1,0,0,0,${today()}\r\n`,
  );

  // A range of long ago: nothing opened or closed then; the load is today's whatever the range.
  await page.getByRole('textbox', { name: 'From' }).fill('2020-01-06');
  await expect(page.getByText('Choose at most 731 days.')).toBeVisible();
  await page.getByRole('textbox', { name: 'To' }).fill('2020-01-12');
  await expect(totals.getByRole('cell')).toHaveText(['Total', '0', '0', '—', '—']);
  await expect(load.getByRole('row', { name: /^Bo Chen/ })).toBeVisible();
});

test('a saved view comes back after a reload and shows the same filtered list', async () => {
  await page.getByRole('link', { name: 'Work orders' }).first().click();
  await page.getByRole('tab', { name: /^All/ }).last().click();
  await page.getByRole('textbox', { name: 'Search' }).fill('printer');
  await expect(rows()).toHaveCount(2);

  await page.getByRole('button', { name: 'Save view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save this view' });
  await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(dialog.getByText('Please fill this in.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Printers');
  await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(page.getByText('View “Printers” saved.')).toBeVisible();

  await page.reload();
  // The page opens on the owner's own queue, where nothing is.
  await expect(page.getByRole('tab', { name: /^Mine/ })).toBeVisible();
  await page.getByRole('button', { name: 'Printers', exact: true }).click();
  await expect(rows()).toHaveCount(2);
  await expect(rows().filter({ hasText: 'Printer jams' })).toHaveCount(1);
  await expect(rows().filter({ hasText: 'Printer offline' })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Search' })).toHaveValue('printer');
});
