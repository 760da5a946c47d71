import { expect, request, test, type BrowserContext, type Page } from '@playwright/test';
import { Colleague } from './support/api';
import { KNOWLEDGE_URL } from './support/hosts';
import { OWNER } from './support/harbor-service';
import { setUpCompany } from './support/setup';
import { navLink } from './support/windows';

const ADMIN = {
  username: 'meiwang',
  displayName: 'Mei Wang',
  password: 'admin-horse-9',
  role: 'admin',
} as const;
const TITLE = 'Clear a paper jam';
/** Markdown to render, and HTML and a link that must never run. */
const BODY = [
  '## Before you start',
  'Switch the printer **off** and let the fuser cool down.',
  '',
  '- Open tray 2',
  '- Pull the sheet out slowly',
  '',
  '<script>window.ranScript = true</script>',
  '<img src="x" onerror="window.ranHandler = true">',
  '',
  '[Run the fix](javascript:window.ranLink=true)',
].join('\n');

test.use({ baseURL: KNOWLEDGE_URL });
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let api: Colleague;
let workOrderId: number;

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ baseURL: KNOWLEDGE_URL, locale: 'en-US' });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
});

const thread = () => page.getByRole('region', { name: 'Conversation' });

/** Nothing in the page ran from an article's body, and no script, handler or js: link is in it. */
async function expectNothingUnsafe(): Promise<void> {
  expect(
    await page.evaluate(() => ({
      ran: Object.keys(window).filter((key) => key.startsWith('ran')),
      scripts: document.querySelectorAll('main script, [role="dialog"] script').length,
      handlers: [...document.querySelectorAll('main *, [role="dialog"] *')].filter((element) =>
        element.getAttributeNames().some((name) => name.startsWith('on')),
      ).length,
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
        a.getAttribute('href')!.trim().toLowerCase().startsWith('javascript:'),
      ).length,
    })),
  ).toEqual({ ran: [], scripts: 0, handlers: 0, jsLinks: 0 });
}

test('the owner sets up the company and an admin; the admin signs in', async () => {
  page.on('dialog', (dialog) => {
    throw new Error(`an article opened a dialog: ${dialog.message()}`);
  });
  await setUpCompany(page, OWNER);
  api = await Colleague.signIn(
    await request.newContext({ baseURL: KNOWLEDGE_URL }),
    OWNER.username,
    OWNER.password,
  );
  await api.call('users.create', ADMIN);
  await page.getByRole('button', { name: 'Account and preferences' }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('textbox', { name: 'Username' }).fill(ADMIN.username);
  await page.getByLabel(/^Password/).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
});

test('the admin adds a category and writes an article in Markdown, seeing it as it will read', async () => {
  await navLink(page, 'Knowledge base').click();
  await expect(page.getByRole('heading', { name: 'Knowledge base' })).toBeVisible();
  await expect(page.getByText('No articles here yet')).toBeVisible();

  await page.getByRole('button', { name: 'Manage categories' }).click();
  const categories = page.getByRole('dialog', { name: 'Categories' });
  await categories.getByRole('textbox', { name: 'New category' }).fill('Printers');
  await categories.getByRole('textbox', { name: 'New category' }).press('Enter');
  await expect(categories.getByRole('textbox', { name: 'Rename Printers' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(categories).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Categories' })).toContainText('Printers');

  await page.getByRole('link', { name: 'New article' }).click();
  // Saving without a title is refused beside the field.
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByText('Please fill this in.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Printers' }).click();
  await page.getByRole('textbox', { name: 'Text (Markdown)' }).fill(BODY);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(preview.locator('strong', { hasText: 'off' })).toBeVisible();
  await expectNothingUnsafe();

  await page.getByRole('textbox', { name: 'Text (Markdown)' }).press('Control+Enter');
  await expect(page.getByText('Article saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Pull the sheet out slowly' })).toBeVisible();
  // The link to javascript: keeps its words and loses its target.
  await expect(page.getByText('Run the fix')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Run the fix' })).toHaveCount(0);
  await expectNothingUnsafe();
});

test('a category holding the article cannot be deleted, and says why', async () => {
  await page.getByRole('link', { name: 'Knowledge base' }).first().click();
  await page.getByRole('button', { name: 'Manage categories' }).click();
  const categories = page.getByRole('dialog', { name: 'Categories' });
  await expect(categories.getByText('1 article')).toBeVisible();
  await categories.getByRole('button', { name: 'Delete Printers' }).click();
  await expect(categories.getByRole('alert')).toContainText(
    'A category that still holds articles cannot be deleted.',
  );
  await page.keyboard.press('Escape');
  await expect(categories).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Categories' })).toContainText('Printers');
});

test('a word of the body finds the article; Enter opens it', async () => {
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('fuse');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option', { name: new RegExp(TITLE) })).toBeVisible();
  await expect(results.locator('mark', { hasText: 'fuse' })).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();

  await page.goBack();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('toner');
  await expect(page.getByText('No article matches “toner”')).toBeVisible();
});

test('in a work order, the article goes into a reply in one step and the thread links to it', async () => {
  workOrderId = (await api.call('workorders.create', { subject: 'Printer stops mid-page' })).id;
  await page.goto(`/#/workorders/${workOrderId}`);
  await expect(page.getByRole('heading', { name: 'Printer stops mid-page' })).toBeVisible();

  const reply = page.getByRole('textbox', { name: 'Reply' });
  await reply.fill('Please try this first:');
  await page.getByRole('button', { name: 'Insert article' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert an article' });
  await picker.getByRole('textbox', { name: 'Search articles' }).fill('paper ja');
  await expect(picker.getByRole('option', { name: new RegExp(TITLE) })).toBeVisible();
  await picker.getByRole('textbox', { name: 'Search articles' }).press('Enter');
  await expect(picker).toBeHidden();
  await expect(reply).toHaveValue(/^Please try this first: \[Clear a paper jam\]\(#\/knowledge\/\d+\)$/);

  await reply.press('Control+Enter');
  await expect(reply).toHaveValue('');
  const link = thread().getByRole('link', { name: TITLE });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('Pull the sheet out slowly')).toBeVisible();
});

test('typing a new work order subject suggests the article, which opens without losing the form', async () => {
  await navLink(page, 'Work orders').click();
  await page.getByRole('button', { name: 'New work order' }).click();
  const dialog = page.getByRole('dialog', { name: 'New work order' });
  await dialog.getByRole('textbox', { name: 'Subject' }).pressSequentially('Paper jam in tray');
  const suggestions = dialog.getByRole('region', { name: 'Articles that may help' });
  await suggestions.getByRole('button', { name: TITLE }).click();

  const drawer = page.getByRole('dialog', { name: 'Knowledge base' });
  await expect(drawer.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(drawer.getByText('Pull the sheet out slowly')).toBeVisible();
  await expectNothingUnsafe();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Subject' })).toHaveValue('Paper jam in tray');
});
