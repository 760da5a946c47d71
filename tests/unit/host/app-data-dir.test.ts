import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appDataDir, PRODUCT_NAME } from '../../../electron/host/app-data-dir';

describe("the app's data folder (as Electron's userData)", () => {
  it('is named after the product name in package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string };
    expect(PRODUCT_NAME).toBe(pkg.productName);
  });

  it('is under %APPDATA% on Windows', () => {
    expect(appDataDir('win32', { APPDATA: 'C:\\Users\\Ann\\AppData\\Roaming' }, 'C:\\Users\\Ann')).toBe(
      'C:\\Users\\Ann\\AppData\\Roaming\\Small Business CRM',
    );
    expect(appDataDir('win32', {}, 'C:\\Users\\Ann')).toBe(
      'C:\\Users\\Ann\\AppData\\Roaming\\Small Business CRM',
    );
  });

  it('is under Application Support on macOS', () => {
    expect(appDataDir('darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/Small Business CRM',
    );
  });

  it('follows XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(appDataDir('linux', { XDG_CONFIG_HOME: '/data/config' }, '/home/ann')).toBe(
      '/data/config/Small Business CRM',
    );
    expect(appDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/Small Business CRM');
    expect(appDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/ann')).toBe(
      '/home/ann/.config/Small Business CRM',
    );
  });
});
