import type { KeyboardEvent, MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu/menu-template';
import type { AppCommand } from '../../../shared/bridge';

function menu(options: Partial<MenuOptions> = {}) {
  const sendCommand = vi.fn<(command: AppCommand) => void>();
  const template = buildMenuTemplate({
    appName: 'Small Business CRM',
    isMac: false,
    isPackaged: true,
    sendCommand,
    ...options,
  });
  return { template, sendCommand };
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

const roles = (items: MenuItemConstructorOptions[]) =>
  allItems(items)
    .map((item) => item.role)
    .filter(Boolean);
const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role);

function click(items: MenuItemConstructorOptions[], accelerator: string) {
  const item = allItems(items).find((candidate) => candidate.accelerator === accelerator);
  expect(item, accelerator).toBeDefined();
  item!.click!({} as never, undefined, {} as KeyboardEvent);
}

describe('buildMenuTemplate', () => {
  test.each([
    ['CmdOrCtrl+N', 'new-contact'],
    ['CmdOrCtrl+K', 'search'],
    ['CmdOrCtrl+,', 'settings'],
  ])('%s sends the command %s to the page', (accelerator, command) => {
    for (const isMac of [false, true]) {
      const { template, sendCommand } = menu({ isMac });
      click(template, accelerator);
      expect(sendCommand).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  test('Windows and Linux: File, Edit, View, Window, Help, with Quit in File and About in Help', () => {
    const { template } = menu();
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Window', 'help']);
    expect(roles([template[0]!])).toContain('quit');
    expect(roles([template[4]!])).toEqual(['help', 'about']);
  });

  test('macOS: the app menu comes first and holds About, Settings and Quit', () => {
    const { template } = menu({ isMac: true });
    expect(labels(template)).toEqual(['Small Business CRM', 'File', 'Edit', 'View', 'Window', 'help']);
    expect(roles([template[0]!])).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(roles(template.slice(1))).not.toContain('quit');
    expect(allItems(template).filter((item) => item.accelerator === 'CmdOrCtrl+,')).toHaveLength(1);
  });

  test('the usual edit, zoom and full-screen items', () => {
    expect(roles(menu().template)).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'minimize',
      ]),
    );
  });

  test('Help offers remote help from support on every platform', () => {
    for (const isMac of [false, true]) {
      const { template, sendCommand } = menu({ isMac });
      const item = allItems([template.at(-1)!]).find(
        (candidate) => candidate.label === 'Remote Help from Support…',
      );
      item!.click!({} as never, undefined, {} as KeyboardEvent);
      expect(sendCommand).toHaveBeenCalledExactlyOnceWith('remote-help');
    }
  });

  test('reload and developer tools only in development', () => {
    const developerRoles = ['reload', 'forceReload', 'toggleDevTools'];
    for (const isMac of [false, true]) {
      const packaged = roles(menu({ isMac, isPackaged: true }).template);
      for (const role of developerRoles) expect(packaged).not.toContain(role);
      expect(roles(menu({ isMac, isPackaged: false }).template)).toEqual(
        expect.arrayContaining(developerRoles),
      );
    }
  });
});
