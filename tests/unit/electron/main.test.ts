import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { nativeBindingPath } from '../../../electron/main/native/native-binding';
import { createFakeElectron, currentFake, type FakeElectron } from './fake-electron';

// Each test launches a fresh main.ts against a fresh fake; the mocked module follows `currentFake`.
vi.mock('electron', async () => (await import('./fake-electron')).electronOfCurrentFake());

let base: string;
let userData: string;
let appPath: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'crm-main-'));
  userData = join(base, 'userData');
  appPath = join(base, 'app');
  Object.defineProperty(process.versions, 'electron', { value: '45.5.0', configurable: true });
  // Node's own build stands in for the Electron build: this test runs in Node.
  const binding = nativeBindingPath({
    isPackaged: false,
    appPath,
    resourcesPath: '',
    electronVersion: '45.5.0',
    platform: process.platform,
    arch: process.arch,
  });
  mkdirSync(dirname(binding), { recursive: true });
  const betterSqlite = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
  copyFileSync(join(betterSqlite, 'build', 'Release', 'better_sqlite3.node'), binding);
});

afterEach(async () => {
  currentFake.fake?.electron.app.emit('will-quit');
  currentFake.fake = null;
  vi.resetModules();
  delete (process.versions as Record<string, string | undefined>).electron;
  rmSync(base, { recursive: true, force: true });
});

/** Loads electron/main/main.ts as Electron would run it, against a fake Electron. */
async function launch(options: { hasLock?: boolean; switches?: Record<string, string> } = {}) {
  const fake = createFakeElectron({ userData, appPath, hasLock: options.hasLock });
  Object.assign(fake.switches, options.switches);
  currentFake.fake = fake;
  await import('../../../electron/main/main');
  return fake;
}

async function launchReady() {
  const fake = await launch();
  await fake.becomeReady();
  expect(fake.errorBoxes).toEqual([]);
  expect(fake.windows).toHaveLength(1);
  return { fake, window: fake.windows[0]! };
}

const invoke = (fake: FakeElectron, contentsId: number, url: string, name: string, input: unknown) =>
  fake.ipcHandlers.get('crm:call')!(
    { sender: { id: contentsId }, senderFrame: { url, parent: null } },
    name,
    input,
  );

describe('before the app is ready', () => {
  test('registers the app scheme as privileged and turns on the sandbox for every renderer', async () => {
    const fake = await launch();
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.calls).toContain('enableSandbox');
    expect(fake.windows).toHaveLength(0);
  });

  test('a second launch quits at once and leaves the first one alone', async () => {
    const fake = await launch({ hasLock: false });
    expect(fake.calls).toContain('quit');
    await fake.becomeReady();
    expect(fake.windows).toHaveLength(0);
    expect(existsSync(join(userData, 'company.db'))).toBe(false);
  });

  test('--user-data-dir moves the data directory', async () => {
    const other = join(base, 'other-profile');
    const fake = await launch({ switches: { 'user-data-dir': other } });
    await fake.becomeReady();
    expect(existsSync(join(other, 'company.db'))).toBe(true);
    expect(existsSync(join(userData, 'company.db'))).toBe(false);
  });
});

describe('when ready', () => {
  test('opens the database in userData and one secure window on the app origin', async () => {
    const { fake, window } = await launchReady();
    expect(existsSync(join(userData, 'company.db'))).toBe(true);
    expect(window.webContents.url).toBe('app://crm/');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: true,
    });
    expect((window.options.webPreferences as { preload: string }).preload).toMatch(/preload\.cjs$/);
    expect(fake.calls).toEqual(
      expect.arrayContaining(['setPermissionRequestHandler', 'setPermissionCheckHandler']),
    );
    expect(fake.protocolHandlers.has('app')).toBe(true);
  });

  test('the window answers crm:call; a sender that is not our window is refused', async () => {
    const { fake, window } = await launchReady();
    expect(await invoke(fake, window.webContents.id, 'app://crm/', 'auth.status', {})).toEqual({
      ok: true,
      result: { setupDone: false },
    });
    expect(await invoke(fake, 999, 'app://crm/', 'auth.status', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  test('menu shortcuts send their command to the window', async () => {
    const { fake, window } = await launchReady();
    const items = (fake.menu as MenuItemConstructorOptions[]).flatMap(
      (menu) => (menu.submenu as MenuItemConstructorOptions[]) ?? [],
    );
    items.find((item) => item.accelerator === 'CmdOrCtrl+N')!.click!({} as never, undefined, {} as never);
    expect(window.webContents.sent).toEqual([['crm:command', 'new-contact']]);
  });

  test('a second launch brings the window back', async () => {
    const { fake, window } = await launchReady();
    window.minimized = true;
    fake.electron.app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.shown).toBe(true);
    expect(fake.calls).toContain('focus');
    expect(fake.windows).toHaveLength(1);
  });

  test('closing the window remembers where it was and forgets its session', async () => {
    const { fake, window } = await launchReady();
    await invoke(fake, window.webContents.id, 'app://crm/', 'auth.setup', {
      companyName: 'Acme',
      ownerName: 'Ann',
      username: 'ann',
      password: 'password123',
    });
    window.close();
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 40, y: 30, width: 1100, height: 700 },
      maximized: false,
    });
    expect(await invoke(fake, window.webContents.id, 'app://crm/', 'auth.me', {})).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    // The last window closing quits, except on macOS where apps stay open.
    expect(fake.calls.includes('quit')).toBe(process.platform !== 'darwin');
  });

  test('quitting closes the database and stops answering calls', async () => {
    const { fake } = await launchReady();
    fake.electron.app.emit('will-quit');
    expect(fake.ipcHandlers.has('crm:call')).toBe(false);
    // A closed database leaves no write-ahead log behind.
    expect(existsSync(join(userData, 'company.db-wal'))).toBe(false);
  });
});

describe('a failed start', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('a database from a newer version is named in an error box, and the app quits untouched', async () => {
    mkdirSync(userData, { recursive: true });
    const future = new Database(join(userData, 'company.db'));
    future.pragma('user_version = 9999');
    future.close();
    const fake = await launch();
    await fake.becomeReady();
    expect(fake.errorBoxes).toEqual([
      { title: 'Small Business CRM needs an update', body: expect.stringMatching(/newer version/) },
    ]);
    expect(fake.calls).toContain('exit 1');
    expect(fake.windows).toHaveLength(0);
  });

  test('a missing Electron build of the database engine says how to make it', async () => {
    rmSync(join(appPath, '.electron-native'), { recursive: true });
    const fake = await launch();
    await fake.becomeReady();
    expect(fake.errorBoxes).toEqual([
      { title: 'Small Business CRM could not start', body: expect.stringMatching(/electron-native\.mjs/) },
    ]);
    expect(fake.calls).toContain('exit 1');
    expect(fake.windows).toHaveLength(0);
  });
});
