import { readFile } from 'node:fs/promises';
import { expect, request, test, type Page } from '@playwright/test';
import type { ProcedureOutput } from '../../shared/contract';
import { Colleague } from './support/api';
import { REMOTE_URL } from './support/hosts';
import { OWNER } from './support/harbor-service';
import { profileAllowing, recordingLauncher, type RecordingLauncher } from './support/os-launcher';
import { setUpCompany } from './support/setup';

test.use({ baseURL: REMOTE_URL });
test.describe.configure({ mode: 'serial' });

let page: Page;
let api: Colleague;
let ann: ProcedureOutput<'contacts.create'>;
/**
 * In a browser a tool starts by the page navigating to its URI; Chromium hands that to the
 * system's launcher, which is where the test looks (support/os-launcher.ts).
 */
let launcher: RecordingLauncher;

const helpDialog = () => page.getByRole('dialog', { name: 'Remote help' });
const remoteIdInput = () => helpDialog().getByLabel(/remote ID/);
const sessionsCard = () => page.getByRole('region', { name: 'Remote sessions' });

test.beforeAll(async ({ playwright, launchOptions }) => {
  launcher = recordingLauncher();
  const context = await playwright.chromium.launchPersistentContext(
    profileAllowing(REMOTE_URL, ['rustdesk']),
    {
      ...launchOptions,
      env: { ...process.env, PATH: launcher.path },
      baseURL: REMOTE_URL,
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    },
  );
  page = context.pages()[0] ?? (await context.newPage());
});

test.afterAll(async () => {
  await page.context().close();
});

test('the owner sets up the company and a customer', async () => {
  await setUpCompany(page, OWNER);
  api = await Colleague.signIn(
    await request.newContext({ baseURL: REMOTE_URL }),
    OWNER.username,
    OWNER.password,
  );
  ann = await api.call('contacts.create', { name: 'Ann Lee', companyName: 'Harbor Foods' });
  await page.goto(`/#/contacts/${ann.id}`);
  await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
  await expect(sessionsCard().getByText('No remote sessions yet')).toBeVisible();
});

test('a hostile remote id is refused in the form and launches nothing', async () => {
  await page.getByRole('button', { name: 'Remote help', exact: true }).click();
  await expect(helpDialog().getByRole('combobox', { name: 'Tool' })).toHaveValue('RustDesk');
  await expect(helpDialog().getByText('Ask the customer to accept the connection')).toBeVisible();
  await expect(
    helpDialog().getByText('In the browser the tool can only be opened by its link'),
  ).toBeVisible();

  await remoteIdInput().fill('123;calc');
  await expect(helpDialog().getByText('This is not a valid ID for this tool.')).toBeVisible();
  await expect(helpDialog().getByRole('button', { name: 'Start session' })).toBeDisabled();
  await remoteIdInput().press('Enter');
  await expect(helpDialog().getByText('Remote session running')).toHaveCount(0);
  expect(launcher.opened()).toEqual([]);
  expect((await api.call('remote.list', { contactId: ann.id })).items).toEqual([]);
});

test('a valid RustDesk id starts the session: its URI goes to the system and the clock runs', async () => {
  await remoteIdInput().fill('123 456 789');
  await expect(helpDialog().getByText('This is not a valid ID for this tool.')).toHaveCount(0);
  await remoteIdInput().press('Enter');
  await expect.poll(() => launcher.opened()).toEqual(['rustdesk://connection/new/123456789']);

  const running = page.getByRole('dialog', { name: 'Remote session running' });
  await expect(running.getByText('Connected through RustDesk to 123456789')).toBeVisible();
  await expect(running.getByRole('timer')).toHaveText(/^0:0[1-9]$/);
  await expect(sessionsCard().getByText('Running')).toBeVisible();
});

