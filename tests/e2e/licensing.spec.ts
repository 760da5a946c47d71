import { expect, test, type Page } from '@playwright/test';
import { Colleague } from './support/api';
import { LICENSING_URL } from './support/hosts';
import { setUpCompany, signIn } from './support/setup';
import { readmeScreenshot } from './support/readme-screenshot';
import { tellAsOneStory } from './support/story';
import { issueKey } from './support/vendor';

const OWNER = { company: 'Acme Trading', name: 'Li Na', username: 'lina', password: 'correct-horse-9' };
const STAFF = { name: 'Wang Fang', username: 'wangfang', password: 'initial-pass-1' };
const LICENSEE = 'Acme Trading Co., Ltd.';

// Keys of the tests' own vendor (support/vendor.ts), signed by the real vendor tool.
const erp = issueKey(
  { licensee: LICENSEE, edition: 'erp', seats: 2, updatesUntil: '2031-12-31', supportUntil: '2029-06-30' },
  'acme-erp.crmlicense',
);
const standard = issueKey(
  { licensee: LICENSEE, edition: 'standard', seats: 2, updatesUntil: '2031-12-31' },
  'acme-standard.crmlicense',
);

// A company of its own (playwright.config.ts), one story.
test.use({ baseURL: LICENSING_URL });
let page: Page;
tellAsOneStory((opened) => (page = opened));

const sidebar = () => page.getByRole('navigation', { name: 'Modules' });
const companyNav = () => page.getByRole('navigation', { name: 'Company' });
const summary = () => page.getByRole('main');

/** A key as it may arrive pasted from an email: broken into lines. */
const wrapped = (key: string) => key.match(/.{1,64}/g)!.join('\n');

/** The same key with one character of its payload changed: its signature no longer matches. */
function altered(key: string): string {
  const [prefix, keyId, payload, signature] = key.split('.') as [string, string, string, string];
  const at = Math.floor(payload.length / 2);
  const changed = payload[at] === 'A' ? 'B' : 'A';
  return [prefix, keyId, payload.slice(0, at) + changed + payload.slice(at + 1), signature].join('.');
}

/** Drops a file on the window the way a file manager would. */
async function dropFile(name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/plain' }));
      return transfer;
    },
    { name, text },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop the licence file to activate it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

async function createUser(name: string, username: string) {
  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await dialog.getByRole('textbox', { name: 'Username' }).fill(username);
  await dialog.getByLabel(/^First password/).fill(STAFF.password);
  await dialog.getByRole('button', { name: 'Create user' }).click();
  return dialog;
}

test('a new company runs a trial of every module', async () => {
  await setUpCompany(page, OWNER);

  await expect(sidebar().getByRole('link', { name: 'Inventory' })).toBeVisible();
  await expect(sidebar().getByText('Not in your licence')).toBeHidden();
  await expect(page.getByRole('link', { name: /^Free trial/ })).toContainText('30 days left');

  await companyNav().getByRole('link', { name: 'Licence' }).click();
  await expect(page.getByRole('heading', { name: 'Licence', exact: true })).toBeVisible();
  await expect(summary().getByRole('heading', { name: 'Free trial' })).toBeVisible();
  await expect(summary().getByText('1 of 3 seats in use')).toBeVisible();
});

test('a changed key dropped on the window is refused, and the refusal explains itself', async () => {
  await sidebar().getByRole('link', { name: 'Customers' }).click();
  await dropFile('acme-erp.crmlicense', altered(erp.key));

  await expect(page.getByRole('heading', { name: 'Licence', exact: true })).toBeVisible();
  const refusal = page.getByRole('alert').filter({ hasText: 'This key has been altered' });
  await expect(refusal).toContainText('Its signature does not match its content');
  await expect(refusal).toContainText('Use the key exactly as your vendor sent it');
  await expect(summary().getByRole('heading', { name: 'Free trial' })).toBeVisible();
});

