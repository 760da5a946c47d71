import { EventEmitter } from 'node:events';
import type { HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { guardPermissions, guardWebContents } from '../../../electron/main/security/guard-contents';

const { openExternal } = vi.hoisted(() => ({ openExternal: vi.fn((_url: string) => Promise.resolve()) }));
vi.mock('electron', () => ({ shell: { openExternal } }));

/** Just enough of a webContents: its events and its window-open handler. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse) {
    this.windowOpenHandler = handler;
  }
  /** Emits a cancellable event and says whether a listener cancelled it. */
  attempt(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
  openWindow(url: string) {
    return this.windowOpenHandler!({ url } as HandlerDetails);
  }
}

function guarded() {
  const contents = new FakeContents();
  guardWebContents(contents as unknown as WebContents);
  return contents;
}

beforeEach(() => openExternal.mockClear());

describe('guardWebContents', () => {
  test.each(['will-navigate', 'will-redirect'])('%s: stays on our own origin', (event) => {
    expect(guarded().attempt(event, 'app://crm/contacts')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  test.each(['will-navigate', 'will-redirect'])(
    '%s: a web link leaves the window for the browser',
    (event) => {
      expect(guarded().attempt(event, 'https://example.com/help')).toBe(true);
      expect(openExternal).toHaveBeenCalledWith('https://example.com/help');
    },
  );

  test.each(['will-navigate', 'will-redirect'])('%s: anything else is refused outright', (event) => {
    const contents = guarded();
    for (const url of ['file:///etc/passwd', 'app://crm.evil/', 'smb://server/share', 'chrome://gpu']) {
      expect(contents.attempt(event, url)).toBe(true);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  test('no new window opens, even for our own origin; allowed links go to the system', () => {
    const contents = guarded();
    expect(contents.openWindow('app://crm/contacts')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(contents.openWindow('mailto:ann@example.com')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('mailto:ann@example.com');
  });

  test('a <webview> is never attached', () => {
    expect(guarded().attempt('will-attach-webview', {}, { src: 'app://crm/' })).toBe(true);
  });
});

describe('guardPermissions', () => {
  type RequestHandler = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl: string },
  ) => void;
  type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

  function guardedSession() {
    const handlers: { request?: RequestHandler; check?: CheckHandler } = {};
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    };
    guardPermissions(session as unknown as Session);
    const request = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      handlers.request!(null, permission, callback, { requestingUrl });
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0]![0] as boolean;
    };
    return {
      request,
      check: (permission: string, origin: string) => handlers.check!(null, permission, origin),
    };
  }

  test('requests: notifications for our page only, nothing else for anyone', () => {
    const { request } = guardedSession();
    expect(request('notifications', 'app://crm/contacts')).toBe(true);
    expect(request('notifications', 'https://evil.example/')).toBe(false);
    expect(request('media', 'app://crm/contacts')).toBe(false);
    expect(request('geolocation', 'app://crm/')).toBe(false);
  });

  test('checks follow the same rule', () => {
    const { check } = guardedSession();
    expect(check('notifications', 'app://crm')).toBe(true);
    expect(check('notifications', 'https://evil.example')).toBe(false);
    expect(check('clipboard-read', 'app://crm')).toBe(false);
  });
});
