import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  missingNativeBindingMessage,
  nativeBindingPath,
  type NativeBindingPlace,
} from '../../../electron/main/native/native-binding';

const repo = resolve(__dirname, '../../..');
const place: NativeBindingPlace = {
  isPackaged: false,
  appPath: '/src/crm',
  resourcesPath: '/opt/Small Business CRM/resources',
  electronVersion: '45.5.0',
  platform: 'linux',
  arch: 'x64',
};

describe('nativeBindingPath', () => {
  test('in development: the app folder’s .electron-native, one folder per Electron version, platform and arch', () => {
    expect(nativeBindingPath(place)).toBe(
      join('/src/crm', '.electron-native', '45.5.0-linux-x64', 'better_sqlite3.node'),
    );
  });

  test('packaged: under the resources, never inside the asar archive', () => {
    expect(nativeBindingPath({ ...place, isPackaged: true, appPath: '/opt/crm/resources/app.asar' })).toBe(
      join('/opt/Small Business CRM/resources', 'electron-native', '45.5.0-linux-x64', 'better_sqlite3.node'),
    );
  });

  test('another Electron version or architecture never picks up this build', () => {
    const paths = new Set([
      nativeBindingPath(place),
      nativeBindingPath({ ...place, electronVersion: '46.0.0' }),
      nativeBindingPath({ ...place, arch: 'arm64' }),
      nativeBindingPath({ ...place, platform: 'darwin' }),
    ]);
    expect(paths.size).toBe(4);
  });

  test('is where scripts/electron-native.mjs puts the build', () => {
    const printed = execFileSync(process.execPath, ['scripts/electron-native.mjs', '--print-path'], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
    const electronVersion = JSON.parse(
      readFileSync(join(repo, 'node_modules/electron/package.json'), 'utf8'),
    ).version;
    expect(printed).toBe(
      nativeBindingPath({
        ...place,
        appPath: repo,
        electronVersion,
        platform: process.platform,
        arch: process.arch,
      }),
    );
  });
});

describe('missingNativeBindingMessage', () => {
  test('tells a developer how to build it and a user to reinstall', () => {
    expect(missingNativeBindingMessage('/x/better_sqlite3.node', false)).toMatch(
      /npm start.*electron-native\.mjs/,
    );
    expect(missingNativeBindingMessage('/x/better_sqlite3.node', true)).toMatch(/reinstall/);
  });
});
