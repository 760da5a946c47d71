import { expect, request, test, type Page } from '@playwright/test';
import { Colleague } from './support/api';
import { DUPLICATES_URL } from './support/hosts';
import { setUpCompany } from './support/setup';
import { tellAsOneStory } from './support/story';

const OWNER = { company: 'Lotus Supplies', name: 'Li Na', username: 'lina', password: 'correct-horse-9' };
const STAFF = { username: 'sam', password: 'staff-password-1' };

test.use({ baseURL: DUPLICATES_URL });

let page: Page;
tellAsOneStory((opened) => (page = opened));

let owner: Colleague;

test('first run, and a customer entered long ago', async () => {
  await setUpCompany(page, OWNER);
  const api = await request.newContext({ baseURL: DUPLICATES_URL });
  owner = await Colleague.signIn(api, OWNER.username, OWNER.password);
  const wang = await owner.call('contacts.create', {
    name: 'Wang Fang',
    companyName: 'Lotus Foods',
    phones: ['138 0000 1111'],
    emails: ['fang@lotus.example'],
  });
  await owner.call('followups.create', { kind: 'note', subject: 'Met at the fair', contactId: wang.id });
});

test('entering the same person again warns while typing', async () => {
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Fang Wang');
  await dialog.getByRole('textbox', { name: 'Email 1' }).fill('FANG@lotus.example');
  const warning = dialog
    .getByRole('status')
    .filter({ hasText: 'This looks like a customer you already have' });
  await expect(warning).toContainText('Wang Fang');
  await expect(warning).toContainText('same e-mail');
  await dialog.getByRole('textbox', { name: 'Phone 1' }).fill('+86 138-0000-1111');
  await expect(warning).toContainText('same e-mail · same phone');
  await dialog.getByRole('textbox', { name: 'Job title' }).fill('Buyer');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Fang Wang' })).toBeVisible();
});

test('the duplicate finder groups the two, and merging keeps the follow-up and the title', async () => {
  await page.goto('/#/contacts');
  await page.getByRole('link', { name: 'Find duplicates' }).click();
  await expect(page.getByRole('heading', { name: 'Duplicates' })).toBeVisible();
  const group = page.getByRole('region', { name: 'Wang Fang, Fang Wang' });
  await expect(group).toContainText('same e-mail');
  await group.getByRole('button', { name: 'Merge…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Merge 2 contacts' });
  await expect(dialog.getByRole('radio', { name: /^Wang Fang · Lotus Foods/ })).toBeChecked();
  // The names differ, so the name is a choice; only one record has a title, so it is simply kept.
  const name = dialog.getByRole('radiogroup', { name: 'Name' });
  await expect(name.getByRole('radio', { name: 'Wang Fang' })).toBeChecked();
  await expect(name.getByRole('radio', { name: 'Fang Wang' })).not.toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Buyer' })).toHaveCount(0);
  await expect(dialog.getByRole('checkbox', { name: 'fang@lotus.example', exact: true })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'FANG@lotus.example', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Merge' }).click();

  await expect(page.getByText('Merged into Wang Fang.')).toBeVisible();
  await expect(page.getByText('No duplicates found')).toBeVisible();
  const [kept] = (await owner.call('contacts.search', { query: 'Wang Fang' })).items;
  expect(kept).toMatchObject({ name: 'Wang Fang', title: 'Buyer', emails: ['fang@lotus.example'] });
  const followups = await owner.call('followups.listForContact', { contactId: kept!.id });
  expect(followups.items.map((f) => f.subject)).toEqual(['Met at the fair']);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The merge was undone.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wang Fang, Fang Wang' })).toBeVisible();
});

test('company settings: staff see only their own customers once the owner says so', async () => {
  await owner.call('users.create', { ...STAFF, displayName: 'Sam Staff', role: 'staff' });
  const api = await request.newContext({ baseURL: DUPLICATES_URL });
  const sam = await Colleague.signIn(api, STAFF.username, STAFF.password);
  await sam.call('contacts.create', { name: 'Sam Own Customer' });
  expect((await sam.call('contacts.list', {})).items).toHaveLength(3);

  await page.getByRole('link', { name: 'Company settings' }).click();
  await page.getByRole('radio', { name: 'Staff see their own and shared customers' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  expect((await sam.call('contacts.list', {})).items.map((c) => c.name)).toEqual(['Sam Own Customer']);
  expect((await owner.call('contacts.list', {})).items).toHaveLength(3);
});