test('ending the session asks for its outcome and notes, then logs them', async () => {
  await page
    .getByRole('dialog', { name: 'Remote session running' })
    .getByRole('button', { name: 'End session' })
    .click();
  const ending = page.getByRole('dialog', { name: 'End remote session' });
  await ending.getByRole('button', { name: 'End session' }).click();
  await expect(ending.getByText('Choose how the session ended.')).toBeVisible();
  await expect(ending.getByText('Write what was done.')).toBeVisible();

  await ending.getByRole('radio', { name: 'Solved', exact: true }).check();
  await ending.getByRole('textbox', { name: /^Notes/ }).fill('Reinstalled the label printer driver.');
  await ending.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByText('Session ended and logged.')).toBeVisible();
  await expect(ending).toHaveCount(0);

  await expect(sessionsCard().getByText('RustDesk · 123456789')).toBeVisible();
  await expect(sessionsCard().getByText('Solved', { exact: true })).toBeVisible();
  await expect(sessionsCard().getByText('Reinstalled the label printer driver.')).toBeVisible();
  await expect(sessionsCard().getByText('Running')).toHaveCount(0);

  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Remote session through RustDesk')).toBeVisible();
  await expect(timeline.getByText('Reinstalled the label printer driver.')).toBeVisible();
  await expect(timeline.getByText('Solved', { exact: true })).toBeVisible();
});

test('the session counts in the monthly report, and its CSV holds the row', async () => {
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Remote help' }).click();
  await expect(page.getByRole('heading', { name: 'Remote service time' })).toBeVisible();
  const row = page.getByRole('table').getByRole('row', { name: /Li Na/ });
  // The session lasted seconds: no whole minute, or one if the run was slow.
  await expect(row.getByRole('cell')).toHaveText(['Li Na', '1', /^0:0[01]$/]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  expect(download.suggestedFilename()).toBe(`remote-service-time-${month}.csv`);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv).toMatch(/^\uFEFFAgent,Sessions,Service time \(h:mm\)\r\nLi Na,1,0:0[01]\r\n$/);

  await page.getByRole('textbox', { name: 'Month' }).fill('2020-01');
  await expect(page.getByText('No remote sessions in this month')).toBeVisible();
});

test('the tool settings refuse a web link as a template and a save that someone else preceded', async () => {
  await page
    .getByRole('navigation', { name: 'Company' })
    .getByRole('link', { name: 'Remote-help tools' })
    .click();
  await expect(page.getByRole('heading', { name: 'Remote-help tools' })).toBeVisible();
  const custom = page.getByRole('region', { name: 'Company tool' });
  await custom.getByRole('switch', { name: 'Offer Company tool' }).check({ force: true });
  await custom.getByText('Its link').click();
  await custom.getByRole('textbox', { name: /^Link template/ }).fill('https://helpdesk.example/{id}');
  await page.getByRole('button', { name: 'Save tools' }).click();
  await expect(custom.getByText('This kind of link is not allowed')).toBeVisible();
  expect((await api.call('remote.settings.get', {})).version).toBe(0);

  // A colleague saves first; this save names the version it read and is refused.
  await api.call('remote.settings.save', { version: 0, profiles: [], defaultTool: null });
  await custom.getByRole('textbox', { name: /^Link template/ }).fill('helpdesk://connect/{id}');
  await page.getByRole('button', { name: 'Save tools' }).click();
  await expect(page.getByText('Someone else saved the remote-help tools meanwhile')).toBeVisible();
  expect((await api.call('remote.settings.get', {})).profiles).toEqual([]);

  await page.getByRole('button', { name: 'Load theirs' }).click();
  await expect(page.getByRole('switch', { name: 'Offer RustDesk' })).not.toBeChecked();
  await page.getByRole('switch', { name: 'Offer RustDesk' }).check({ force: true });
  await page.getByRole('button', { name: 'Save tools' }).click();
  await expect(page.getByText('Remote-help tools saved.')).toBeVisible();
  const saved = await api.call('remote.settings.get', {});
  expect(saved.profiles.map((profile) => profile.tool)).toEqual(['rustdesk']);
});

