import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../../electron/main/ipc/channels';
import { connectBridge } from '../../../electron/main/ipc/connect-bridge';
import { WindowSessions } from '../../../electron/main/ipc/window-sessions';

/** Just enough of Electron's ipcMain and webContents for the bridge. */
const fake = vi.hoisted(() => {
  type Handler = (event: unknown, ...args: unknown[]) => unknown;
  const handlers = new Map<string, Handler>();
  const contents = new Map<number, { url: string; destroyed: boolean; sent: unknown[][] }>();
  return {
    handlers,
    contents,
    ipcMain: {
      handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    webContents: {
      fromId: (id: number) => {
        const window = contents.get(id);
        return (
          window && {
            isDestroyed: () => window.destroyed,
            getURL: () => window.url,
            send: (...args: unknown[]) => window.sent.push(args),
          }
        );
      },
    },
  };
});
vi.mock('electron', () => ({ ipcMain: fake.ipcMain, webContents: fake.webContents }));

let core: Core;
let sessions: WindowSessions;
let disconnect: () => void;

function openWindow(id: number, url = 'app://crm/') {
  fake.contents.set(id, { url, destroyed: false, sent: [] });
  sessions.open(id);
}

const invoke = (id: number, name: string, input: unknown) =>
  fake.handlers.get(CALL_CHANNEL)!(
    { sender: { id }, senderFrame: { url: fake.contents.get(id)!.url, parent: null } },
    name,
    input,
  );

const received = (id: number) => fake.contents.get(id)!.sent;

beforeEach(async () => {
  core = createCore({ file: ':memory:' });
  sessions = new WindowSessions();
  disconnect = connectBridge(core, sessions);
  openWindow(1);
  await invoke(1, 'auth.setup', {
    companyName: 'Acme',
    ownerName: 'Ann',
    username: 'ann',
    password: 'password123',
  });
});

afterEach(() => {
  disconnect();
  core.close();
  fake.contents.clear();
});

/** Signs window `id` in as a new staff member, as a login through the bridge would. */
function signInStaff(id: number, username: string): number {
  const user = core.context.users.create(
    { username, displayName: username, role: 'staff', passwordHash: 'unused' },
    Date.now(),
  );
  sessions.recordCall(id, 'auth.login', {
    ok: true,
    result: { token: core.context.sessions.create(user.id) },
  });
  return user.id;
}

describe('connectBridge', () => {
  test('answers crm:call from our window through the core', async () => {
    expect(await invoke(1, 'auth.me', {})).toMatchObject({ ok: true, result: { user: { username: 'ann' } } });
  });

  test('pushes an event for the whole company to every signed-in window, and to no one else', () => {
    openWindow(2);
    signInStaff(2, 'bob');
    openWindow(3); // signed out
    core.events.emit('contact.changed', { id: 7, action: 'created', version: 1 });
    const message = { name: 'contact.changed', data: { id: 7, action: 'created', version: 1 } };
    expect(received(1)).toEqual([[EVENT_CHANNEL, message]]);
    expect(received(2)).toEqual([[EVENT_CHANNEL, message]]);
    expect(received(3)).toEqual([]);
  });

  test('an event for some users reaches only their windows', () => {
    openWindow(2);
    const bob = signInStaff(2, 'bob');
    core.events.emit(
      'contact.changed',
      { id: 7, action: 'updated', version: 2 },
      { kind: 'users', userIds: [bob] },
    );
    expect(received(1)).toEqual([]);
    expect(received(2)).toHaveLength(1);
  });

  test('nothing is sent to a window showing a foreign page, a closed one, or a deactivated user', () => {
    openWindow(2);
    signInStaff(2, 'bob');
    fake.contents.get(1)!.url = 'https://evil.example/';
    fake.contents.get(2)!.destroyed = true;
    openWindow(3);
    const carol = signInStaff(3, 'carol');
    core.context.db.prepare('UPDATE users SET active = 0 WHERE id = ?').run(carol);
    core.events.emit('contact.changed', { id: 7, action: 'deleted', version: 3 });
    expect([received(1), received(2), received(3)]).toEqual([[], [], []]);
  });

  test('after disconnecting, calls are no longer answered and events no longer pushed', () => {
    disconnect();
    expect(fake.handlers.has(CALL_CHANNEL)).toBe(false);
    core.events.emit('contact.changed', { id: 7, action: 'created', version: 1 });
    expect(received(1)).toEqual([]);
  });
});