test('the owner activates an ERP key for 2 seats, pasted with line breaks', async () => {
  await page.getByRole('textbox', { name: 'Licence key' }).fill(wrapped(erp.key));
  await expect(page.getByRole('alert').filter({ hasText: 'altered' })).toBeHidden();
  await page.getByRole('button', { name: 'Activate' }).click();

  await expect(page.getByText(`Licence activated: ERP edition for ${LICENSEE}.`)).toBeVisible();
  await expect(summary().getByRole('heading', { name: 'ERP edition' })).toBeVisible();
  await expect(summary().getByText(LICENSEE)).toBeVisible();
  await expect(summary().getByText('1 of 2 seats in use')).toBeVisible();
  await expect(summary().getByText('December 31, 2031')).toBeVisible();
  await expect(summary().getByText('June 30, 2029')).toBeVisible();
  await expect(summary().getByText('Never (perpetual licence)')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Licence key' })).toHaveValue('');
  await expect(page.getByRole('link', { name: /^Free trial/ })).toBeHidden();
});

test('the licence page, for the README', async () => {
  await page.getByText(`Licence activated`).waitFor({ state: 'hidden', timeout: 15_000 });
  await readmeScreenshot(page, 'licence');
});

test('the owner creates one user, which takes the last seat', async () => {
  await companyNav().getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  const dialog = await createUser(STAFF.name, STAFF.username);
  await expect(dialog).toBeHidden();

  const users = page.getByRole('table', { name: 'Users' });
  await expect(users.getByRole('row', { name: STAFF.name })).toContainText('Active');
  await expect(page.getByText('2 of 2 seats in use')).toBeVisible();
});

test('staff see neither the users page nor its link, even by its address', async ({ browser }) => {
  const staffPage = await browser.newPage();
  await signIn(staffPage, STAFF);
  await expect(staffPage.getByRole('navigation', { name: 'Company' })).toBeHidden();

  await staffPage.goto(`${LICENSING_URL}/#/users`);
  await expect(staffPage.getByText("You don't have access to this page")).toBeVisible();
  await expect(staffPage.getByRole('table', { name: 'Users' })).toBeHidden();
  await staffPage.close();
});

test('a third user is refused with the explanation, and the plan page is offered', async () => {
  const dialog = await createUser('Chen Jing', 'chenjing');
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('No free seat');
  await expect(refusal).toContainText('All seats of your licence are in use (2 of 2).');
  await expect(refusal).toContainText('Deactivate someone who no longer needs access, or add seats');

  await refusal.getByRole('link', { name: 'Compare plans and add seats' }).click();
  await expect(page.getByRole('heading', { name: 'Plans and pricing' })).toBeVisible();
  await expect(dialog).toBeHidden();
  const quote = page.getByRole('table', { name: 'Quote an upgrade' });
  await expect(quote).toContainText('ERP edition');
  await expect(quote).toContainText('2 seats');

  await page.getByRole('textbox', { name: 'Seats' }).fill('3');
  // ERP 2,380.00 × 3 seats, a year of support (300.00) and of updates (200.00) per seat.
  await expect(quote.getByRole('row').last()).toContainText('CN¥8,640.00');
});

test('deactivating frees a seat, and the last owner cannot be demoted', async () => {
  await companyNav().getByRole('link', { name: 'Users' }).click();
  const users = page.getByRole('table', { name: 'Users' });
  await users.getByRole('button', { name: `More actions for ${STAFF.name}` }).click();
  await page.getByRole('menuitem', { name: 'Deactivate…' }).click();
  await page
    .getByRole('dialog', { name: `Deactivate ${STAFF.name}?` })
    .getByRole('button', { name: 'Deactivate' })
    .click();
  await expect(users.getByRole('row', { name: STAFF.name })).toContainText('Deactivated');
  await expect(page.getByText('1 of 2 seats in use')).toBeVisible();

  await users.getByRole('button', { name: `More actions for ${STAFF.name}` }).click();
  await page.getByRole('menuitem', { name: 'Reactivate' }).click();
  await expect(users.getByRole('row', { name: STAFF.name })).toContainText('Active');
  await expect(page.getByText('2 of 2 seats in use')).toBeVisible();

  await users.getByRole('combobox', { name: `Role of ${OWNER.name}` }).click();
  await page.getByRole('option', { name: 'Administrator' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The company needs an owner' });
  await expect(refusal).toContainText('Make another user an owner first');
  await expect(users.getByRole('combobox', { name: `Role of ${OWNER.name}` })).toHaveValue('Owner');
});

test('a Standard key locks the inventory screen, and the lock explains itself', async () => {
  await companyNav().getByRole('link', { name: 'Licence' }).click();
  await page.locator('input[type=file]').setInputFiles(standard.file);
  await expect(summary().getByRole('heading', { name: 'Standard edition' })).toBeVisible();

  const locked = sidebar().getByRole('link', { name: 'Inventory locked' });
  await expect(locked).toBeVisible();
  await locked.click();
  const lock = page.getByRole('region', { name: 'Inventory is not in your licence' });
  await expect(lock).toContainText('It comes with the ERP edition.');

  await page.goto(`${LICENSING_URL}/#/contacts`);
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await page.goto(`${LICENSING_URL}/#/inventory`);
  await expect(lock).toBeVisible();
  await lock.getByRole('link', { name: 'Compare plans' }).click();
  await expect(page.getByRole('heading', { name: 'Plans and pricing' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Quote an upgrade' })).toContainText('ERP edition');
});

test('the owner changes their password; their other sessions end', async ({ request }) => {
  const elsewhere = await Colleague.signIn(request, OWNER.username, OWNER.password);
  await page.getByRole('button', { name: 'Account and preferences' }).click();
  await page.getByRole('menuitem', { name: 'Change password…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change your password' });
  await dialog.getByLabel(/^Current password/).fill('not-my-password');
  await dialog.getByLabel(/^New password/).fill('battery-staple-7');
  await dialog.getByLabel(/^Repeat password/).fill('battery-staple-7');
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog.getByText('This is not your current password.')).toBeVisible();

  await dialog.getByLabel(/^Current password/).fill(OWNER.password);
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password was changed.')).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(await elsewhere.status('auth.me', {})).toBe(401);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Plans and pricing' })).toBeVisible();
});