test('the Test action shows the exact link a session would open; a program needs the desktop app', async () => {
  const rustdesk = page.getByRole('region', { name: 'RustDesk' });
  await expect(
    rustdesk.getByText('Only the desktop app can look for the tools installed on this computer.'),
  ).toBeVisible();
  await rustdesk.getByRole('button', { name: 'Test RustDesk' }).click();
  const ready = rustdesk.getByRole('status', { name: 'Ready' });
  await expect(ready.getByText('A session with ID 123456789 would open this link:')).toBeVisible();
  await expect(ready.getByText('rustdesk://connection/new/123456789', { exact: true })).toBeVisible();

  await rustdesk.getByText('Running the program').click();
  await expect(ready).toHaveCount(0);
  await rustdesk.getByRole('button', { name: 'Test RustDesk' }).click();
  const desktopOnly = rustdesk.getByRole('status', { name: 'Test in the desktop app' });
  await expect(desktopOnly.getByText('can only be tested in the desktop app')).toBeVisible();
  // A test starts nothing, and saves nothing.
  expect(launcher.opened()).toEqual(['rustdesk://connection/new/123456789']);
  expect((await api.call('remote.settings.get', {})).profiles).toMatchObject([
    { tool: 'rustdesk', launch: 'uri' },
  ]);
});

test('a tool the browser cannot start is explained, and the attempt is logged without connection', async () => {
  const { version } = await api.call('remote.settings.get', {});
  await api.call('remote.settings.save', {
    version,
    profiles: [{ tool: 'rustdesk', launch: 'program', program: null, uriTemplate: null, argTemplate: null }],
    defaultTool: 'rustdesk',
  });
  await page.goto(`/#/contacts/${ann.id}`);
  await page.getByRole('button', { name: 'Remote help', exact: true }).click();
  // The id the customer was helped under last time is offered again.
  await expect(remoteIdInput()).toHaveValue('123456789');
  await helpDialog().getByRole('button', { name: 'Start session' }).click();

  const refused = helpDialog().getByRole('alert', { name: 'The session could not be started' });
  await expect(refused).toContainText('A browser cannot start programs');
  await expect(refused).toContainText('logged as a session without connection');
  expect(launcher.opened()).toEqual(['rustdesk://connection/new/123456789']);
  await page.keyboard.press('Escape');
  await expect(helpDialog()).toHaveCount(0);
  await expect(sessionsCard().getByText('No connection', { exact: true })).toBeVisible();
  expect(
    (await api.call('remote.list', { contactId: ann.id })).items.map((session) => session.outcome),
  ).toEqual(['noConnection', 'solved']);
});

