import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { EVENT_CHANNEL } from '../../../electron/main/ipc/channels';
import { WindowSessions } from '../../../electron/main/ipc/window-sessions';
import { connectNativeNotifications } from '../../../electron/main/notifications/native-notifications';
import { assignedNotice } from '../../../electron/main/notifications/workorder-notifications';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { createFakeElectron, type FakeElectron } from '../electron/fake-electron';

const current = vi.hoisted(() => ({ fake: null as FakeElectron | null }));
vi.mock('electron', () => {
  // Read at each use: every test gets its own fake, made after the module is loaded.
  const electron = () => (current.fake?.electron ?? {}) as Record<string | symbol, unknown>;
  return new Proxy({}, { get: (_target, key) => electron()[key], has: (_target, key) => key in electron() });
});

let base: string;
let core: Core;
let sessions: WindowSessions;
let disconnect: () => void;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'crm-notify-'));
  current.fake = createFakeElectron({ userData: base, appPath: base });
  core = createCore({ file: ':memory:' });
  sessions = new WindowSessions();
  disconnect = connectNativeNotifications(core, sessions);
});

afterEach(() => {
  disconnect();
  core.close();
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

/** The owner and agent Bo, each signed in to a window of their own. */
async function scene() {
  const setup = await core.dispatch({}, 'auth.setup', {
    companyName: 'Acme',
    ownerName: 'Olivia',
    username: 'olivia',
    password: 'owner-password-1',
  });
  if (!setup.ok) throw new Error(setup.error.message);
  const { token } = setup.result as { token: string };
  const bo = await call(token, 'users.create', {
    username: 'bo',
    displayName: 'Bo',
    role: 'agent',
    password: 'bo-password-1',
  });
  const boToken = core.context.sessions.create(bo.id);
  return { token, ownerWindow: signedInWindow(token), bo, boToken, boWindow: signedInWindow(boToken) };
}

describe('assignedNotice', () => {
  test('shows the subject over the number, who gave it, and the reason if any', () => {
    const assigned = {
      id: 1,
      number: 'WO-2026-000123',
      subject: 'Router down',
      assigneeId: 2,
      byId: 1,
      byName: 'Olivia',
      reason: 'Bo knows this site',
    };
    expect(assignedNotice(assigned)).toEqual({
      title: 'Router down',
      body: 'WO-2026-000123 · Olivia · Bo knows this site',
    });
    expect(assignedNotice({ ...assigned, reason: null }).body).toBe('WO-2026-000123 · Olivia');
  });
});

describe('native work-order notifications', () => {
  test('a work order given to the signed-in user shows one notification; a click opens it in their window', async () => {
    const { token, ownerWindow, bo, boWindow } = await scene();
    const order = await call(token, 'workorders.create', { subject: 'Router down', assigneeId: bo.id });
    expect(current.fake!.notifications.map((n) => [n.options, n.shown])).toEqual([
      [{ title: 'Router down', body: `${order.number} · Olivia` }, true],
    ]);
    boWindow.minimized = true;
    current.fake!.notifications[0]!.click();
    expect(boWindow.minimized).toBe(false);
    expect(boWindow.webContents.sent).toEqual([
      [EVENT_CHANNEL, { name: 'workorder.notificationClicked', data: { id: order.id } }],
    ]);
    expect(ownerWindow.webContents.sent).toEqual([]);
  });

  test('an SLA breach shows on the desktop of the owner it is told to, not on the agent’s', async () => {
    const { token, ownerWindow, boWindow } = await scene();
    const order = await call(token, 'workorders.create', { subject: 'Router down' });
    const ownerId = core.context.sessions.resolve(token)!.user.id;
    core.events.emit(
      'workorder.slaBreached',
      { id: order.id, number: order.number, subject: order.subject, target: 'firstResponse', dueAt: 1 },
      { kind: 'users', userIds: [ownerId] },
    );
    expect(current.fake!.notifications.map((n) => n.options)).toEqual([
      { title: 'Router down', body: `${order.number} · SLA` },
    ]);
    current.fake!.notifications[0]!.click();
    expect(ownerWindow.webContents.sent).toEqual([
      [EVENT_CHANNEL, { name: 'workorder.notificationClicked', data: { id: order.id } }],
    ]);
    expect(boWindow.webContents.sent).toEqual([]);
  });

  test('nothing for work orders left unassigned, nor once disconnected', async () => {
    const { token, bo } = await scene();
    await call(token, 'workorders.create', { subject: 'Nobody yet' });
    expect(current.fake!.notifications).toEqual([]);
    disconnect();
    await call(token, 'workorders.create', { subject: 'After', assigneeId: bo.id });
    expect(current.fake!.notifications).toEqual([]);
  });
});
