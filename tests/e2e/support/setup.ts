import { expect, type Page } from '@playwright/test';

export interface Owner {
  company: string;
  name: string;
  username: string;
  password: string;
}

/** The first-run setup of a new company through its screen; ends on the customer list. */
export async function setUpCompany(page: Page, owner: Owner): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Company name' }).fill(owner.company);
  await page.getByRole('textbox', { name: 'Your name' }).fill(owner.name);
  await page.getByRole('textbox', { name: 'Username' }).fill(owner.username);
  await page.getByLabel(/^Password/).fill(owner.password);
  await page.getByLabel('Repeat password').fill(owner.password);
  await page.getByRole('button', { name: 'Create company' }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
}

/** Signs in from the start screen; ends on the customer list. */
export async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Username' }).fill(user.username);
  await page.getByLabel(/^Password/).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
}
