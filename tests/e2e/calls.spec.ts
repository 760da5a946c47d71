import { expect, request, test, type Page } from '@playwright/test';
import type { ProcedureOutput } from '../../shared/contract';
import { Colleague } from './support/api';
import { CALLS_URL } from './support/hosts';
import { profileAllowing, recordingLauncher, type RecordingLauncher } from './support/os-launcher';
import { setUpCompany } from './support/setup';
import { issueKey } from './support/vendor';
import { navLink } from './support/windows';

const OWNER = { company: 'Harbor Foods', name: 'Li Na', username: 'lina', password: 'correct-horse-9' };
const PHONE = '+86 138-0013 8000';

test.use({ baseURL: CALLS_URL });
test.describe.configure({ mode: 'serial' });

let page: Page;
let api: Colleague;
let ann: ProcedureOutput<'contacts.create'>;
/**
 * Click-to-call navigates the page to a `tel:` link; Chromium hands it to the system's launcher,
 * which is where the test looks (support/os-launcher.ts).
 */
let launcher: RecordingLauncher;

const activate = async (edition: 'standard' | 'callcenter') => {
  const { key } = issueKey(
    { licensee: OWNER.company, edition, seats: 3, updatesUntil: '2031-12-31' },
    `harbor-${edition}.crmlicense`,
  );
  expect(await api.call('license.activate', { key })).toMatchObject({ edition });
};
const callButton = () => page.getByRole('button', { name: `Call ${PHONE}` });
const callsCard = () => page.getByRole('region', { name: 'Calls' });
const panel = () => page.getByRole('region', { name: 'Current call' });
const endDialog = () => page.getByRole('dialog', { name: 'End call' });
const screenPop = () => page.getByRole('dialog', { name: 'Incoming call', exact: true });
const logRows = () => page.getByRole('table', { name: 'Call log' }).getByRole('row');

