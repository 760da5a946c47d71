import { expect, request, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProcedureOutput } from '../../shared/contract';
import { MAX_ATTACHMENT_BYTES } from '../../shared/workorders/attachments';
import { Colleague } from './support/api';
import { savedText } from './support/downloads';
import { WORKORDERS_URL } from './support/hosts';
import { OWNER, AGENT, STAFF } from './support/harbor-service';
import { readmeScreenshot } from './support/readme-screenshot';
import { setUpCompany, signIn } from './support/setup';
import { navLink, openWindow } from './support/windows';

test.use({ baseURL: WORKORDERS_URL });
test.describe.configure({ mode: 'serial' });

/** Two people of the same company, each in a browser window of their own. */
let owner: Page;
let agent: Page;
let staff: Page;
let api: Colleague;
let ann: ProcedureOutput<'contacts.create'>;
let jamId: number;

const queue = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const rows = (page: Page) => page.getByRole('listbox').getByRole('option');
const thread = (page: Page) => page.getByRole('region', { name: 'Conversation' });

test.beforeAll(async ({ browser }) => {
  owner = await openWindow(browser, WORKORDERS_URL);
  agent = await openWindow(browser, WORKORDERS_URL, { desktopNotices: true });
  staff = await openWindow(browser, WORKORDERS_URL);
});

test.afterAll(async () => {
  for (const page of [owner, agent, staff]) await page.context().close();
});

test('the owner sets up the company, an agent and a staff member', async () => {
  await setUpCompany(owner, OWNER);
  api = await Colleague.signIn(
    await request.newContext({ baseURL: WORKORDERS_URL }),
    OWNER.username,
    OWNER.password,
  );
  await api.call('users.create', AGENT);
  await api.call('users.create', STAFF);
  ann = await api.call('contacts.create', { name: 'Ann Lee', companyName: 'Harbor Foods' });
});

test('the owner hands new work orders to the agent by round-robin; a nameless group is refused', async () => {
  await navLink(owner, 'Work orders').click();
  await expect(owner.getByRole('heading', { name: 'Work orders' })).toBeVisible();
  await owner.getByRole('link', { name: 'Dispatch' }).click();
  await expect(owner.getByText('No dispatch groups')).toBeVisible();

  await owner.getByRole('button', { name: 'Add group' }).click();
  await owner.getByRole('button', { name: 'Save dispatch' }).click();
  await expect(owner.getByText('Please fill this in.')).toBeVisible();

  const group = owner.getByRole('region', { name: 'Group 1' });
  await group.getByRole('textbox', { name: 'Group name' }).fill('Service desk');
  await expect(owner.getByRole('combobox', { name: 'Rule' })).toHaveValue('Round-robin');
  await owner.getByRole('combobox', { name: 'Members' }).click();
  await owner.getByRole('option', { name: 'Bo Chen' }).click();
  await owner.keyboard.press('Escape');
  await owner.getByRole('button', { name: 'Save dispatch' }).click();
  await expect(owner.getByText('Dispatch saved.')).toBeVisible();

  const settings = await api.call('workorders.dispatch.get', {});
  expect(settings.groups).toMatchObject([{ name: 'Service desk', rule: 'roundRobin', categories: [] }]);
  expect(settings.groups[0]!.memberIds).toHaveLength(1);

  // Saved elsewhere meanwhile: this page's save is refused and offers their version.
  await api.call('workorders.dispatch.save', {
    version: settings.version,
    groups: settings.groups.map((group) => ({ ...group, categories: ['Repair', 'Install'] })),
  });
  await owner.getByRole('region', { name: 'Service desk' }).getByRole('combobox', { name: 'Rule' }).click();
  await owner.getByRole('option', { name: 'Fewest open' }).click();
  await owner.getByRole('button', { name: 'Save dispatch' }).click();
  await expect(owner.getByText('Someone else saved the dispatch settings meanwhile')).toBeVisible();
  await owner.getByRole('button', { name: 'Load theirs' }).click();
  await expect(owner.getByRole('combobox', { name: 'Rule' })).toHaveValue('Round-robin');
  await expect(owner.getByRole('region', { name: 'Service desk' })).toContainText('Install');
});

