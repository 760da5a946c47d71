import { posix, win32 } from 'node:path';

/** Must equal `productName` in package.json: Electron names the userData folder after it. */
export const PRODUCT_NAME = 'Small Business CRM';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The folder Electron's `app.getPath('userData')` gives on each platform, so that the
 * office host and the desktop app open the same company database by default.
 */
export function appDataDir(platform: NodeJS.Platform, env: Env, home: string): string {
  if (platform === 'win32') {
    return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), PRODUCT_NAME);
}