test.beforeAll(async ({ playwright, launchOptions }) => {
  launcher = recordingLauncher();
  const context = await playwright.chromium.launchPersistentContext(profileAllowing(CALLS_URL, ['tel']), {
    ...launchOptions,
    env: { ...process.env, PATH: launcher.path },
    baseURL: CALLS_URL,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  page = context.pages()[0] ?? (await context.newPage());
});

test.afterAll(async () => {
  await page.context().close();
});

test('on a standard licence a contact page offers no call button', async () => {
  await setUpCompany(page, OWNER);
  api = await Colleague.signIn(
    await request.newContext({ baseURL: CALLS_URL }),
    OWNER.username,
    OWNER.password,
  );
  ann = await api.call('contacts.create', { name: 'Ann Lee', companyName: 'Harbor Foods', phones: [PHONE] });
  await activate('standard');

  await page.goto(`/#/contacts/${ann.id}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
  await expect(page.getByText(PHONE)).toBeVisible();
  await expect(callButton()).toHaveCount(0);
  await expect(callsCard()).toHaveCount(0);
});

test('on a call-center licence the agent calls a contact: the number goes to the phone and the call is logged', async () => {
  await activate('callcenter');
  await page.reload();
  await expect(callsCard().getByText('No calls yet')).toBeVisible();

  await callButton().click();
  await expect.poll(() => launcher.opened()).toEqual(['tel:+8613800138000']);
  await expect(panel()).toContainText(PHONE);
  await expect(panel()).toContainText('Ringing');
  await expect(panel().getByRole('link', { name: 'Ann Lee' })).toBeVisible();
  await expect(callsCard().getByRole('listitem')).toHaveCount(1);
  await expect(callsCard().getByRole('listitem')).toContainText('Li Na');

  // Nobody picks up: the agent hangs up, saying the line was busy.
  await panel().getByRole('button', { name: 'Hang up' }).click();
  await endDialog().getByRole('radio', { name: 'Busy' }).check();
  await endDialog().getByRole('textbox', { name: 'Notes' }).fill('Line busy, try after lunch');
  await endDialog().getByRole('textbox', { name: 'Notes' }).press('Enter');
  await expect(page.getByText(`Call with ${PHONE} logged.`)).toBeVisible();
  await expect(panel()).toHaveCount(0);
  const logged = callsCard().getByRole('listitem');
  await expect(logged).toContainText('Busy');
  await expect(logged).toContainText('Line busy, try after lunch');
});

test('the agent attaches the call’s recording, an audio file, and saves a copy of it', async () => {
  const logged = callsCard().getByRole('listitem');
  const attach = logged.getByRole('button', { name: `Attach the recording of the call with ${PHONE}` });
  const choosingText = page.waitForEvent('filechooser');
  await attach.click();
  await (
    await choosingText
  ).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await expect(page.getByRole('alert').filter({ hasText: 'A recording is an audio file' })).toBeVisible();

  const choosingAudio = page.waitForEvent('filechooser');
  await attach.click();
  await (
    await choosingAudio
  ).setFiles({ name: 'ann-busy.mp3', mimeType: 'audio/mpeg', buffer: Buffer.from('ID3 busy tone') });
  await expect(page.getByText('Recording ann-busy.mp3 attached.')).toBeVisible();
  const save = logged.getByRole('button', { name: 'Save the recording ann-busy.mp3' });
  const downloading = page.waitForEvent('download');
  await save.click();
  expect((await downloading).suggestedFilename()).toBe('ann-busy.mp3');
});

test('an incoming call typed in with the number in another format pops up its contact, is answered and hung up', async () => {
  await navLink(page, 'Call center').click();
  await expect(page.getByRole('heading', { name: 'Calls' })).toBeVisible();
  await expect(logRows().filter({ hasText: PHONE })).toContainText('Busy');

  await page.getByRole('button', { name: 'Log incoming call' }).click();
  const form = page.getByRole('dialog', { name: 'Log incoming call' });
  const number = form.getByRole('textbox', { name: "Caller's number" });
  await number.fill('call me');
  await number.press('Enter');
  await expect(form.getByText('Use digits and + ( ) - . / only, with at least 3 digits.')).toBeVisible();
  await number.fill('138-0013-8000');
  await number.press('Enter');
  await expect(form).toBeHidden();

  await expect(screenPop()).toContainText('138-0013-8000');
  const caller = screenPop().getByRole('listitem');
  await expect(caller).toContainText('Ann Lee');
  await expect(caller).toContainText('Harbor Foods');
  await expect(caller.getByRole('link', { name: 'Open contact Ann Lee' })).toBeVisible();
  await screenPop().getByRole('button', { name: 'Answer' }).click();

  // Answering opens the caller's page, with the call under way in the panel.
  await expect(screenPop()).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
  await expect(panel()).toContainText('138-0013-8000');
  await expect(panel()).toContainText('Connected');
  await expect(panel().getByRole('timer', { name: 'Call time' })).toBeVisible();

  // Esc leaves the end form with the call still running; an answered call is not asked why.
  await panel().getByRole('button', { name: 'Hang up' }).click();
  await expect(endDialog().getByRole('radio')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(endDialog()).toBeHidden();
  await expect(panel()).toBeVisible();
  await panel().getByRole('button', { name: 'Hang up' }).click();
  await endDialog().getByRole('textbox', { name: 'Notes' }).fill('Asked for the new price list');
  await endDialog().getByRole('textbox', { name: 'Notes' }).press('Enter');
  await expect(page.getByText('Call with 138-0013-8000 logged.')).toBeVisible();
  await expect(panel()).toHaveCount(0);
  await expect(callsCard().getByRole('listitem').filter({ hasText: '138-0013-8000' })).toContainText(
    'Answered',
  );
});

test("the day's figures count both calls for the agent, and the log names contact and agent", async () => {
  await navLink(page, 'Call center').click();
  const figures = page
    .getByRole('table', { name: 'Daily figures' })
    .getByRole('row', { name: /Li Na/ })
    .getByRole('cell');
  // Agent, calls, incoming, outgoing, answered; then call duration and effective call time.
  for (const [column, text] of ['Li Na', '2', '1', '1', '1'].entries()) {
    await expect(figures.nth(column)).toHaveText(text);
  }
  await expect(figures.nth(5)).toHaveText(/^\d+:\d\d$/);
  await expect(figures.nth(6)).toHaveText(/^\d+:\d\d$/);
  await expect(logRows()).toHaveCount(3);
  const answered = logRows().filter({ hasText: '138-0013-8000' });
  await expect(answered).toContainText('Answered');
  await expect(answered).toContainText('Li Na');
  await expect(answered.getByRole('link', { name: 'Ann Lee' })).toBeVisible();
  await expect(answered.getByRole('img', { name: 'Incoming' })).toBeVisible();
  await expect(logRows().filter({ hasText: PHONE }).getByRole('img', { name: 'Outgoing' })).toBeVisible();
});

test('an unknown caller is said to be unknown; a dismissed call is hung up from the log as missed', async () => {
  // N, as the button's tooltip says, opens the form on the calls page.
  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: 'Log incoming call' });
  await form.getByRole('textbox', { name: "Caller's number" }).fill('555 0199');
  await form.getByRole('textbox', { name: "Caller's number" }).press('Enter');
  await expect(form).toBeHidden();
  await expect(screenPop()).toContainText('No customer has this number.');
  await screenPop().getByRole('button', { name: 'Dismiss' }).click();
  await expect(screenPop()).toBeHidden();

  const row = logRows().filter({ hasText: '555 0199' });
  await expect(row).toContainText('Ringing');
  await expect(row).toContainText('Unknown');
  await row.getByRole('button', { name: 'Hang up the call with 555 0199' }).click();
  await expect(endDialog().getByRole('radio', { name: 'Missed' })).toBeChecked();
  await endDialog().getByRole('textbox', { name: 'Notes' }).press('Enter');
  await expect(page.getByText('Call with 555 0199 logged.')).toBeVisible();
  await expect(row).toContainText('Missed');
  await expect(row.getByRole('button', { name: 'Hang up the call with 555 0199' })).toHaveCount(0);
  await expect(panel()).toHaveCount(0);
});

test('an ended call is edited from the log; a colleague’s save in between is named and the typing kept', async () => {
  const row = logRows().filter({ hasText: '555 0199' });
  await row.getByRole('button', { name: 'Edit the call with 555 0199' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit call' });
  await dialog.getByRole('textbox', { name: 'Notes' }).fill('Wrong number, no need to call back');

  // Meanwhile a colleague links the call to Ann and writes notes of their own.
  const { items } = await api.call('calls.list', {});
  const missed = items.find((call) => call.number === '555 0199')!;
  await api.call('calls.update', {
    callId: missed.id,
    version: missed.version,
    notes: 'Asked for Ann',
    contactId: ann.id,
  });

  await dialog.getByRole('textbox', { name: 'Notes' }).press('Enter');
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this call' });
  await expect(conflict).toContainText('The call with 555 0199 was saved by someone else');
  await conflict.getByRole('button', { name: 'Load their version' }).click();
  await expect(conflict).toBeHidden();
  await expect(dialog.getByRole('status')).toContainText('You and someone else both changed: Notes');
  await expect(dialog.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Wrong number, no need to call back',
  );
  await expect(dialog.getByLabel('Contact')).toHaveValue('Ann Lee');

  await dialog.getByRole('textbox', { name: 'Notes' }).press('Enter');
  await expect(page.getByText('Call with 555 0199 saved.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole('link', { name: 'Ann Lee' })).toBeVisible();
  // The new notes show on Ann's page.
  await row.getByRole('link', { name: 'Ann Lee' }).click();
  await expect(callsCard().getByRole('listitem').filter({ hasText: '555 0199' })).toContainText(
    'Wrong number, no need to call back',
  );
});

test('an unknown caller becomes a new contact from the screen pop, and the call is linked to them when logged', async () => {
  await navLink(page, 'Call center').click();
  await page.getByRole('button', { name: 'Log incoming call' }).click();
  const form = page.getByRole('dialog', { name: 'Log incoming call' });
  await form.getByRole('textbox', { name: "Caller's number" }).fill('555 0177');
  await form.getByRole('textbox', { name: "Caller's number" }).press('Enter');
  await expect(screenPop()).toContainText('No customer has this number.');

  await screenPop().getByRole('button', { name: 'New contact' }).click();
  const contactForm = page.getByRole('dialog', { name: 'New contact' });
  await expect(contactForm.getByRole('textbox', { name: 'Phone 1' })).toHaveValue('555 0177');
  await expect(screenPop()).toBeHidden();
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Wei Zhang');
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).press('Enter');
  await expect(page.getByText('Wei Zhang was added.')).toBeVisible();

  // The pop comes back with the new contact as the caller; answering opens their page.
  await expect(screenPop().getByRole('listitem')).toContainText('Wei Zhang');
  await screenPop().getByRole('button', { name: 'Answer' }).click();
  await expect(page.getByRole('heading', { name: 'Wei Zhang' })).toBeVisible();
  await expect(panel().getByRole('link', { name: 'Wei Zhang' })).toBeVisible();
  await panel().getByRole('button', { name: 'Hang up' }).click();
  await expect(endDialog().getByLabel('Contact')).toHaveValue('Wei Zhang');
  await endDialog().getByRole('textbox', { name: 'Notes' }).fill('New customer, wants a catalogue');
  await endDialog().getByRole('textbox', { name: 'Notes' }).press('Enter');
  await expect(page.getByText('Call with 555 0177 logged.')).toBeVisible();
  const logged = callsCard().getByRole('listitem').filter({ hasText: '555 0177' });
  await expect(logged).toContainText('Answered');
  await expect(logged).toContainText('New customer, wants a catalogue');
});

test('the agent removes a call’s recording after confirming; the call can take a new one', async () => {
  await page.goto(`/#/contacts/${ann.id}`);
  const logged = callsCard().getByRole('listitem').filter({ hasText: PHONE });
  await logged.getByRole('button', { name: 'Remove the recording ann-busy.mp3' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove the recording?' });
  await expect(confirm).toContainText('ann-busy.mp3, the recording of the call with');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(logged.getByRole('button', { name: 'Save the recording ann-busy.mp3' })).toBeVisible();

  await logged.getByRole('button', { name: 'Remove the recording ann-busy.mp3' }).click();
  await confirm.getByRole('button', { name: 'Remove recording' }).click();
  await expect(page.getByText('Recording ann-busy.mp3 removed.')).toBeVisible();
  await expect(logged.getByRole('button', { name: 'Save the recording ann-busy.mp3' })).toHaveCount(0);
  await expect(
    logged.getByRole('button', { name: `Attach the recording of the call with ${PHONE}` }),
  ).toBeVisible();
});

test('a call ended elsewhere closes its panel here; notes being typed are kept and added to it', async () => {
  // Ended from another window while the panel only follows it: the panel closes and says why.
  const first = await api.call('calls.ring', { number: '555 0123' });
  await screenPop().getByRole('button', { name: 'Answer' }).click();
  await expect(panel()).toContainText('555 0123');
  await api.call('calls.end', { callId: first.call.id });
  await expect(page.getByText('The call with 555 0123 was ended elsewhere')).toBeVisible();
  await expect(panel()).toHaveCount(0);

  // Ended while the agent writes the notes: the form stays, and adds them to the ended call.
  const second = await api.call('calls.ring', { number: '555 0124' });
  await screenPop().getByRole('button', { name: 'Answer' }).click();
  await panel().getByRole('button', { name: 'Hang up' }).click();
  await endDialog().getByRole('textbox', { name: 'Notes' }).fill('Wants a quote by Friday');
  await api.call('calls.end', { callId: second.call.id, notes: 'Line dropped' });
  await expect(endDialog().getByRole('status')).toContainText('This call was ended elsewhere');
  await expect(endDialog().getByRole('textbox', { name: 'Notes' })).toHaveValue('Wants a quote by Friday');
  await expect(endDialog().getByRole('button', { name: 'Log call' })).toHaveCount(0);
  await endDialog().getByRole('button', { name: 'Add to the call' }).click();
  await expect(page.getByText('Notes added to the call with 555 0124.')).toBeVisible();
  await expect(endDialog()).toBeHidden();
  await expect(panel()).toHaveCount(0);
  expect((await api.call('calls.get', { callId: second.call.id })).notes).toBe(
    'Line dropped\n\nWants a quote by Friday',
  );
});

test('an unknown caller who hangs up before the answer: the pop closes, and the contact made for them is linked', async () => {
  const ringing = await api.call('calls.ring', { number: '555 0188' });
  await expect(screenPop()).toContainText('No customer has this number.');
  await screenPop().getByRole('button', { name: 'New contact' }).click();
  const contactForm = page.getByRole('dialog', { name: 'New contact' });
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Li Ming');
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).press('Enter');
  await expect(page.getByText('Li Ming was added.')).toBeVisible();
  await expect(screenPop().getByRole('listitem')).toContainText('Li Ming');

  await api.call('calls.end', { callId: ringing.call.id });
  await expect(screenPop()).toBeHidden();
  await expect
    .poll(async () => (await api.call('calls.get', { callId: ringing.call.id })).contactName)
    .toBe('Li Ming');
});
