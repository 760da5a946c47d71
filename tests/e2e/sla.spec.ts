import { expect, request, test, type Page } from '@playwright/test';
import type { ProcedureOutput } from '../../shared/contract';
import { Colleague } from './support/api';
import { SLA_URL } from './support/hosts';
import { OWNER, AGENT } from './support/harbor-service';
import { setUpCompany, signIn } from './support/setup';
import { navLink, openWindow } from './support/windows';

test.use({ baseURL: SLA_URL });
test.describe.configure({ mode: 'serial' });

let owner: Page;
let agent: Page;
let api: Colleague;
let till: ProcedureOutput<'workorders.create'>;

test.beforeAll(async ({ browser }) => {
  owner = await openWindow(browser, SLA_URL, { desktopNotices: true });
  agent = await openWindow(browser, SLA_URL, { desktopNotices: true });
});

test.afterAll(async () => {
  for (const page of [owner, agent]) await page.context().close();
});

test('the owner sets up the company; an agent signs in; a work order comes in', async () => {
  await setUpCompany(owner, OWNER);
  api = await Colleague.signIn(
    await request.newContext({ baseURL: SLA_URL }),
    OWNER.username,
    OWNER.password,
  );
  await api.call('users.create', AGENT);
  // Its SLA clock starts now: the settings saved next apply to it from its creation.
  till = await api.call('workorders.create', { subject: 'Till printer offline' });

  await signIn(agent, AGENT);
});

test('the owner opens the clock round the week and gives normal work orders a one-minute answer', async () => {
  await navLink(owner, 'Work orders').click();
  await owner.getByRole('link', { name: 'SLA', exact: true }).click();
  await expect(owner.getByRole('heading', { name: 'Service levels' })).toBeVisible();
  const hours = owner.getByRole('region', { name: 'Business hours' });
  await expect(hours.getByRole('textbox', { name: 'Monday opens (1)' })).toHaveValue('09:00');
  await expect(hours.getByText('Closed', { exact: true })).toHaveCount(2);

  // A time that is no time is refused beside its field, and nothing is saved.
  await hours.getByRole('textbox', { name: 'Monday opens (1)' }).fill('25:00');
  await owner.getByRole('button', { name: 'Save SLA settings' }).click();
  await expect(hours.getByText('Use a 24-hour time such as 09:00.')).toBeVisible();
  expect((await api.call('workorders.sla.get', {})).version).toBe(0);

  await hours.getByRole('textbox', { name: 'Monday opens (1)' }).fill('00:00');
  await hours.getByRole('textbox', { name: 'Monday closes (1)' }).fill('24:00');
  await hours.getByRole('button', { name: "Use Monday's hours every day" }).click();
  await expect(hours.getByRole('textbox', { name: 'Sunday closes (1)' })).toHaveValue('24:00');
  const targets = owner.getByRole('region', { name: 'Targets' });
  await targets.getByRole('textbox', { name: 'First response, Normal' }).fill('1');
  await targets.getByRole('textbox', { name: 'First response, Normal' }).press('Enter');
  await expect(owner.getByText('SLA settings saved.')).toBeVisible();

  const saved = await api.call('workorders.sla.get', {});
  expect(saved.week.sun).toEqual([{ start: '00:00', end: '24:00' }]);
  expect(saved.targets.normal.firstResponse).toBe(1);
  const timed = await api.call('workorders.get', { id: till.id });
  expect(timed.sla.firstResponseDueAt).toBe(till.createdAt + 60_000);
});

test('unanswered a minute on, the work order breaches: the owner is told, the queue and its page show it', async () => {
  // Real time passes here: the breach comes at the work order's creation plus one business minute.
  test.setTimeout(120_000);
  const notice = owner.getByTestId('workorder-notice').filter({ hasText: 'Till printer offline' });
  await expect(owner.getByText('First response target missed')).toBeVisible({ timeout: 90_000 });
  await expect(notice).toContainText(till.number);
  expect(await owner.evaluate(() => window.shownNotifications)).toContainEqual({
    title: 'First response target missed',
    body: `${till.number} · Till printer offline`,
  });

  await navLink(owner, 'Work orders').click();
  await owner.getByRole('tab', { name: /^All open/ }).click();
  const row = owner
    .getByRole('listbox', { name: 'All open' })
    .getByRole('option')
    .filter({ hasText: 'Till printer offline' });
  await expect(row).toContainText('SLA breached');

  await notice.getByRole('button', { name: new RegExp(till.number) }).click();
  await expect(owner.getByRole('heading', { name: 'Till printer offline' })).toBeVisible();
  await expect(owner.getByText(/^Overdue by \d+ min$/)).toBeVisible();

  // The agent is no admin: no notice in their window.
  await expect(agent.getByText('First response target missed')).toHaveCount(0);
  expect(await agent.evaluate(() => window.shownNotifications)).toEqual([]);
});
