import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { EVENT_CHANNEL } from '../../../electron/main/ipc/channels';
import { WindowSessions } from '../../../electron/main/ipc/window-sessions';
import {
  connectNativeNotifications,
  heldNotifications,
} from '../../../electron/main/notifications/native-notifications';
import { reminderNotice } from '../../../electron/main/notifications/reminder-notifications';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { createFakeElectron, type FakeElectron } from './fake-electron';

const current = vi.hoisted(() => ({ fake: null as FakeElectron | null }));
vi.mock('electron', () => {
  // Read at each use: every test gets its own fake, made after the module is loaded.
  const electron = () => (current.fake?.electron ?? {}) as Record<string | symbol, unknown>;
  return new Proxy({}, { get: (_target, key) => electron()[key], has: (_target, key) => key in electron() });
});

const START = Date.UTC(2025, 0, 6, 9);
const MINUTE = 60_000;

let base: string;
let core: Core;
let sessions: WindowSessions;
let disconnect: () => void;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: START });
  base = mkdtempSync(join(tmpdir(), 'crm-notify-'));
  current.fake = createFakeElectron({ userData: base, appPath: base });
  core = createCore({ file: ':memory:', reminders: true });
  sessions = new WindowSessions();
  disconnect = connectNativeNotifications(core, sessions);
});

afterEach(() => {
  disconnect();
  core.close();
  vi.useRealTimers();
  rmSync(base, { recursive: true, force: true });
});

async function call<N extends ProcedureName>(token: string, name: N, input: ProcedureInput<N>) {
  const result = await core.dispatch({ token }, name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.result as ProcedureOutput<N>;
}

/** An app window signed in with `token`, as the IPC bridge would record it. */
function signedInWindow(token: string) {
  const window = new current.fake!.electron.BrowserWindow({});
  void window.loadURL('app://crm/');
  sessions.open(window.webContents.id);
  sessions.recordCall(window.webContents.id, 'auth.login', { ok: true, result: { token } });
  return window;
}

async function scene() {
  const setup = await core.dispatch({}, 'auth.setup', {
    companyName: 'Acme',
    ownerName: 'Olivia',
    username: 'olivia',
    password: 'owner-password-1',
  });
  if (!setup.ok) throw new Error(setup.error.message);
  const { token } = setup.result as { token: string };
  const window = signedInWindow(token);
  const ann = await call(token, 'contacts.create', { name: 'Ann Lee', companyName: 'Lee Trading' });
  return { token, window, ann };
}

describe('reminderNotice', () => {
  test('shows the subject over the contact and the company it concerns', () => {
    const reminder = {
      id: 1,
      kind: 'call' as const,
      subject: 'Call about the quote',
      dueAt: START,
      contactId: 1,
      contactName: 'Ann Lee',
      companyId: 2,
      companyName: 'Lee Trading',
    };
    expect(reminderNotice(reminder)).toEqual({
      title: 'Call about the quote',
      body: 'Ann Lee · Lee Trading',
    });
    expect(reminderNotice({ ...reminder, companyId: null, companyName: null }).body).toBe('Ann Lee');
  });
});

describe('native reminder notifications', () => {
  test('a follow-up falling due shows one desktop notification, not before', async () => {
    const { token, ann } = await scene();
    await call(token, 'followups.create', {
      kind: 'call',
      subject: 'Call about the quote',
      contactId: ann.id,
      companyId: ann.companyId,
      dueAt: START + MINUTE,
    });
    vi.advanceTimersByTime(MINUTE - 1);
    expect(current.fake!.notifications).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(current.fake!.notifications.map((n) => [n.options, n.shown])).toEqual([
      [{ title: 'Call about the quote', body: 'Ann Lee · Lee Trading' }, true],
    ]);
  });

  test('clicking it brings the window forward and tells the page which follow-up to open', async () => {
    const { token, window, ann } = await scene();
    const followup = await call(token, 'followups.create', {
      kind: 'task',
      subject: 'Send the catalogue',
      contactId: ann.id,
      dueAt: START + MINUTE,
    });
    window.minimized = true;
    vi.advanceTimersByTime(MINUTE);
    current.fake!.notifications[0]!.click();
    expect(window.minimized).toBe(false);
    expect(current.fake!.calls).toContain('focus');
    expect(window.webContents.sent).toEqual([
      [
        EVENT_CHANNEL,
        { name: 'followup.reminderClicked', data: { id: followup.id, contactId: ann.id, companyId: null } },
      ],
    ]);
  });

  test('a notification is let go once clicked, even when Electron tells of no close, or once closed', async () => {
    const { token, ann } = await scene();
    for (const subject of ['Call Ann', 'Email Ann']) {
      await call(token, 'followups.create', {
        kind: 'task',
        subject,
        contactId: ann.id,
        dueAt: START + MINUTE,
      });
    }
    const held = heldNotifications();
    vi.advanceTimersByTime(MINUTE);
    const [clicked, closed] = current.fake!.notifications;
    expect(heldNotifications()).toBe(held + 2);
    clicked!.click();
    expect(heldNotifications()).toBe(held + 1);
    closed!.emit('close');
    expect(heldNotifications()).toBe(held);
  });

  test('nothing for a user with no window signed in, nor after sign-out, nor once disconnected', async () => {
    const { token, window, ann } = await scene();
    const users = await core.dispatch({ token }, 'users.create', {
      username: 'sam',
      displayName: 'Sam',
      role: 'staff',
      password: 'sam-password-1',
    });
    if (!users.ok) throw new Error(users.error.message);
    const samId = (users.result as { id: number }).id;
    await call(token, 'followups.create', {
      kind: 'call',
      subject: 'Sam’s',
      contactId: ann.id,
      assigneeId: samId,
      dueAt: START + MINUTE,
    });
    await call(token, 'followups.create', {
      kind: 'call',
      subject: 'later',
      contactId: ann.id,
      dueAt: START + 2 * MINUTE,
    });
    await call(token, 'followups.create', {
      kind: 'call',
      subject: 'latest',
      contactId: ann.id,
      dueAt: START + 3 * MINUTE,
    });
    vi.advanceTimersByTime(MINUTE);
    expect(current.fake!.notifications).toEqual([]);
    sessions.recordCall(window.webContents.id, 'auth.logout', { ok: true, result: {} });
    vi.advanceTimersByTime(MINUTE);
    expect(current.fake!.notifications).toEqual([]);
    sessions.recordCall(window.webContents.id, 'auth.login', { ok: true, result: { token } });
    disconnect();
    vi.advanceTimersByTime(MINUTE);
    expect(current.fake!.notifications).toEqual([]);
  });
});
