import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { createCallHandler, type CallSender } from '../../../electron/main/ipc/call-handler';
import { WindowSessions } from '../../../electron/main/ipc/window-sessions';
import type { CallResult } from '../../../shared/bridge';
import { MAX_INPUT_BYTES } from '../../../shared/limits';

const OWNER = { companyName: 'Acme', ownerName: 'Ann Owner', username: 'ann', password: 'password123' };
const ourWindow: CallSender = { contentsId: 1, frame: { url: 'app://crm/', parent: null } };

let core: Core;
let sessions: WindowSessions;
let handleCall: ReturnType<typeof createCallHandler>;

beforeEach(() => {
  core = createCore({ file: ':memory:' });
  sessions = new WindowSessions();
  sessions.open(ourWindow.contentsId);
  handleCall = createCallHandler({ dispatch: core.dispatch, sessions });
});
afterEach(() => core.close());

const errorCode = (result: CallResult) => (result.ok ? null : result.error.code);

describe('handleCall', () => {
  test('the window signs in once; later calls carry its session without the page holding the token', async () => {
    const setup = await handleCall(ourWindow, 'auth.setup', OWNER);
    expect(setup).toMatchObject({
      ok: true,
      result: { token: '', user: { username: 'ann', role: 'owner' } },
    });
    expect(sessions.tokenFor(ourWindow.contentsId)).toMatch(/.{20,}/);

    const created = await handleCall(ourWindow, 'contacts.create', { name: 'Zhang Wei' });
    expect(created).toMatchObject({ ok: true, result: { name: 'Zhang Wei' } });
    expect(await handleCall(ourWindow, 'auth.me', {})).toMatchObject({
      ok: true,
      result: { user: { username: 'ann' } },
    });
  });

  test('after sign-out the window is refused again, and its old token is dead', async () => {
    await handleCall(ourWindow, 'auth.setup', OWNER);
    const token = sessions.tokenFor(ourWindow.contentsId)!;
    expect(await handleCall(ourWindow, 'auth.logout', {})).toEqual({ ok: true, result: { ok: true } });
    expect(errorCode(await handleCall(ourWindow, 'auth.me', {}))).toBe('UNAUTHENTICATED');
    expect(core.context.sessions.resolve(token)).toBeNull();

    const login = await handleCall(ourWindow, 'auth.login', { username: 'ann', password: 'password123' });
    expect(login).toMatchObject({ ok: true, result: { token: '' } });
    expect(errorCode(await handleCall(ourWindow, 'auth.me', {}))).toBeNull();
  });

  test('one window signing in does not sign in another', async () => {
    sessions.open(2);
    await handleCall(ourWindow, 'auth.setup', OWNER);
    const other: CallSender = { contentsId: 2, frame: { url: 'app://crm/', parent: null } };
    expect(errorCode(await handleCall(other, 'auth.me', {}))).toBe('UNAUTHENTICATED');
  });

  test.each<[string, CallSender]>([
    ['a window we did not open', { contentsId: 99, frame: { url: 'app://crm/', parent: null } }],
    [
      'a foreign page in our window',
      { contentsId: 1, frame: { url: 'https://evil.example/', parent: null } },
    ],
    ['an iframe in our window', { contentsId: 1, frame: { url: 'app://crm/', parent: {} } }],
    ['a frame that is gone', { contentsId: 1, frame: null }],
  ])('refuses %s with FORBIDDEN and runs nothing', async (_label, sender) => {
    const result = await handleCall(sender, 'auth.setup', OWNER);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await handleCall(ourWindow, 'auth.status', {})).toEqual({
      ok: true,
      result: { setupDone: false },
    });
  });

  test('a signed-in window is still refused once its page is not ours', async () => {
    await handleCall(ourWindow, 'auth.setup', OWNER);
    const hijacked: CallSender = { contentsId: 1, frame: { url: 'https://evil.example/', parent: null } };
    expect(errorCode(await handleCall(hijacked, 'auth.me', {}))).toBe('FORBIDDEN');
  });

  test('refuses an input larger than the limit before running anything', async () => {
    await handleCall(ourWindow, 'auth.setup', OWNER);
    const name = 'x'.repeat(MAX_INPUT_BYTES);
    const result = await handleCall(ourWindow, 'contacts.create', { name });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE', details: { limit: MAX_INPUT_BYTES } },
    });
    const list = await handleCall(ourWindow, 'contacts.list', {});
    expect(list).toMatchObject({ ok: true, result: { items: [] } });
  });

  test('counts bytes, not characters', async () => {
    // 3 bytes per character in UTF-8: under the limit in characters, over it in bytes.
    const name = '伟'.repeat(Math.ceil(MAX_INPUT_BYTES / 3) + 1);
    expect(errorCode(await handleCall(ourWindow, 'contacts.create', { name }))).toBe('PAYLOAD_TOO_LARGE');
  });

  test('refuses a missing procedure name and input that is not plain data', async () => {
    expect(errorCode(await handleCall(ourWindow, 42, {}))).toBe('VALIDATION');
    expect(errorCode(await handleCall(ourWindow, 'auth.status', { big: 1n }))).toBe('VALIDATION');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorCode(await handleCall(ourWindow, 'auth.status', cyclic))).toBe('VALIDATION');
  });

  test('the core sees the same data as over HTTP: the JSON form of the input', async () => {
    await handleCall(ourWindow, 'auth.setup', OWNER);
    const result = await handleCall(ourWindow, 'contacts.create', { name: new Date(0), notes: undefined });
    expect(result).toMatchObject({ ok: true, result: { name: '1970-01-01T00:00:00.000Z' } });
    expect(errorCode(await handleCall(ourWindow, 'no.such.procedure', {}))).toBe('NOT_FOUND');
  });
});
