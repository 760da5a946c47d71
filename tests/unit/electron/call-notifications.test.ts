import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ringingNotice } from '../../../electron/main/notifications/call-notifications';
import { notifyingApp, type NotifyingApp } from './notifying-app';

vi.mock('electron', async () => (await import('./fake-electron')).electronOfCurrentFake());

let app: NotifyingApp;

beforeEach(() => {
  app = notifyingApp();
});

afterEach(() => app.close());

async function scene() {
  const token = await app.setUpOwner();
  const window = app.signedInWindow(token);
  await app.call(token, 'contacts.create', {
    name: 'Ann Lee',
    companyName: 'Harbor Foods',
    phones: ['+86 138-0013 8000'],
  });
  return { token, window };
}

describe('ringingNotice', () => {
  const call = { number: '021 5555 0100' } as Parameters<typeof ringingNotice>[0]['call'];

  test('names the matched customers and their companies over the number; the number alone when unknown', () => {
    expect(
      ringingNotice({
        call,
        matches: [
          { id: 1, name: 'Ann Lee', companyName: 'Harbor Foods' },
          { id: 2, name: 'Bo Chen', companyName: null },
        ],
      }),
    ).toEqual({ title: 'Ann Lee · Harbor Foods, Bo Chen', body: '021 5555 0100' });
    expect(ringingNotice({ call, matches: [] })).toEqual({ title: '021 5555 0100', body: '' });
  });
});

describe('native notifications of incoming calls', () => {
  test('a call ringing for the user signed in to a window shows one notification; a click brings the window forward', async () => {
    const { token, window } = await scene();
    window.minimized = true;

    await app.call(token, 'calls.ring', { number: '138 0013 8000' });

    expect(app.fake.notifications.map((n) => [n.options, n.shown])).toEqual([
      [{ title: 'Ann Lee · Harbor Foods', body: '138 0013 8000' }, true],
    ]);
    app.fake.notifications[0]!.click();
    expect(window.minimized).toBe(false);
    expect(app.fake.calls).toContain('focus');
    // The page's screen pop shows the call already; nothing more is sent to it.
    expect(window.webContents.sent).toEqual([]);
  });

  test('nothing for a call ringing for someone else, nor once disconnected', async () => {
    const { token } = await scene();
    await app.call(token, 'users.create', {
      username: 'sam',
      displayName: 'Sam',
      role: 'staff',
      password: 'sam-password-1',
    });
    const sam = await app.core.dispatch({}, 'auth.login', { username: 'sam', password: 'sam-password-1' });
    if (!sam.ok) throw new Error(sam.error.message);
    await app.call((sam.result as { token: string }).token, 'calls.ring', { number: '138 0013 8000' });
    expect(app.fake.notifications).toEqual([]);

    app.disconnect();
    await app.call(token, 'calls.ring', { number: '138 0013 8000' });
    expect(app.fake.notifications).toEqual([]);
  });
});
