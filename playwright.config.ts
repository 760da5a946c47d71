import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LICENSING_PORT, LICENSING_URL } from './tests/e2e/support/hosts';
import { VENDOR_KEYGEN_COMMAND, VENDOR_PUBLIC_KEY } from './tests/e2e/support/vendor';

/**
 * `npm run test:e2e` builds first; here the built hosts serve the built renderer. Each spec that
 * sets up a company has a host and an empty data folder of its own, since the first-run setup
 * is part of its story:
 * - customers: the office host exactly as `npm run serve` runs it (dist/host, production);
 * - licensing: the test build of the host (dist/host-e2e), which trusts the licence keys that
 *   the tests issue as their own vendor (support/vendor.ts).
 */
const CUSTOMERS_PORT = 4791;
const BASE_URL = `http://127.0.0.1:${CUSTOMERS_PORT}`;

const emptyDataDir = () => mkdtempSync(join(tmpdir(), 'crm-e2e-'));
const hostArgs = (port: number) => `--data-dir "${emptyDataDir()}" --port ${port} --static-dir dist/renderer`;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL: BASE_URL, actionTimeout: 10_000, trace: 'retain-on-failure' },
  webServer: [
    {
      command: `node dist/host/main.mjs ${hostArgs(CUSTOMERS_PORT)}`,
      url: `${BASE_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
    },
    {
      command: `${VENDOR_KEYGEN_COMMAND} && node dist/host-e2e/main.mjs ${hostArgs(LICENSING_PORT)}`,
      url: `${LICENSING_URL}/`,
      env: { CRM_LICENSE_KEYRING: VENDOR_PUBLIC_KEY },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
  ],
  projects: [
    {
      name: 'browser',
      testIgnore: 'electron.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
        colorScheme: 'light',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: CHROMIUM_ARGS,
        },
      },
    },
    {
      // Launches the packaged-to-be app itself through Playwright's _electron; no browser here.
      name: 'electron',
      testMatch: 'electron.spec.ts',
    },
  ],
});
