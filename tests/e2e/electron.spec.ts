import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CrmBridge } from '../../shared/bridge';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The Electron executable if its binary is installed. Found through the file that
 * `require('electron')` reads, without requiring it: that would start a download.
 */
function installedElectron(): string | null {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

const executable = installedElectron();

function runNode(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
}

test.describe('the desktop app', () => {
  test.skip(executable === null, 'Electron binary is not available on this machine');
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    test.setTimeout(10 * 60 * 1000); // the first native build compiles SQLite
    if (!existsSync(join(root, 'dist', 'renderer', 'index.html')))
      runNode(['scripts/build.mjs', '--renderer']);
    runNode(['scripts/build.mjs', '--electron']);
    runNode(['scripts/electron-native.mjs']);
    userData = mkdtempSync(join(tmpdir(), 'crm-electron-e2e-'));
    app = await electron.launch({
      executablePath: executable!,
      // Chromium will not start as root with its process sandbox (containers, CI). That is the OS
      // sandbox of the test run; the window's own settings (sandbox, isolation) are unchanged.
      args: [root, `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: root,
    });
    page = await app.firstWindow();
    // Links that would go to the system browser are recorded instead of opening one.
    await app.evaluate(({ shell }) => {
      shell.openExternal = async (url: string) => {
        (globalThis as { openedExternally?: string[] }).openedExternally ??= [];
        (globalThis as { openedExternally?: string[] }).openedExternally!.push(url);
      };
    });
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  const openedExternally = () =>
    app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally ?? []);

  test('opens on the setup screen of a new company, served from the app origin', async () => {
    await expect(page).toHaveURL(/^app:\/\/crm\//);
    await expect(page.locator('input[type="password"]').first()).toBeVisible();
  });

  test('the page has window.crm and no Node.js', async () => {
    const globals = await page.evaluate(() => ({
      crm: typeof (window as unknown as { crm?: CrmBridge }).crm,
      kind: (window as unknown as { crm?: CrmBridge }).crm?.kind,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(globals).toEqual({
      crm: 'object',
      kind: 'electron',
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
    });
    const status = await page.evaluate(() =>
      (window as unknown as { crm: CrmBridge }).crm.call('auth.status', {}),
    );
    expect(status).toEqual({ ok: true, result: { setupDone: false } });
  });

  test('refuses to leave the app: external pages go to the system browser, other URLs nowhere', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(openedExternally).toEqual(['https://example.com/']);
    await page.evaluate(() => {
      window.location.href = 'file:///etc/passwd';
    });
    const popup = await page.evaluate(() => window.open('app://crm/') === null);
    expect(popup).toBe(true);
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/crm\//);
    expect(app.windows()).toHaveLength(1);
    expect(await openedExternally()).toEqual(['https://example.com/']);
  });
});
