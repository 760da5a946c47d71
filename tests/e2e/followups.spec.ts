import { expect, request, test, type BrowserContext, type Page } from '@playwright/test';
import type { ProcedureOutput } from '../../shared/contract';
import { Colleague } from './support/api';
import { FOLLOWUPS_URL } from './support/hosts';
import { recordNotifications } from './support/notifications';
import { signIn } from './support/setup';

const OWNER = {
  companyName: 'Lee Trading',
  ownerName: 'Li Na',
  username: 'lina',
  password: 'correct-horse-9',
};

test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let colleague: Colleague;
let ann: ProcedureOutput<'contacts.create'>;
let ownerId: number;

test.beforeAll(async ({ browser }) => {
  const api = await request.newContext({ baseURL: FOLLOWUPS_URL });
  const setup = await api.post('/api/rpc/auth.setup', { data: { input: OWNER } });
  expect(setup.ok(), await setup.text()).toBe(true);
  ownerId = ((await setup.json()) as { result: ProcedureOutput<'auth.setup'> }).result.user.id;
  colleague = await Colleague.signIn(api, OWNER.username, OWNER.password);
  ann = await colleague.call('contacts.create', { name: 'Ann Lee', companyName: 'Harbor Foods' });

  context = await browser.newContext({ baseURL: FOLLOWUPS_URL, locale: 'en-US' });
  await context.addInitScript(recordNotifications);
  page = await context.newPage();
  await signIn(page, OWNER);
});

test.afterAll(async () => {
  await context?.close();
});

const followupsCard = () => page.getByRole('region', { name: 'Follow-ups' });
const timeline = () => page.getByRole('region', { name: 'Timeline' });

test('My follow-ups starts empty and offers desktop reminders, turned on by a click', async () => {
  await page.getByRole('link', { name: 'My follow-ups' }).click();
  await expect(page.getByRole('heading', { name: 'My follow-ups' })).toBeVisible();
  await expect(page.getByText('Nothing to follow up')).toBeVisible();

  const turnOn = page.getByRole('button', { name: 'Turn on desktop reminders' });
  await expect(turnOn).toBeVisible();
  await context.grantPermissions(['notifications'], { origin: FOLLOWUPS_URL });
  await turnOn.click();
  await expect(turnOn).toBeHidden();
});

test('adds a follow-up on the contact page: a missing subject is refused, Enter saves', async () => {
  await page.goto(`/#/contacts/${ann.id}`);
  await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
  await expect(followupsCard().getByText('No follow-ups yet')).toBeVisible();

  await followupsCard().getByRole('button', { name: 'Add follow-up' }).click();
  const dialog = page.getByRole('dialog', { name: 'New follow-up' });
  await dialog.getByText('Visit', { exact: true }).click();
  await dialog.getByLabel('Due').fill('');
  await dialog.getByRole('textbox', { name: 'Subject' }).press('Enter');
  await expect(dialog.getByText('Please fill this in.')).toBeVisible();
  await expect(dialog.getByText('Choose when it is due (only notes may go without).')).toBeVisible();

  await dialog.getByLabel('Due').fill('2031-03-04T10:30');
  await dialog.getByRole('textbox', { name: 'Subject' }).fill('Visit the new showroom');
  await dialog.getByRole('textbox', { name: 'Subject' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(followupsCard().getByText('Visit the new showroom')).toBeVisible();
  await expect(timeline().getByText('Visit: Visit the new showroom')).toBeVisible();

  // Esc closes the dialog and keeps nothing.
  await followupsCard().getByRole('button', { name: 'Add follow-up' }).click();
  await page
    .getByRole('dialog', { name: 'New follow-up' })
    .getByRole('textbox', { name: 'Subject' })
    .fill('Not this');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New follow-up' })).toBeHidden();
  await expect(followupsCard().getByText('Not this')).toHaveCount(0);
});

test('a follow-up falling due shows its reminder in the app and as a browser notification', async () => {
  await page.getByRole('link', { name: 'My follow-ups' }).click();
  await expect(
    page.getByRole('region', { name: 'Upcoming' }).getByText('Visit the new showroom'),
  ).toBeVisible();

  await colleague.call('followups.create', {
    kind: 'call',
    subject: 'Call Ann about the quote',
    contactId: ann.id,
    assigneeId: ownerId,
    dueAt: Date.now() + 3_000,
  });
  // Before it falls due it is on today's list, with no reminder yet.
  await expect(
    page.getByRole('region', { name: 'Today' }).getByText('Call Ann about the quote'),
  ).toBeVisible();
  expect(await page.evaluate(() => window.shownNotifications)).toEqual([]);

  const reminder = page.getByTestId('followup-reminder');
  await expect(reminder).toContainText('Call Ann about the quote');
  await expect(page.getByText('Call due now')).toBeVisible();
  expect(await page.evaluate(() => window.shownNotifications)).toEqual([
    { title: 'Call Ann about the quote', body: 'Ann Lee' },
  ]);
  await expect(
    page.getByRole('region', { name: 'Overdue' }).getByText('Call Ann about the quote'),
  ).toBeVisible();

  await reminder.getByRole('button', { name: 'Ann Lee' }).click();
  await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
});

test('opening the app again sums up what is overdue, with the way to it', async () => {
  await page.reload();
  const summary = page.getByRole('button', { name: 'You have 1 overdue follow-up.' });
  await summary.click();
  await expect(page.getByRole('heading', { name: 'My follow-ups' })).toBeVisible();
  await expect(summary).toBeHidden();
});

test('marks it done on My follow-ups and finds it, done, on the contact’s timeline', async () => {
  // The notice is what the user sees; `check()` also reads the box back at once, which raced a
  // redraw of the list on CI.
  await page.getByRole('checkbox', { name: 'Mark “Call Ann about the quote” done' }).click();
  await expect(page.getByText('“Call Ann about the quote” is done.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Overdue' })).toBeHidden();

  await page.goto(`/#/contacts/${ann.id}`);
  await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
  const entry = timeline()
    .getByTestId('timeline-entry')
    .filter({ hasText: 'Call: Call Ann about the quote' });
  await expect(entry).toContainText('Done');
  await expect(entry).toContainText('Li Na');
});

test('a colleague’s change to the contact appears on the timeline at once, old and new value', async () => {
  await colleague.call('contacts.update', { id: ann.id, version: ann.version, patch: { title: 'Buyer' } });
  const change = timeline().getByTestId('timeline-entry').filter({ hasText: 'Changed Job title' });
  await expect(change).toContainText('(empty)');
  await expect(change).toContainText('Buyer');
});

test('the company page lists its people, follow-ups and timeline', async () => {
  await page.getByRole('link', { name: 'Harbor Foods' }).click();
  await expect(page.getByRole('heading', { name: 'Harbor Foods' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'People' }).getByRole('link', { name: 'Ann Lee' }),
  ).toBeVisible();
  await expect(followupsCard().getByText('Visit the new showroom')).toBeVisible();
  await expect(timeline().getByText('Call: Call Ann about the quote')).toBeVisible();
});
