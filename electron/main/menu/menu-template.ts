import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../../shared/bridge';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Reload and developer tools are shown in development only. */
  isPackaged: boolean;
  sendCommand(command: AppCommand): void;
}

/** The application menu: the usual platform menus plus the CRM's own commands. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, sendCommand } = options;
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => sendCommand('settings') },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New Contact', accelerator: 'CmdOrCtrl+N', click: () => sendCommand('new-contact') },
      { label: 'Find…', accelerator: 'CmdOrCtrl+K', click: () => sendCommand('search') },
      ...(isMac
        ? [separator, { role: 'close' } satisfies MenuItemConstructorOptions]
        : [
            separator,
            { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => sendCommand('settings') },
            separator,
            { role: 'quit' } satisfies MenuItemConstructorOptions,
          ]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } satisfies MenuItemConstructorOptions] : []),
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const remoteHelp: MenuItemConstructorOptions = {
    label: 'Remote Help from Support…',
    click: () => sendCommand('remote-help'),
  };
  // On macOS, About lives in the app menu.
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: isMac ? [remoteHelp] : [remoteHelp, separator, { role: 'about' }],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
