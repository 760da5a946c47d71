import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm run test:e2e` builds first; here the built host serves the built renderer. */
const PORT = 4791;
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Every run starts from an empty company: the first-run setup is part of the tests.
const dataDir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));

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
  webServer: {
    command: `node dist/host/main.mjs --data-dir "${dataDir}" --port ${PORT} --static-dir dist/renderer`,
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
  },
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
