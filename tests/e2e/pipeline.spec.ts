import { expect, request, test, type Locator, type Page } from '@playwright/test';
import type { ProcedureOutput } from '../../shared/contract';
import { Colleague } from './support/api';
import { PIPELINE_URL } from './support/hosts';
import { setUpCompany } from './support/setup';
import { readmeScreenshot } from './support/readme-screenshot';
import { tellAsOneStory } from './support/story';

const OWNER = { company: 'Harbor Trading', name: 'Li Na', username: 'lina', password: 'correct-horse-9' };

test.use({ baseURL: PIPELINE_URL });

let page: Page;
tellAsOneStory((opened) => (page = opened));

let colleague: Colleague;
let ann: ProcedureOutput<'contacts.create'>;

const column = (name: string) => page.getByRole('region', { name, exact: true });
const card = (title: string) => page.getByRole('button', { name: new RegExp(`^${title},`) });

/** Drags with the mouse as a user would: press, move a little to start, then to the target. */
async function drag(from: Locator, to: Locator): Promise<void> {
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2 + 4, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, end.y + 80, { steps: 12 });
  await page.mouse.up();
}

test('first run: sets up the company and its owner', async () => {
  await setUpCompany(page, OWNER);

  const api = await request.newContext({ baseURL: PIPELINE_URL });
  colleague = await Colleague.signIn(api, OWNER.username, OWNER.password);
  ann = await colleague.call('contacts.create', { name: 'Ann Lee', companyName: 'Harbor Foods' });
});

test('the pipeline starts empty, with a way to add the first deal', async () => {
  await page.getByRole('link', { name: 'Pipeline' }).click();
  await expect(page.getByRole('heading', { name: 'Pipeline' })).toBeVisible();
  await expect(page.getByText('No deals yet')).toBeVisible();
});

test('creates a deal for a contact from the keyboard; it appears in the first stage', async () => {
  // `n` makes the page's own kind of record: a deal here, not a contact.
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New deal' });
  await expect(dialog).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Deal', exact: true }).fill('Cold store fit-out');
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('12,500.505');
  await dialog.getByLabel('Contact', { exact: true }).fill('Ann');
  await page.getByRole('option', { name: /Ann Lee/ }).click();
  await dialog.getByRole('textbox', { name: 'Deal', exact: true }).press('Enter');
  await expect(dialog.getByText('no more decimals than the currency has')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Amount' }).fill('12,500.50');
  await dialog.getByRole('textbox', { name: 'Amount' }).press('Enter');
  await expect(dialog).toBeHidden();

  const qualification = column('Qualification');
  await expect(qualification.getByRole('button', { name: 'Cold store fit-out, $12,500.50' })).toBeVisible();
  await expect(qualification.getByText('Ann Lee · Harbor Foods')).toBeVisible();
  await expect(qualification.getByTestId('column-total')).toHaveText('$12,500.50');
});

test('drags the deal to Won, gives the reason, and sees it counted there', async () => {
  await drag(card('Cold store fit-out'), column('Won'));
  const dialog = page.getByRole('dialog', { name: 'Deal won' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: /Why did we win/ }).fill('Fastest installation date');
  await dialog.getByRole('textbox', { name: /Why did we win/ }).press('Enter');
  await expect(dialog).toBeHidden();

  await expect(column('Won').getByRole('button', { name: /^Cold store fit-out,/ })).toBeVisible();
  await expect(column('Won').getByTestId('column-total')).toHaveText('$12,500.50');
  await expect(column('Won').getByLabel('1 deal')).toBeVisible();
  await expect(column('Qualification').getByRole('button')).toHaveCount(0);

  const [stored] = (await colleague.call('deals.list', { filter: { status: 'won' } })).items;
  expect(stored).toMatchObject({ title: 'Cold store fit-out', amount: 1_250_050, currency: 'USD' });
  expect(stored!.closeReason).toBe('Fastest installation date');
});

test('a colleague’s new deal shows up live; a lost deal needs its reason (keyboard drag)', async () => {
  await colleague.call('deals.create', { title: 'Freezer cabinets', amount: 480_000, currency: 'JPY' });
  const freezer = card('Freezer cabinets');
  await expect(
    column('Qualification').getByRole('button', { name: 'Freezer cabinets, ¥480,000' }),
  ).toBeVisible();

  // The board may still redraw from the colleague's change: pick the card up once it holds focus.
  await expect(column('Qualification').getByTestId('column-total')).toContainText('¥480,000');
  await freezer.focus();
  await expect(freezer).toBeFocused();
  await page.keyboard.press('Space');
  // Qualification → Needs analysis → Proposal → Negotiation → Won → Lost, each step announced.
  for (const next of ['Needs analysis', 'Proposal', 'Negotiation', 'Won', 'Lost']) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(`Freezer cabinets is over ${next}.`)).toBeAttached();
  }
  await page.keyboard.press('Space');

  const dialog = page.getByRole('dialog', { name: 'Deal lost' });
  const reason = dialog.getByRole('textbox', { name: /Why was it lost/ });
  // The caret is in the reason box: Enter at once is refused, the reason is asked for.
  await expect(reason).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Please say why the deal was lost.')).toBeVisible();
  await reason.fill('Budget moved to next year');
  await reason.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(column('Lost').getByRole('button', { name: /^Freezer cabinets,/ })).toBeVisible();
  await expect(column('Lost').getByTestId('column-total')).toHaveText('¥480,000');
});

test('the won deal is on the contact’s timeline', async () => {
  const timeline = await colleague.call('timeline.forContact', { contactId: ann.id });
  expect(timeline.items.filter((item) => item.kind === 'deal').map((item) => item.data)).toMatchObject([
    { change: 'won', title: 'Cold store fit-out', reason: 'Fastest installation date' },
    { change: 'created', stageName: 'Qualification' },
  ]);

  await page.goto(`/#/contacts/${ann.id}`);
  const onTimeline = page.getByRole('region', { name: 'Timeline' });
  await expect(onTimeline.getByText('Deal “Cold store fit-out” won')).toBeVisible();
  await expect(onTimeline.getByText('$12,500.50 · Fastest installation date')).toBeVisible();
});

test('the list view sorts deals by amount; a stage with open deals cannot be removed', async () => {
  await colleague.call('deals.create', { title: 'Ice machine', amount: 90_000, currency: 'USD' });
  await page.goto('/#/pipeline/list');
  const table = page.getByRole('table', { name: 'Deals' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await table.getByRole('button', { name: 'Amount' }).click();
  const titles = table.getByRole('row').locator('td:first-child');
  await expect(titles).toHaveText(['Cold store fit-out', 'Freezer cabinets', 'Ice machine']);

  await page.getByRole('button', { name: 'Stages' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pipeline stages' });
  await dialog.getByRole('button', { name: 'Remove Qualification' }).click();
  await dialog.getByRole('button', { name: 'Save stages' }).click();
  await expect(dialog.getByRole('alert')).toContainText('“Qualification” still holds 1 open deal');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the pipeline board, for the README', async () => {
  await page.goto('/#/pipeline');
  await expect(column('Won')).toContainText('Cold store fit-out');
  await readmeScreenshot(page, 'pipeline');
});
