import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostUrl, SPEC_PORTS, type SpecHost } from './tests/e2e/support/hosts';
import { VENDOR_KEYGEN_COMMAND, VENDOR_PUBLIC_KEY } from './tests/e2e/support/vendor';

/**
 * `npm run test:e2e` builds first; here the built hosts serve the built renderer. Each spec that
 * sets up a company has a host and an empty data folder of its own, since the first-run setup
 * is part of its story (tests/e2e/support/hosts.ts): the office host exactly as `npm run serve`
 * runs it (dist/host, production), except for licensing, which runs the test build of the host
 * (dist/host-e2e) that trusts the licence keys the tests issue as their own vendor
 * (support/vendor.ts).
 */

const emptyDataDir = () => mkdtempSync(join(tmpdir(), 'crm-e2e-'));
const hostArgs = (spec: SpecHost) =>
  `--data-dir "${emptyDataDir()}" --port ${SPEC_PORTS[spec]} --static-dir dist/renderer`;

/**
 * The test build of the host, trusting the tests' own vendor key (support/vendor.ts), for a spec
 * that activates a licence; the licensing host's start has made that key by then.
 */
const licensedHost = (spec: SpecHost) => ({
  command: `node dist/host-e2e/main.mjs ${hostArgs(spec)}`,
  url: `${hostUrl(spec)}/`,
  env: { CRM_LICENSE_KEYRING: VENDOR_PUBLIC_KEY },
  reuseExistingServer: false,
  timeout: 30_000,
  stdout: 'pipe' as const,
});

/** The office host exactly as `npm run serve` runs it (dist/host, production), for one spec. */
const officeHost = (spec: SpecHost) => ({
  command: `node dist/host/main.mjs ${hostArgs(spec)}`,
  url: `${hostUrl(spec)}/`,
  reuseExistingServer: false,
  timeout: 30_000,
  stdout: 'pipe' as const,
});

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
  use: { baseURL: hostUrl('customers'), actionTimeout: 10_000, trace: 'retain-on-failure' },
  webServer: [
    officeHost('customers'),
    {
      command: `${VENDOR_KEYGEN_COMMAND} && node dist/host-e2e/main.mjs ${hostArgs('licensing')}`,
      url: `${hostUrl('licensing')}/`,
      env: { CRM_LICENSE_KEYRING: VENDOR_PUBLIC_KEY },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    ...(
      [
        'pipeline',
        'import',
        'followups',
        'duplicates',
        'dashboard',
        'workorders',
        'customFields',
        'remote',
        'sla',
        'workorderReports',
        'knowledge',
        'installation',
      ] as const
    ).map(officeHost),
    licensedHost('inventory'),
    licensedHost('calls'),
    licensedHost('purchasing'),
    licensedHost('stock'),
    licensedHost('orders'),
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
