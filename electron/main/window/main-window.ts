import { BrowserWindow, screen } from 'electron';
import type { WindowSessions } from '../ipc/window-sessions';
import { APP_ENTRY_URL } from '../security/app-origin';
import { secureWebPreferences } from '../security/web-preferences';
import { loadWindowState, saveWindowState } from './window-state-file';
import { MIN_SIZE, placeWindow } from './window-state';

export interface MainWindowOptions {
  title: string;
  preloadPath: string;
  allowDevTools: boolean;
  /** Folder of window-state.json. */
  stateDir: string;
  sessions: WindowSessions;
}

/** Opens the CRM window where it was last left (on a screen that still exists). */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { bounds, maximized } = placeWindow(
    loadWindowState(options.stateDir),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: Math.min(MIN_SIZE.width, bounds.width),
    minHeight: Math.min(MIN_SIZE.height, bounds.height),
    title: options.title,
    show: false,
    webPreferences: secureWebPreferences({
      preloadPath: options.preloadPath,
      allowDevTools: options.allowDevTools,
    }),
  });
  const contentsId = window.webContents.id;
  options.sessions.open(contentsId);
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      saveWindowState(options.stateDir, {
        bounds: window.getNormalBounds(),
        maximized: window.isMaximized(),
      });
    } catch (error) {
      console.error('Could not save the window position:', error);
    }
  });
  window.on('closed', () => options.sessions.close(contentsId));
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Could not load the app:', error));
  return window;
}
