import { expect, request, test, type Page } from '@playwright/test';
import type { ProcedureOutput } from '../../shared/contract';
import { Colleague } from './support/api';
import { INSTALLATION_URL } from './support/hosts';
import { setUpCompany } from './support/setup';

const OWNER = {
  company: 'Cool Air Services',
  name: 'Mia Chen',
  username: 'mia',
  password: 'correct-horse-7',
};

// The company works in Berlin; this browser's clock is in Los Angeles, often on another day.
const BROWSER_ZONE = 'America/Los_Angeles';
test.use({ baseURL: INSTALLATION_URL, timezoneId: BROWSER_ZONE });
test.describe.configure({ mode: 'serial' });

let page: Page;
let api: Colleague;
let ann: ProcedureOutput<'contacts.create'>;
let tom: ProcedureOutput<'users.create'>;

/** Today in the company's zone (Europe/Berlin), as a date input holds it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

const scheduleDialog = () => page.getByRole('dialog', { name: 'Schedule installation' });
const jobBlock = (name: RegExp) => page.getByRole('button', { name });

/** From the customer's page: the form's title, technician and window, and the checklist. */
async function scheduleFromContact(title: string, from: string, until: string, checklist: string[] = []) {
  await page.goto(`/#/contacts/${ann.id}`);
  await page.getByRole('button', { name: 'Schedule installation' }).click();
  const dialog = scheduleDialog();
  await dialog.getByRole('textbox', { name: 'What is installed' }).fill(title);
  await dialog.getByRole('combobox', { name: 'Technician' }).click();
  await page.getByRole('option', { name: 'Tom Fitter' }).click();
  await dialog.getByLabel(/^Day/).fill(today());
  await dialog.getByLabel(/^From/).fill(from);
  await dialog.getByLabel(/^Until/).fill(until);
  for (const item of checklist) {
    await dialog.getByRole('textbox', { name: 'New checklist item' }).fill(item);
    await dialog.getByRole('textbox', { name: 'New checklist item' }).press('Enter');
    await expect(dialog.getByRole('checkbox', { name: item })).toBeVisible();
  }
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ baseURL: INSTALLATION_URL, timezoneId: BROWSER_ZONE, locale: 'en-US' });
});

test.afterAll(async () => {
  await page.close();
});

test('the owner sets up the company, a technician and a customer with an address', async () => {
  await setUpCompany(page, OWNER);
  api = await Colleague.signIn(
    await request.newContext({ baseURL: INSTALLATION_URL }),
    OWNER.username,
    OWNER.password,
  );
  tom = await api.call('users.create', {
    username: 'tom',
    displayName: 'Tom Fitter',
    password: 'fitter-pass-1',
    role: 'staff',
  });
  ann = await api.call('contacts.create', { name: 'Ann Lee', address: '1 Harbour Road' });
  // Technicians' windows are company time: the zone of the company's service levels.
  await api.call('workorders.sla.save', {
    ...(await api.call('workorders.sla.get', {})),
    timeZone: 'Europe/Berlin',
  });
  await page.reload();
  await page.goto(`/#/contacts/${ann.id}`);
  await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
});

test('a job scheduled from the contact shows on the technician’s week, at the contact’s address', async () => {
  await scheduleFromContact('Air conditioner', '09:00', '11:00', ['Mount indoor unit', 'Test cooling']);
  await expect(page.getByText(/Installation scheduled for Tom Fitter/)).toBeVisible();

  await page.goto('/#/installation');
  await expect(page.getByRole('heading', { name: 'Installations' })).toBeVisible();
  await expect(page.getByText('No installations this week')).toBeVisible();
  await page.getByRole('combobox', { name: 'Technician' }).click();
  await page.getByRole('option', { name: 'Tom Fitter' }).click();
  await expect(jobBlock(/^09:00–11:00 Air conditioner, Ann Lee \(Scheduled\)$/)).toBeVisible();
  await expect(page.getByText('No installations this week')).toHaveCount(0);

  const [job] = (
    await api.call('installation.week', { technicianId: tom.id, day: today(), timeZone: 'Europe/Berlin' })
  ).jobs;
  expect(job).toMatchObject({ address: '1 Harbour Road', startTime: '09:00', endTime: '11:00' });
});

