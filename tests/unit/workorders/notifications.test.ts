import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EVENT_CHANNEL } from '../../../electron/main/ipc/channels';
import { assignedNotice } from '../../../electron/main/notifications/workorder-notifications';
import { notifyingApp, type NotifyingApp } from '../electron/notifying-app';

vi.mock('electron', async () => (await import('../electron/fake-electron')).electronOfCurrentFake());

let app: NotifyingApp;

beforeEach(() => {
  app = notifyingApp();
});

afterEach(() => {
  app.close();
});

/** The owner and agent Bo, each signed in to a window of their own. */
async function scene() {
  const token = await app.setUpOwner();
  const bo = await app.call(token, 'users.create', {
    username: 'bo',
    displayName: 'Bo',
    role: 'agent',
    password: 'bo-password-1',
  });
  const boToken = app.core.context.sessions.create(bo.id);
  return {
    token,
    ownerWindow: app.signedInWindow(token),
    bo,
    boToken,
    boWindow: app.signedInWindow(boToken),
  };
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
    const order = await app.call(token, 'workorders.create', { subject: 'Router down', assigneeId: bo.id });
    expect(app.fake.notifications.map((n) => [n.options, n.shown])).toEqual([
      [{ title: 'Router down', body: `${order.number} · Olivia` }, true],
    ]);
    boWindow.minimized = true;
    app.fake.notifications[0]!.click();
    expect(boWindow.minimized).toBe(false);
    expect(boWindow.webContents.sent).toEqual([
      [EVENT_CHANNEL, { name: 'workorder.notificationClicked', data: { id: order.id } }],
    ]);
    expect(ownerWindow.webContents.sent).toEqual([]);
  });

  test('an SLA breach shows on the desktop of the owner it is told to, not on the agent’s', async () => {
    const { token, ownerWindow, boWindow } = await scene();
    const order = await app.call(token, 'workorders.create', { subject: 'Router down' });
    const ownerId = app.core.context.sessions.resolve(token)!.user.id;
    app.core.events.emit(
      'workorder.slaBreached',
      { id: order.id, number: order.number, subject: order.subject, target: 'firstResponse', dueAt: 1 },
      { kind: 'users', userIds: [ownerId] },
    );
    expect(app.fake.notifications.map((n) => n.options)).toEqual([
      { title: 'Router down', body: `${order.number} · SLA` },
    ]);
    app.fake.notifications[0]!.click();
    expect(ownerWindow.webContents.sent).toEqual([
      [EVENT_CHANNEL, { name: 'workorder.notificationClicked', data: { id: order.id } }],
    ]);
    expect(boWindow.webContents.sent).toEqual([]);
  });

  test('nothing for work orders left unassigned, nor once disconnected', async () => {
    const { token, bo } = await scene();
    await app.call(token, 'workorders.create', { subject: 'Nobody yet' });
    expect(app.fake.notifications).toEqual([]);
    app.disconnect();
    await app.call(token, 'workorders.create', { subject: 'After', assigneeId: bo.id });
    expect(app.fake.notifications).toEqual([]);
  });
});