test('from a work order: the session starts, runs and ends with notes in the work order’s thread', async () => {
  const { version } = await api.call('remote.settings.get', {});
  await api.call('remote.settings.save', {
    version,
    profiles: [{ tool: 'rustdesk', launch: 'uri', program: null, uriTemplate: null, argTemplate: null }],
    defaultTool: 'rustdesk',
  });
  const order = await api.call('workorders.create', { subject: 'Label printer offline', contactId: ann.id });
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const sessionsBefore = (await api.call('remote.report', { month, timeZone })).items[0]!.sessions;
  await page.goto(`/#/workorders/${order.id}`);
  await expect(page.getByRole('heading', { name: 'Label printer offline' })).toBeVisible();

  await page.getByRole('button', { name: 'Remote help', exact: true }).click();
  await expect(remoteIdInput()).toHaveValue('123456789');
  await remoteIdInput().press('Enter');
  await expect
    .poll(() => launcher.opened())
    .toEqual(['rustdesk://connection/new/123456789', 'rustdesk://connection/new/123456789']);

  const running = page.getByRole('dialog', { name: 'Remote session running' });
  await running.getByRole('button', { name: 'Hide' }).click();
  await expect(running).toHaveCount(0);

  const entry = page
    .getByRole('region', { name: 'Conversation' })
    .getByRole('article', { name: 'Remote session through RustDesk' });
  await expect(entry.getByText('RustDesk · 123456789')).toBeVisible();
  await expect(entry.getByText('Running', { exact: true })).toBeVisible();
  await expect(entry.getByText(/^Li Na · /)).toBeVisible();
  await entry.getByRole('button', { name: 'End session' }).click();
  const ending = page.getByRole('dialog', { name: 'End remote session' });
  await ending.getByRole('radio', { name: 'Solved', exact: true }).click();
  await ending.getByRole('textbox', { name: /^Notes/ }).fill('Printer back online after a driver update.');
  await ending.getByRole('button', { name: 'End session' }).click();
  await expect(ending).toHaveCount(0);

  await expect(entry.getByText('Printer back online after a driver update.')).toBeVisible();
  await expect(entry.getByText('Solved', { exact: true })).toBeVisible();
  await expect(entry.getByText('Running', { exact: true })).toHaveCount(0);
  await expect(entry.getByRole('button', { name: 'End session' })).toHaveCount(0);
  // The thread carries the sessions: the work order has no separate list of them.
  await expect(sessionsCard()).toHaveCount(0);
  const logged = await api.call('remote.list', { workOrderId: order.id });
  expect(logged.items.map((session) => [session.workOrderNumber, session.outcome])).toEqual([
    [order.number, 'solved'],
  ]);

  // The service time report counts it with the agent's others.
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Remote help' }).click();
  const row = page.getByRole('table').getByRole('row', { name: /Li Na/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(sessionsBefore + 1));
});

test('from a company: the agent picks the person first, whose remote id is remembered', async () => {
  await api.call('contacts.create', { name: 'Bo Wang', companyName: 'Harbor Foods' });
  await page.goto(`/#/companies/${ann.companyId}`);
  await expect(page.getByRole('heading', { name: 'Harbor Foods' })).toBeVisible();
  await page.getByRole('button', { name: 'Remote help', exact: true }).click();

  await helpDialog().getByLabel('Who at this company?').click();
  await page.getByRole('option', { name: 'Ann Lee' }).click();
  await helpDialog().getByRole('button', { name: 'Next' }).click();
  await expect(remoteIdInput()).toHaveValue('123456789');
  const launchedBefore = launcher.opened().length;
  await remoteIdInput().press('Enter');
  await expect.poll(() => launcher.opened().length).toBe(launchedBefore + 1);

  const running = page.getByRole('dialog', { name: 'Remote session running' });
  await expect(running.getByText('Connected through RustDesk to 123456789')).toBeVisible();
  await running.getByRole('button', { name: 'End session' }).click();
  const ending = page.getByRole('dialog', { name: 'End remote session' });
  await ending.getByRole('radio', { name: 'Solved', exact: true }).click();
  await ending.getByRole('textbox', { name: /^Notes/ }).fill('Till printer paired again.');
  // The work order test's own "ended" notice may still be on screen; this one must be new.
  const endedNotice = page.getByText('Session ended and logged.');
  await expect(endedNotice).toHaveCount(0);
  await ending.getByRole('button', { name: 'End session' }).click();
  await expect(endedNotice).toBeVisible();
  const [latest] = (await api.call('remote.list', { contactId: ann.id })).items;
  expect(latest).toMatchObject({ contactId: ann.id, workOrderId: null, notes: 'Till printer paired again.' });
});

test('help from the vendor: a fresh support code, and the tool opens to be helped', async () => {
  await page.getByRole('button', { name: 'Account and preferences' }).click();
  await page.getByRole('menuitem', { name: 'Remote help from support' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remote help from support' });
  await expect(dialog.getByTestId('support-code')).toHaveText(/^\d{3} \d{3}$/);
  await expect(dialog.getByText('Trial')).toBeVisible();
  await expect(dialog.getByText('RustDesk is open: read your ID in it to support.')).toBeVisible();
  await expect.poll(() => launcher.opened().at(-1)).toBe('rustdesk://');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