test('an overlapping second job is warned; picking another time books it', async () => {
  await scheduleFromContact('Water heater', '10:00', '12:00');
  const dialog = scheduleDialog();
  const warning = dialog.getByRole('alert');
  await expect(warning.getByText('The technician is already booked')).toBeVisible();
  await expect(warning.getByText(/09:00 – 11:00 · Air conditioner · Ann Lee/)).toBeVisible();

  await warning.getByRole('button', { name: 'Pick another time' }).click();
  await expect(dialog.getByText('The technician is already booked')).toHaveCount(0);
  await expect(dialog.getByLabel(/^From/)).toBeFocused();
  await dialog.getByLabel(/^From/).fill('13:00');
  await dialog.getByLabel(/^Until/).fill('15:00');
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  // The first job's notice may still be up.
  await expect(page.getByText(/Installation scheduled for Tom Fitter: .*13:00/)).toBeVisible();

  await page.goto(`/#/installation?technician=${tom.id}&day=${today()}`);
  await expect(jobBlock(/^09:00–11:00 Air conditioner/)).toBeVisible();
  await expect(jobBlock(/^13:00–15:00 Water heater, Ann Lee/)).toBeVisible();
});

test('a save after a colleague’s change offers their version, keeping what was typed', async () => {
  await jobBlock(/^13:00–15:00 Water heater/).click();
  const dialog = page.getByRole('dialog', { name: 'Installation: Water heater' });
  await dialog.getByRole('textbox', { name: 'What is installed' }).fill('Water heater, 80 l');
  const { jobs } = await api.call('installation.week', {
    technicianId: tom.id,
    day: today(),
    timeZone: 'Europe/Berlin',
  });
  const heater = jobs.find((job) => job.title === 'Water heater')!;
  await api.call('installation.update', {
    id: heater.id,
    version: heater.version,
    patch: { address: '2 Dock Street' },
  });

  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this job' });
  await conflict.getByRole('button', { name: 'Load their version' }).click();
  await expect(conflict).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toHaveValue('2 Dock Street');
  await expect(dialog.getByRole('textbox', { name: 'What is installed' })).toHaveValue('Water heater, 80 l');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Installation job saved.')).toBeVisible();
  await expect(jobBlock(/^13:00–15:00 Water heater, 80 l, Ann Lee/)).toBeVisible();
  expect(await api.call('installation.get', { id: heater.id })).toMatchObject({
    title: 'Water heater, 80 l',
    address: '2 Dock Street',
    version: heater.version + 2,
  });
});

test('the checklist is ticked and the job completed with notes', async () => {
  await jobBlock(/^09:00–11:00 Air conditioner/).click();
  const dialog = page.getByRole('dialog', { name: 'Installation: Air conditioner' });
  await dialog.getByRole('checkbox', { name: 'Mount indoor unit' }).click();
  await dialog.getByRole('checkbox', { name: 'Test cooling' }).click();
  await dialog.getByRole('button', { name: 'Mark done' }).click();
  await expect(dialog.getByText('Add completion notes to mark the job done.')).toBeVisible();

  await dialog
    .getByRole('textbox', { name: 'Completion notes' })
    .fill('Installed and tested; remote explained.');
  await dialog.getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByText('Air conditioner is done.')).toBeVisible();
  await expect(jobBlock(/^09:00–11:00 Air conditioner, Ann Lee \(Done\)$/)).toBeVisible();

  const { jobs } = await api.call('installation.week', {
    technicianId: tom.id,
    day: today(),
    timeZone: 'Europe/Berlin',
  });
  expect(jobs.find((job) => job.title === 'Air conditioner')).toMatchObject({
    status: 'done',
    completionNotes: 'Installed and tested; remote explained.',
    checklist: [
      { text: 'Mount indoor unit', done: true },
      { text: 'Test cooling', done: true },
    ],
  });
});

test('both jobs are on the contact’s timeline, the completed one as done', async () => {
  await page.goto(`/#/contacts/${ann.id}`);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const done = timeline.getByTestId('timeline-entry').filter({ hasText: 'Installation: Air conditioner' });
  await expect(done.getByText('Done', { exact: true })).toBeVisible();
  await expect(done.getByText(/09:00 – 11:00 · Tom Fitter/)).toBeVisible();
  await expect(timeline.getByText('Installation: Water heater, 80 l')).toBeVisible();
});
