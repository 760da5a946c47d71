import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EVENT_CHANNEL } from '../../../electron/main/ipc/channels';
import { heldNotifications } from '../../../electron/main/notifications/native-notifications';
import { reminderNotice } from '../../../electron/main/notifications/reminder-notifications';
import { notifyingApp, type NotifyingApp } from './notifying-app';

vi.mock('electron', async () => (await import('./fake-electron')).electronOfCurrentFake());

const START = Date.UTC(2025, 0, 6, 9);
const MINUTE = 60_000;

let app: NotifyingApp;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: START });
  app = notifyingApp({ reminders: true });
});

afterEach(() => {
  app.close();
  vi.useRealTimers();
});

async function scene() {
  const token = await app.setUpOwner();
  const window = app.signedInWindow(token);
  const ann = await app.call(token, 'contacts.create', { name: 'Ann Lee', companyName: 'Lee Trading' });
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
    await app.call(token, 'followups.create', {
      kind: 'call',
      subject: 'Call about the quote',
      contactId: ann.id,
      companyId: ann.companyId,
      dueAt: START + MINUTE,
    });
    vi.advanceTimersByTime(MINUTE - 1);
    expect(app.fake.notifications).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(app.fake.notifications.map((n) => [n.options, n.shown])).toEqual([
      [{ title: 'Call about the quote', body: 'Ann Lee · Lee Trading' }, true],
    ]);
  });

  test('clicking it brings the window forward and tells the page which follow-up to open', async () => {
    const { token, window, ann } = await scene();
    const followup = await app.call(token, 'followups.create', {
      kind: 'task',
      subject: 'Send the catalogue',
      contactId: ann.id,
      dueAt: START + MINUTE,
    });
    window.minimized = true;
    vi.advanceTimersByTime(MINUTE);
    app.fake.notifications[0]!.click();
    expect(window.minimized).toBe(false);
    expect(app.fake.calls).toContain('focus');
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
      await app.call(token, 'followups.create', {
        kind: 'task',
        subject,
        contactId: ann.id,
        dueAt: START + MINUTE,
      });
    }
    const held = heldNotifications();
    vi.advanceTimersByTime(MINUTE);
    const [clicked, closed] = app.fake.notifications;
    expect(heldNotifications()).toBe(held + 2);
    clicked!.click();
    expect(heldNotifications()).toBe(held + 1);
    closed!.emit('close');
    expect(heldNotifications()).toBe(held);
  });

  test('nothing for a user with no window signed in, nor after sign-out, nor once disconnected', async () => {
    const { token, window, ann } = await scene();
    const users = await app.core.dispatch({ token }, 'users.create', {
      username: 'sam',
      displayName: 'Sam',
      role: 'staff',
      password: 'sam-password-1',
    });
    if (!users.ok) throw new Error(users.error.message);
    const samId = (users.result as { id: number }).id;
    await app.call(token, 'followups.create', {
      kind: 'call',
      subject: 'Sam’s',
      contactId: ann.id,
      assigneeId: samId,
      dueAt: START + MINUTE,
    });
    await app.call(token, 'followups.create', {
      kind: 'call',
      subject: 'later',
      contactId: ann.id,
      dueAt: START + 2 * MINUTE,
    });
    await app.call(token, 'followups.create', {
      kind: 'call',
      subject: 'latest',
      contactId: ann.id,
      dueAt: START + 3 * MINUTE,
    });
    vi.advanceTimersByTime(MINUTE);
    expect(app.fake.notifications).toEqual([]);
    app.sessions.recordCall(window.webContents.id, 'auth.logout', { ok: true, result: {} });
    vi.advanceTimersByTime(MINUTE);
    expect(app.fake.notifications).toEqual([]);
    app.sessions.recordCall(window.webContents.id, 'auth.login', { ok: true, result: { token } });
    app.disconnect();
    vi.advanceTimersByTime(MINUTE);
    expect(app.fake.notifications).toEqual([]);
  });
});
