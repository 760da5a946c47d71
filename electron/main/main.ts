import { app, type BrowserWindow, dialog, Menu, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppCommand } from '../../shared/bridge';
import { createCore, type Core } from '../core/core';
import { bundledWorkers } from '../core/workers';
import { COMMAND_CHANNEL } from './ipc/channels';
import { connectBridge } from './ipc/connect-bridge';
import { WindowSessions } from './ipc/window-sessions';
import { buildMenuTemplate } from './menu/menu-template';
import { missingNativeBindingMessage, nativeBindingPath } from './native/native-binding';
import { connectNativeNotifications } from './notifications/native-notifications';
import { registerAppScheme, serveAppScheme } from './protocol/app-protocol';
import { isAppUrl } from './security/app-origin';
import { guardPermissions, guardWebContents } from './security/guard-contents';
import { startupErrorMessage } from './startup-error';
import { createMainWindow } from './window/main-window';

// The bundle lives in dist/electron, beside preload.cjs and dist/renderer.
const PRELOAD_PATH = join(__dirname, 'preload.cjs');
const RENDERER_DIR = join(__dirname, '..', 'renderer');

// Everything here must happen before the app is ready.
registerAppScheme();
app.enableSandbox();
// A second, separate profile (the end-to-end tests use one): data, lock and browser profile follow it.
const userDataDir = app.commandLine.getSwitchValue('user-data-dir');
if (userDataDir) app.setPath('userData', userDataDir);

if (app.requestSingleInstanceLock()) runApp();
else app.quit();

function runApp(): void {
  const sessions = new WindowSessions();
  let core: Core | null = null;
  let disconnectBridge: (() => void) | null = null;
  let disconnectNotifications: (() => void) | null = null;
  let mainWindow: BrowserWindow | null = null;

  const openWindow = () => {
    const window = createMainWindow({
      title: app.name,
      preloadPath: PRELOAD_PATH,
      allowDevTools: !app.isPackaged,
      stateDir: app.getPath('userData'),
      sessions,
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  const showWindow = () => {
    if (!mainWindow) {
      openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  // With no window (macOS keeps running), the menu command opens one; the user signs in first.
  const sendCommand = (command: AppCommand) => {
    if (!mainWindow) {
      openWindow();
      return;
    }
    if (isAppUrl(mainWindow.webContents.getURL())) mainWindow.webContents.send(COMMAND_CHANNEL, command);
  };

  const start = () => {
    const dataDir = app.getPath('userData');
    const nativeBinding = nativeBindingPath({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
    });
    if (!existsSync(nativeBinding))
      throw new Error(missingNativeBindingMessage(nativeBinding, app.isPackaged));
    core = createCore({
      dataDir,
      nativeBinding,
      packaged: app.isPackaged,
      ...bundledWorkers(__dirname),
      reminders: true,
    });

    guardPermissions(session.defaultSession);
    serveAppScheme(RENDERER_DIR);
    disconnectBridge = connectBridge(core, sessions);
    disconnectNotifications = connectNativeNotifications(core, sessions);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          appName: app.name,
          isMac: process.platform === 'darwin',
          isPackaged: app.isPackaged,
          sendCommand,
        }),
      ),
    );
    openWindow();
  };

  const shutdown = () => {
    disconnectBridge?.();
    disconnectBridge = null;
    disconnectNotifications?.();
    disconnectNotifications = null;
    core?.close();
    core = null;
  };

  // Every page, including any we did not mean to create, is kept on our origin.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    if (core) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && !mainWindow) openWindow();
  });
  app.on('will-quit', shutdown);

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error);
      shutdown();
      const message = startupErrorMessage(app.name, error);
      dialog.showErrorBox(message.title, message.body);
      app.exit(1);
    });
}