test('the agent and the staff member sign in, each in a window of their own', async () => {
  await signIn(agent, AGENT);
  await navLink(agent, 'Work orders').click();
  await expect(queue(agent, 'Mine')).toHaveAttribute('aria-selected', 'true');
  await expect(agent.getByText('Nothing assigned to you')).toBeVisible();
  await expect(agent.getByTestId('queue-count-mine')).toHaveText('0');
  // `n` opens a new work order here; Esc closes it and nothing is made.
  await agent.keyboard.press('n');
  await expect(agent.getByRole('dialog', { name: 'New work order' })).toBeVisible();
  await agent.keyboard.press('Escape');
  await expect(agent.getByRole('dialog', { name: 'New work order' })).toBeHidden();

  await signIn(staff, STAFF);
});

test('staff opens a work order from the customer page; it goes to the agent, who sees it at once', async () => {
  // From the customer list, by the keyboard, to the customer's page.
  await staff.getByRole('listbox', { name: 'Customers' }).focus();
  await staff.keyboard.press('ArrowDown');
  await staff.keyboard.press('Enter');
  await expect(staff.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
  await staff.getByRole('button', { name: 'New work order' }).click();
  const dialog = staff.getByRole('dialog', { name: 'New work order' });
  await expect(dialog.getByRole('combobox', { name: 'Customer' })).toHaveValue('Ann Lee · Harbor Foods');

  // Enter with no subject is refused, and nothing is made.
  await dialog.getByRole('textbox', { name: 'Subject' }).press('Enter');
  await expect(dialog.getByText('Please fill this in.')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Subject' }).fill('Printer jams');
  await dialog.getByRole('textbox', { name: 'Category' }).fill('Repair');
  await dialog.getByRole('textbox', { name: 'Subject' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(staff.getByText(/WO-\d{4}-\d{6} created and assigned to Bo Chen/)).toBeVisible();
  await expect(staff.getByRole('heading', { name: 'Printer jams' })).toBeVisible();
  await expect(staff.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Bo Chen');
  jamId = Number(/workorders\/(\d+)/.exec(staff.url())![1]);

  // The agent's window, untouched: the row, the count and the notice arrive by themselves.
  await expect(rows(agent).filter({ hasText: 'Printer jams' })).toContainText('Ann Lee · Harbor Foods');
  await expect(agent.getByTestId('queue-count-mine')).toHaveText('1');
  const notice = agent.getByTestId('workorder-notice');
  await expect(agent.getByText('Wu Fang gave you a work order')).toBeVisible();
  await expect(notice).toContainText('Printer jams');
  // Desktop notices are allowed in this browser, so a browser notification says the same.
  expect(await agent.evaluate(() => window.shownNotifications)).toEqual([
    {
      title: 'Wu Fang gave you a work order',
      body: expect.stringMatching(/^WO-\d{4}-\d{6} · Printer jams$/),
    },
  ]);
});

test('the agent replies, adds an internal note naming staff, and staff is told', async () => {
  // Arrow keys and Enter open it from the list.
  await agent.getByRole('listbox', { name: 'Mine' }).focus();
  await agent.keyboard.press('ArrowDown');
  await agent.keyboard.press('Enter');
  await expect(agent.getByRole('heading', { name: 'Printer jams' })).toBeVisible();

  const composer = agent.getByRole('textbox', { name: 'Reply' });
  await composer.fill('We will come by on Monday morning.');
  await composer.press('Control+Enter');
  await expect(composer).toHaveValue('');
  await expect(thread(agent).getByTestId('thread-entry').filter({ hasText: 'Monday morning' })).toContainText(
    'Bo Chen',
  );

  await agent.getByRole('checkbox', { name: 'Internal note (colleagues only)' }).check();
  const note = agent.getByRole('textbox', { name: 'Internal note' });
  await note.pressSequentially('Needs a new fuser, @wu');
  await expect(agent.getByRole('listbox', { name: 'Colleagues to mention' })).toContainText('Wu Fang');
  await note.press('Enter');
  await expect(note).toHaveValue('Needs a new fuser, @wufang ');
  await note.pressSequentially('can you order one?');
  await agent.getByRole('button', { name: 'Add note' }).click();
  const noteEntry = thread(agent).getByTestId('thread-entry').filter({ hasText: 'can you order one?' });
  await expect(noteEntry).toContainText('Internal note');

  await expect(staff.getByText('Bo Chen mentioned you')).toBeVisible();
  await expect(thread(staff).getByText('Needs a new fuser, @wufang can you order one?')).toBeVisible();
  // The notice leads to the work order and is put away.
  await staff
    .getByTestId('workorder-notice')
    .getByRole('button', { name: /Printer jams/ })
    .click();
  await expect(staff.getByText('Bo Chen mentioned you')).toBeHidden();
});

test('the agent links a knowledge article into a reply in one step; staff’s window shows the link', async () => {
  await api.call('knowledge.articles.create', {
    title: 'Clear a fuser jam',
    body: 'Let the printer cool down, then open the rear door.',
  });
  // The composer is still set to internal notes from the step before.
  await agent.getByRole('checkbox', { name: 'Internal note (colleagues only)' }).click();
  const composer = agent.getByRole('textbox', { name: 'Reply' });
  await composer.fill('Until then:');
  await agent.getByRole('button', { name: 'Insert article' }).click();
  const picker = agent.getByRole('dialog', { name: 'Insert an article' });
  await picker.getByRole('textbox', { name: 'Search articles' }).fill('fuser');
  await expect(picker.getByRole('option', { name: /Clear a fuser jam/ })).toBeVisible();
  await picker.getByRole('textbox', { name: 'Search articles' }).press('Enter');
  await expect(picker).toBeHidden();
  await composer.press('Control+Enter');
  await expect(composer).toHaveValue('');

  const link = thread(staff).getByRole('link', { name: 'Clear a fuser jam' });
  await expect(link).toBeVisible();
  await expect(thread(agent).getByRole('link', { name: 'Clear a fuser jam' })).toBeVisible();
});

test('the agent works it and resolves it; staff sees each status live', async () => {
  const actions = agent.getByRole('group', { name: 'Change status' });
  await expect(actions.getByRole('button')).toHaveText([
    'Start work',
    'Wait on customer',
    'Resolve',
    'Close',
  ]);
  await actions.getByRole('button', { name: 'Start work' }).click();
  await expect(staff.getByText('In progress', { exact: true }).first()).toBeVisible();
  await expect(thread(staff).getByText('Bo Chen set the status to In progress')).toBeVisible();

  await actions.getByRole('button', { name: 'Resolve' }).click();
  await expect(actions.getByRole('button')).toHaveText(['Close', 'Reopen']);
  await expect(thread(staff).getByText('Bo Chen set the status to Resolved')).toBeVisible();
  await expect(staff.getByRole('group', { name: 'Change status' }).getByRole('button')).toHaveText([
    'Close',
    'Reopen',
  ]);
});

test('a work order past its due time shows as overdue in the Overdue queue', async () => {
  await api.call('workorders.create', {
    subject: 'Fridge too warm',
    contactId: ann.id,
    priority: 'urgent',
    assigneeId: (await api.call('users.list', {})).items.find((user) => user.username === AGENT.username)!.id,
    dueAt: Date.now() - 3_600_000,
  });
  await navLink(agent, 'Work orders').click();
  await expect(agent.getByTestId('queue-count-overdue')).toHaveText('1');
  await queue(agent, 'Overdue').click();
  await expect(rows(agent)).toHaveCount(1);
  await expect(rows(agent).first()).toContainText('Fridge too warm');
  await expect(rows(agent).first()).toContainText('Overdue');

  // A resolved one is not overdue, and is not among the open ones.
  await queue(agent, 'All open').click();
  await expect(rows(agent).filter({ hasText: 'Fridge too warm' })).toHaveCount(1);
  await expect(rows(agent).filter({ hasText: 'Printer jams' })).toHaveCount(0);

  // Searching narrows the queue; a search that finds nothing says so, and clearing brings it back.
  await queue(agent, 'All').last().click();
  await expect(rows(agent)).toHaveCount(2);
  await agent.getByRole('textbox', { name: 'Search' }).fill('fridge');
  await expect(rows(agent)).toHaveCount(1);
  await agent.getByRole('textbox', { name: 'Search' }).fill('no such words');
  await expect(agent.getByText('No match')).toBeVisible();
  await agent.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows(agent)).toHaveCount(2);
  await expect(agent.getByRole('textbox', { name: 'Search' })).toHaveValue('');
  await readmeScreenshot(agent, 'workorders');
});

test('the agent hands a work order on with a reason, and its new assignee is told', async () => {
  await rows(agent).filter({ hasText: 'Fridge too warm' }).click();
  await expect(agent.getByRole('heading', { name: 'Fridge too warm' })).toBeVisible();
  await agent.getByRole('combobox', { name: 'Assignee' }).click();
  await agent.getByRole('option', { name: 'Wu Fang' }).click();
  const why = agent.getByRole('dialog', { name: /^Why reassign WO-/ });
  await why.getByRole('textbox', { name: 'Reason' }).press('Enter');
  await expect(why.getByText('Say why it changes hands.')).toBeVisible();
  await why.getByRole('textbox', { name: 'Reason' }).fill('I am on site all day tomorrow.');
  await why.getByRole('textbox', { name: 'Reason' }).press('Enter');
  await expect(why).toBeHidden();

  await expect(agent.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Wu Fang');
  await expect(
    thread(agent).getByText(/Bo Chen assigned it to Wu Fang · Reason: I am on site/),
  ).toBeVisible();
  await expect(staff.getByText('Bo Chen gave you a work order')).toBeVisible();
  await expect(staff.getByTestId('workorder-notice').filter({ hasText: 'Fridge too warm' })).toContainText(
    'Reason: I am on site all day tomorrow.',
  );
});

test('a stale save shows the conflict dialog; loading theirs keeps what the agent typed', async () => {
  await agent.goto(`/#/workorders/${jamId}`);
  await agent.getByRole('button', { name: 'Edit' }).click();
  const agentForm = agent.getByRole('form', { name: 'Edit work order' });
  await agentForm.getByRole('textbox', { name: 'Description' }).fill('The customer says it jams every day.');

  // Staff saves first, in the other window.
  await staff.getByRole('button', { name: 'Edit' }).click();
  const staffForm = staff.getByRole('form', { name: 'Edit work order' });
  await staffForm.getByRole('textbox', { name: 'Subject' }).fill('Printer jams on tray 2');
  await staffForm.getByRole('textbox', { name: 'Subject' }).press('Enter');
  await expect(staff.getByRole('heading', { name: 'Printer jams on tray 2' })).toBeVisible();
  // The agent's page follows, while the form keeps what is typed.
  await expect(agent.getByRole('heading', { name: 'Printer jams on tray 2' })).toBeVisible();
  await expect(agentForm.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'The customer says it jams every day.',
  );

  await agentForm.getByRole('button', { name: 'Save' }).click();
  const conflict = agent.getByRole('dialog', { name: 'Someone else changed this work order' });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Load their version' }).click();
  await expect(conflict).toBeHidden();
  await expect(agentForm.getByRole('textbox', { name: 'Subject' })).toHaveValue('Printer jams on tray 2');
  await expect(agentForm.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'The customer says it jams every day.',
  );

  await agentForm.getByRole('button', { name: 'Save' }).click();
  await expect(agentForm).toBeHidden();
  await expect(agent.getByText('The customer says it jams every day.')).toBeVisible();
  await expect(staff.getByText('The customer says it jams every day.')).toBeVisible();
  const saved = await api.call('workorders.get', { id: jamId });
  expect(saved).toMatchObject({
    subject: 'Printer jams on tray 2',
    description: 'The customer says it jams every day.',
  });
});

test('the customer’s timeline lists its work orders, with the way to each', async () => {
  await staff.goto(`/#/contacts/${ann.id}`);
  const entry = staff
    .getByRole('region', { name: 'Timeline' })
    .getByTestId('timeline-entry')
    .filter({ hasText: 'Printer jams on tray 2' });
  await expect(entry).toContainText('Resolved');
  await entry.getByRole('link').click();
  await expect(staff.getByRole('heading', { name: 'Printer jams on tray 2' })).toBeVisible();
});

test('staff attaches files to the work order; the agent sees them at once and saves a copy', async () => {
  const attachments = (page: Page) => page.getByRole('region', { name: 'Attachments' });
  const workOrderUrl = staff.url();
  await agent.goto(workOrderUrl);
  await expect(attachments(agent)).toContainText('No files yet');

  const choosing = staff.waitForEvent('filechooser');
  await attachments(staff).getByRole('button', { name: 'Attach files' }).click();
  const chooser = await choosing;
  await chooser.setFiles({
    name: 'tray-2-error.log',
    mimeType: 'text/plain',
    buffer: Buffer.from('E-204 paper jam at tray 2\n'),
  });
  await expect(
    attachments(staff).getByRole('button', { name: 'tray-2-error.log', exact: true }),
  ).toBeVisible();
  await expect(attachments(staff)).toContainText('Wu Fang');
  await expect(
    attachments(agent).getByRole('button', { name: 'tray-2-error.log', exact: true }),
  ).toBeVisible();

  const downloading = agent.waitForEvent('download');
  await attachments(agent).getByRole('button', { name: 'tray-2-error.log', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('tray-2-error.log');
  expect(await savedText(download)).toBe('E-204 paper jam at tray 2\n');
  // Only whoever attached it, an admin or the owner may remove a file.
  await expect(attachments(agent).getByRole('button', { name: /^Remove/ })).toHaveCount(0);
});

test('a file over the limit is refused before it is sent; a removed file leaves every window', async () => {
  const attachments = (page: Page) => page.getByRole('region', { name: 'Attachments' });
  const choosing = staff.waitForEvent('filechooser');
  await attachments(staff).getByRole('button', { name: 'Attach files' }).click();
  // A file on disk: the browser reads it itself, where 25 MB sent as a buffer would crawl.
  const folder = mkdtempSync(join(tmpdir(), 'crm-e2e-attachments-'));
  const scan = join(folder, 'scan.pdf');
  writeFileSync(scan, '');
  truncateSync(scan, MAX_ATTACHMENT_BYTES + 1);
  const chooser = await choosing;
  await chooser.setFiles(scan);
  await expect(staff.getByRole('alert').filter({ hasText: 'larger than 25 MB' })).toBeVisible();
  await expect(attachments(staff).getByRole('button', { name: 'scan.pdf', exact: true })).toHaveCount(0);
  rmSync(folder, { recursive: true });

  await attachments(staff).getByRole('button', { name: 'Remove tray-2-error.log' }).click();
  await staff.getByRole('dialog').getByRole('button', { name: 'Remove file' }).click();
  await expect(staff.getByText('tray-2-error.log was removed.')).toBeVisible();
  await expect(attachments(staff)).toContainText('No files yet');
  await expect(attachments(agent)).toContainText('No files yet');
});
