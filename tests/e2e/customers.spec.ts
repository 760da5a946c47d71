import { expect, test, type Page } from '@playwright/test';
import { Colleague } from './support/api';
import { SAMPLE_CONTACTS } from './support/contacts';
import { readmeScreenshot } from './support/readme-screenshot';
import { tellAsOneStory } from './support/story';

const OWNER = { company: 'Acme Trading 贸易', name: 'Li Na', username: 'lina', password: 'correct-horse-9' };

// One company, one story.
let page: Page;
tellAsOneStory((opened) => (page = opened));

const customerList = () => page.getByRole('listbox', { name: 'Customers' });
const row = (name: string) => customerList().getByRole('option', { name: new RegExp(name) });

async function signIn(username: string, password: string, submit = 'Sign in') {
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: submit }).click();
}

async function openUserMenu() {
  await page.getByRole('button', { name: /Account and preferences|账号与偏好设置/ }).click();
}

async function searchFor(query: string) {
  await page.keyboard.press('ControlOrMeta+K');
  const box = page.getByRole('textbox', { name: 'Search customers' });
  await expect(box).toBeFocused();
  await box.fill(query);
}

test('first run: sets up the company and its owner', async () => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Set up your company' })).toBeVisible();
  await expect(page).toHaveTitle('Small Business CRM');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Create company' }).click();
  await expect(page.getByText('Please fill this in.').first()).toBeVisible();

  await page.getByRole('textbox', { name: 'Company name' }).fill(OWNER.company);
  await page.getByRole('textbox', { name: 'Your name' }).fill(OWNER.name);
  await page.getByRole('textbox', { name: 'Username' }).fill(OWNER.username);
  await page.getByLabel(/^Password/).fill(OWNER.password);
  await page.getByLabel('Repeat password').fill('not the same');
  await page.getByRole('button', { name: 'Create company' }).click();
  await expect(page.getByText('The two passwords are not the same')).toBeVisible();

  await page.getByLabel('Repeat password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create company' }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(page.getByText('No customers yet')).toBeVisible();
  await expect(page.getByText(OWNER.company)).toBeVisible();
});

test('logs out and signs in again', async () => {
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await signIn(OWNER.username, OWNER.password);
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Account and preferences' })).toContainText(OWNER.name);
});

test('creates a contact with a Chinese name from the keyboard', async () => {
  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: 'New contact' });
  await expect(form).toBeVisible();

  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('张伟');
  await form.getByRole('textbox', { name: 'Company', exact: true }).fill('华为技术');
  await form.getByRole('textbox', { name: 'Phone 1' }).fill('phone');
  await form.getByRole('textbox', { name: 'Phone 1' }).press('Enter');
  await expect(form.getByText('Use digits and + ( ) - . / only, with at least 3 digits.')).toBeVisible();

  await form.getByRole('textbox', { name: 'Phone 1' }).fill('13800138000');
  await form.getByRole('textbox', { name: 'Phone 1' }).press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: '张伟' })).toBeVisible();
  await expect(page.getByText('华为技术')).toBeVisible();
  await expect(page.getByText('13800138000')).toBeVisible();

  await page.getByRole('link', { name: 'All customers' }).click();
  await expect(row('张伟')).toContainText('华为技术');
});

test('finds the contact by a phone fragment typed in another format', async () => {
  const results = page.getByRole('listbox', { name: 'Matching customers' });
  for (const fragment of ['138-0013 8000', '(138) 0013']) {
    await searchFor(fragment);
    await expect(results.getByRole('option', { name: /张伟/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(results).toBeHidden();
  }

  await searchFor('(138) 0013');
  await expect(results.getByRole('option', { name: /张伟/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '张伟' })).toBeVisible();
});

test('edits the contact and shows the change', async () => {
  await page.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit contact' });
  await form.getByRole('textbox', { name: 'Job title' }).fill('采购经理');
  await form.getByRole('combobox', { name: 'Tags' }).fill('VIP');
  await form.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(form).toBeHidden();
  await expect(page.getByText('采购经理 · 华为技术')).toBeVisible();
  await expect(page.getByLabel('Tags').getByText('VIP')).toBeVisible();
});

test('a stale save offers to load the newer version and keeps what was typed', async ({ request }) => {
  await page.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit contact' });
  await form.getByRole('textbox', { name: 'Notes' }).fill('Prefers WeChat');

  const colleague = await Colleague.signIn(request, OWNER.username, OWNER.password);
  const [zhang] = (await colleague.call('contacts.search', { query: '张伟' })).items;
  await colleague.call('contacts.update', {
    id: zhang!.id,
    version: zhang!.version,
    patch: { address: '深圳市龙岗区坂田华为基地' },
  });

  await form.getByRole('button', { name: 'Save' }).click();
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this contact' });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Load their version' }).click();
  await expect(conflict).toBeHidden();
  await expect(form.getByRole('textbox', { name: 'Notes' })).toHaveValue('Prefers WeChat');
  await expect(form.getByRole('textbox', { name: 'Address' })).toHaveValue('深圳市龙岗区坂田华为基地');

  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  // Each value shows in its field and, as the new value of a change, on the contact's timeline.
  await expect(page.getByText('Prefers WeChat')).toHaveCount(2);
  await expect(page.getByText('深圳市龙岗区坂田华为基地')).toHaveCount(2);
});

test('moves the contact to the trash, with undo', async () => {
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('张伟 was moved to the trash.')).toBeVisible();
  await expect(row('张伟')).toBeHidden();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row('张伟')).toBeVisible();

  await row('张伟').click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(page.getByText('No customers yet')).toBeVisible();

  await page.getByRole('tab', { name: 'Trash' }).click();
  await expect(
    page.getByRole('listbox', { name: 'Trash' }).getByRole('option', { name: /张伟/ }),
  ).toBeVisible();
});

