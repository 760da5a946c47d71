import { EventEmitter } from 'node:events';

/**
 * A stand-in for the parts of Electron that electron/main uses, for wiring tests in Node.
 * It records what the app asked of Electron; the tests drive it like Electron would.
 */
export function createFakeElectron(options: { userData: string; appPath: string; hasLock?: boolean }) {
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const paths: Record<string, string> = { userData: options.userData };
  const switches: Record<string, string> = {};
  const calls: string[] = [];
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const windows: FakeWindow[] = [];
  const errorBoxes: Array<{ title: string; body: string }> = [];
  const notifications: FakeNotification[] = [];
  const record = (call: string) => calls.push(call);
  let nextContentsId = 1;

  class FakeContents extends EventEmitter {
    readonly id = nextContentsId++;
    url = '';
    readonly sent: unknown[][] = [];
    getURL = () => this.url;
    isDestroyed = () => false;
    send = (...args: unknown[]) => this.sent.push(args);
    setWindowOpenHandler = () => undefined;
  }

  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeContents();
    maximized = false;
    minimized = false;
    closed = false;
    shown = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL = (url: string) => {
      this.webContents.url = url;
      return Promise.resolve();
    };
    maximize = () => (this.maximized = true);
    isMaximized = () => this.maximized;
    isMinimized = () => this.minimized;
    restore = () => (this.minimized = false);
    show = () => (this.shown = true);
    focus = () => record('focus');
    isDestroyed = () => false;
    getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 700 });
    /** Closes the window as a user would; Electron then tells the app if it was the last one. */
    close() {
      this.emit('close', { preventDefault: () => undefined });
      this.closed = true;
      this.emit('closed');
      if (windows.every((window) => window.closed)) app.emit('window-all-closed');
    }
  }

  class FakeNotification extends EventEmitter {
    static isSupported = () => true;
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      super();
      notifications.push(this);
    }
    show = () => (this.shown = true);
    /** Clicks it as the user would. */
    click = () => this.emit('click');
  }

  const app = Object.assign(new EventEmitter(), {
    name: 'Small Business CRM',
    isPackaged: false,
    commandLine: { getSwitchValue: (name: string) => switches[name] ?? '' },
    enableSandbox: () => record('enableSandbox'),
    requestSingleInstanceLock: () => options.hasLock ?? true,
    whenReady: () => ready,
    getPath: (name: string) => paths[name] ?? '',
    setPath: (name: string, value: string) => (paths[name] = value),
    getAppPath: () => options.appPath,
    quit: () => record('quit'),
    exit: (code: number) => record(`exit ${code}`),
  });

  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const electron = {
    app,
    BrowserWindow: Object.assign(FakeWindow, {
      fromWebContents: (contents: unknown) =>
        windows.find((window) => window.webContents === contents) ?? null,
    }),
    Notification: FakeNotification,
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (state.menu = menu),
    },
    dialog: { showErrorBox: (title: string, body: string) => errorBoxes.push({ title, body }) },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
        ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => (state.privilegedSchemes = schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => record('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => record('setPermissionCheckHandler'),
      },
    },
    shell: { openExternal: () => Promise.resolve() },
    webContents: {
      fromId: (id: number) => windows.find((window) => window.webContents.id === id)?.webContents,
    },
  };

  const state = {
    electron,
    calls,
    switches,
    windows,
    errorBoxes,
    notifications,
    ipcHandlers,
    menu: undefined as unknown,
    privilegedSchemes: undefined as unknown,
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    /** Fires 'ready' and lets the app's start-up run. */
    async becomeReady() {
      resolveReady();
      await ready;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
  return state;
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The fake that the mocked 'electron' module stands for in the running test; each test sets its own. */
export const currentFake = { fake: null as FakeElectron | null };

/**
 * The mocked 'electron' module, for `vi.mock('electron', async () => (await import(<this file>)).electronOfCurrentFake())`.
 * It reads `currentFake` at each use, so code loaded once works with every test's own fake.
 */
export function electronOfCurrentFake() {
  const electron = () => (currentFake.fake?.electron ?? {}) as Record<string | symbol, unknown>;
  return new Proxy({}, { get: (_target, key) => electron()[key], has: (_target, key) => key in electron() });
}
