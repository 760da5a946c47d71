import { expect, request, test, type Page } from '@playwright/test';
import { Colleague } from './support/api';
import { DASHBOARD_URL } from './support/hosts';
import { setUpCompany } from './support/setup';
import { tellAsOneStory } from './support/story';

const OWNER = { company: 'Jade Trading', name: 'Zhou Min', username: 'zhoumin', password: 'correct-horse-9' };
const HOUR = 3_600_000;

test.use({ baseURL: DASHBOARD_URL });

let page: Page;
tellAsOneStory((opened) => (page = opened));

let owner: Colleague;
const card = (name: string) => page.getByRole('region', { name });

test('the home page sums up follow-ups, the pipeline, new customers and recent activity', async () => {
  await setUpCompany(page, OWNER);
  owner = await Colleague.signIn(
    await request.newContext({ baseURL: DASHBOARD_URL }),
    OWNER.username,
    OWNER.password,
  );
  const ann = await owner.call('contacts.create', { name: 'Ann Lee' });
  // Due later today in the browser's own time zone, whatever the hour.
  const endOfDay = await page.evaluate(() => new Date().setHours(24, 0, 0, 0));
  const now = Date.now();
  await owner.call('followups.create', {
    kind: 'call',
    subject: 'Chase the invoice',
    contactId: ann.id,
    dueAt: now - HOUR,
  });
  await owner.call('followups.create', {
    kind: 'visit',
    subject: 'Show the new catalogue',
    contactId: ann.id,
    dueAt: Math.round((now + endOfDay) / 2),
  });
  await owner.call('deals.create', {
    title: 'Tea order',
    amount: 1_250_000,
    currency: 'CNY',
    contactId: ann.id,
  });
  await owner.call('deals.create', { title: 'Teapots', amount: 300_00, currency: 'CNY' });
  await owner.call('deals.create', { title: 'Export lot', amount: 999_00, currency: 'USD' });

  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  const followups = card('My follow-ups');
  await expect(followups.getByText('Overdue')).toBeVisible();
  await expect(followups).toContainText('1Overdue');
  await expect(followups.getByRole('link', { name: 'Show the new catalogue' })).toBeVisible();
  await expect(followups.getByText('Chase the invoice')).toBeHidden();

  const pipeline = card('Pipeline by stage');
  await expect(pipeline).toContainText('CN¥12,800.00');
  await expect(pipeline.getByRole('img', { name: 'Open value per stage in CNY' })).toBeVisible();
  await pipeline.getByText('USD', { exact: true }).click();
  await expect(pipeline).toContainText('$999.00');

  await expect(card('New customers')).toContainText(/^New customers1/);
  const recent = card('Recent activity').getByRole('listitem');
  await expect(recent.first()).toContainText('Zhou Min planned “Show the new catalogue” · Ann Lee');
  await expect(recent.last()).toContainText('Zhou Min added a customer · Ann Lee');
});

test('it follows colleagues’ changes without a reload', async () => {
  await owner.call('contacts.create', { name: 'Bo Chen' });
  await expect(card('New customers')).toContainText(/^New customers2/);
  await expect(card('Recent activity').getByRole('listitem').first()).toContainText(
    'Zhou Min added a customer · Bo Chen',
  );
});

test('a changed custom field is named by its label', async () => {
  const tier = await owner.call('customFields.create', { entity: 'contact', label: 'Tier', type: 'text' });
  const [bo] = (await owner.call('contacts.search', { query: 'Bo Chen' })).items;
  await owner.call('contacts.update', {
    id: bo!.id,
    version: bo!.version,
    patch: { custom: { [tier.id]: 'Gold' } },
  });
  await expect(card('Recent activity').getByRole('listitem').first()).toContainText(
    'Zhou Min changed Tier · Bo Chen',
  );
});

test('opening a follow-up’s customer from the home page', async () => {
  await card('My follow-ups').getByRole('link', { name: 'Show the new catalogue' }).click();
  await expect(page.getByRole('heading', { name: 'Ann Lee' })).toBeVisible();
});