test('restores the contact from the trash', async () => {
  await page.getByRole('listbox', { name: 'Trash' }).getByRole('option', { name: /张伟/ }).click();
  await expect(page.getByText('This contact is in the trash.')).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('张伟 was restored.').last()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move to trash' })).toBeVisible();

  await page.getByRole('link', { name: 'All customers' }).click();
  await expect(row('张伟')).toBeVisible();
});

test('switches to Simplified Chinese', async () => {
  await openUserMenu();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '客户' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建联系人' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '回收站' })).toBeVisible();
  await expect(page.getByText('搜索客户…')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('小微企业 CRM');
});

test('remembers the language, and refuses a wrong password in it', async () => {
  await openUserMenu();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();

  await page.getByRole('textbox', { name: '用户名' }).fill(OWNER.username);
  await page.getByLabel(/^密码/).fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('用户名或密码错误。');

  await page.getByLabel(/^密码/).fill(OWNER.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '客户' })).toBeVisible();
});

test('logs out', async () => {
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test("shows a colleague's new contacts at once; the list and the search work from the keyboard", async ({
  request,
}) => {
  await signIn(OWNER.username, OWNER.password);
  await expect(row('张伟')).toBeVisible();

  const colleague = await Colleague.signIn(request, OWNER.username, OWNER.password);
  for (const contact of SAMPLE_CONTACTS) await colleague.call('contacts.create', contact);
  await expect(customerList().getByRole('option')).toHaveCount(SAMPLE_CONTACTS.length + 1);
  await expect(row('Yuki Tanaka')).toContainText('Tanaka Trading');

  await customerList().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(customerList().getByRole('option', { selected: true })).toContainText('Emma Schneider');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Emma Schneider' })).toBeVisible();

  // `/` opens the search too, as in most apps with a search box.
  await page.keyboard.press('/');
  await expect(page.getByRole('textbox', { name: 'Search customers' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Search customers' })).toBeHidden();

  await searchFor('example');
  const found = page.getByRole('listbox', { name: 'Matching customers' }).getByRole('option');
  await expect(found.first()).toHaveAttribute('data-combobox-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(found.nth(2)).toHaveAttribute('data-combobox-selected', 'true');
  const chosen = await found.nth(2).textContent();
  await page.keyboard.press('Enter');
  await expect(async () => {
    const opened = await page.getByRole('heading', { level: 1 }).textContent({ timeout: 1000 });
    expect(chosen).toContain(opened);
  }).toPass();
});

test('the customer list, for the README', async () => {
  await page.getByRole('link', { name: 'All customers' }).click();
  await expect(row('Sophie Martin')).toBeVisible();
  await readmeScreenshot(page, 'screenshot');
});

test('loads further pages while scrolling a long list, filtered by tag and sorted by update', async ({
  request,
}) => {
  const colleague = await Colleague.signIn(request, OWNER.username, OWNER.password);
  const bulk = Array.from({ length: 130 }, (_, index) => `Customer ${String(index + 1).padStart(3, '0')}`);
  for (const name of bulk) await colleague.call('contacts.create', { name, tags: ['Bulk'] });

  await page.getByRole('combobox', { name: 'Filter by tag' }).click();
  await page.getByRole('option', { name: /^Bulk/ }).click();
  await expect(row('Customer 001')).toBeVisible();
  await expect(row('张伟')).toBeHidden();

  // Only the rows on screen exist; End goes to the last loaded row, which fetches the next page.
  await customerList().focus();
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(row('Customer 130')).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(customerList().getByRole('option')).not.toHaveCount(130);

  await page.getByRole('combobox', { name: 'Sort by' }).click();
  await page.getByRole('option', { name: 'Recently updated' }).click();
  await expect(customerList().getByRole('option').first()).toContainText('Customer 130');
});
