import { describe, expect, test } from 'vitest';
import { isPermissionGranted } from '../../../electron/main/security/permissions';
import { isTrustedSender } from '../../../electron/main/security/sender';
import { secureWebPreferences } from '../../../electron/main/security/web-preferences';

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences({ preloadPath: '/app/preload.cjs', allowDevTools: false });

  test('isolates and sandboxes the page, with no Node.js anywhere in it', () => {
    expect(preferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  test('developer tools only where asked for, and nothing else changes with them', () => {
    expect(preferences.devTools).toBe(false);
    const development = secureWebPreferences({ preloadPath: '/app/preload.cjs', allowDevTools: true });
    expect(development.devTools).toBe(true);
    expect({ ...development, devTools: false }).toEqual(preferences);
  });
});

describe('isPermissionGranted', () => {
  test('grants notifications to our own origin', () => {
    expect(isPermissionGranted('notifications', 'app://crm/')).toBe(true);
    expect(isPermissionGranted('notifications', 'app://crm')).toBe(true);
  });

  test.each(['media', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb', 'unknown'])(
    'refuses %s even to our own origin',
    (permission) => expect(isPermissionGranted(permission, 'app://crm/')).toBe(false),
  );

  test.each(['https://evil.example/', 'app://crm.evil/', 'file:///tmp/x.html', '', undefined, null])(
    'refuses notifications to any other origin: %s',
    (origin) => expect(isPermissionGranted('notifications', origin)).toBe(false),
  );
});

describe('isTrustedSender', () => {
  const topFrame = { url: 'app://crm/contacts', parent: null };

  test('answers the top frame of our window on our origin', () => {
    expect(isTrustedSender({ frame: topFrame, isAppWindow: true })).toBe(true);
  });

  test('refuses a window we did not open', () => {
    expect(isTrustedSender({ frame: topFrame, isAppWindow: false })).toBe(false);
  });

  test('refuses an iframe, even of our origin', () => {
    expect(isTrustedSender({ frame: { url: 'app://crm/', parent: topFrame }, isAppWindow: true })).toBe(
      false,
    );
  });

  test('refuses a foreign page and a frame that is gone', () => {
    expect(
      isTrustedSender({ frame: { url: 'https://evil.example/', parent: null }, isAppWindow: true }),
    ).toBe(false);
    expect(isTrustedSender({ frame: { url: 'app://crm.evil/', parent: null }, isAppWindow: true })).toBe(
      false,
    );
    expect(isTrustedSender({ frame: null, isAppWindow: true })).toBe(false);
  });
});
