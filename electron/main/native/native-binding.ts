import { join } from 'node:path';

/** Folder of the Electron builds of better-sqlite3, in the repository and under resources. */
export const ELECTRON_NATIVE_DIR = '.electron-native';
export const PACKAGED_NATIVE_DIR = 'electron-native';
export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export interface NativeBindingPlace {
  isPackaged: boolean;
  /** The app folder (package.json) in development. */
  appPath: string;
  /** `process.resourcesPath` of a packaged app. */
  resourcesPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

/**
 * Where the Electron build of better-sqlite3 is (DESIGN §3). One build per Electron version,
 * platform and architecture, so a build for another Electron is never loaded by mistake:
 * `<base>/<version>-<platform>-<arch>/better_sqlite3.node`, where base is `.electron-native` in
 * the app folder during development and `electron-native` under the resources when packaged.
 * scripts/electron-native.mjs writes to the same place (`--print-path` shows it).
 */
export function nativeBindingPath(place: NativeBindingPlace): string {
  const base = place.isPackaged
    ? join(place.resourcesPath, PACKAGED_NATIVE_DIR)
    : join(place.appPath, ELECTRON_NATIVE_DIR);
  return join(base, `${place.electronVersion}-${place.platform}-${place.arch}`, NATIVE_BINDING_FILE);
}

/** What to tell the user when the Electron build is not where `nativeBindingPath` says. */
export function missingNativeBindingMessage(path: string, isPackaged: boolean): string {
  return isPackaged
    ? `The installation is incomplete: the database engine (${path}) is missing. Please reinstall the app.`
    : `The database engine built for Electron is missing (${path}). Run "npm start", or "node scripts/electron-native.mjs", to build it.`;
}
