import { describe, expect, test } from 'vitest';
import { pushRecipients, resultForPage, WindowSessions } from '../../../electron/main/ipc/window-sessions';
import type { CallResult } from '../../../shared/bridge';

const signIn = (token: string): CallResult => ({
  ok: true,
  result: { token, user: { id: 1 }, company: { id: 1, name: 'Acme' } },
});
const failure: CallResult = {
  ok: false,
  error: { code: 'UNAUTHENTICATED', message: 'Wrong username or password.' },
};

describe('WindowSessions', () => {
  test('keeps the token of a successful sign-in for that window only', () => {
    const sessions = new WindowSessions();
    sessions.open(1);
    sessions.open(2);
    sessions.recordCall(1, 'auth.login', signIn('token-1'));
    sessions.recordCall(2, 'auth.setup', signIn('token-2'));
    expect(sessions.tokenFor(1)).toBe('token-1');
    expect(sessions.tokenFor(2)).toBe('token-2');
  });

  test('a failed sign-in, or another procedure returning a token field, changes nothing', () => {
    const sessions = new WindowSessions();
    sessions.open(1);
    sessions.recordCall(1, 'auth.login', signIn('token-1'));
    sessions.recordCall(1, 'auth.login', failure);
    sessions.recordCall(1, 'contacts.create', signIn('not-a-session'));
    sessions.recordCall(1, 'auth.login', { ok: true, result: { token: '' } });
    expect(sessions.tokenFor(1)).toBe('token-1');
  });

  test('sign-out drops the token, whatever the answer', () => {
    const sessions = new WindowSessions();
    sessions.open(1);
    sessions.recordCall(1, 'auth.login', signIn('token-1'));
    sessions.recordCall(1, 'auth.logout', failure);
    expect(sessions.tokenFor(1)).toBeNull();
  });

  test('a closed window is forgotten, and a sign-in that finishes after it closed is not kept', () => {
    const sessions = new WindowSessions();
    sessions.open(1);
    sessions.recordCall(1, 'auth.login', signIn('token-1'));
    sessions.close(1);
    expect(sessions.isAppWindow(1)).toBe(false);
    expect(sessions.tokenFor(1)).toBeNull();
    sessions.recordCall(1, 'auth.login', signIn('late'));
    expect(sessions.tokenFor(1)).toBeNull();
    expect(sessions.signedIn()).toEqual([]);
  });

  test('only windows it opened are app windows', () => {
    const sessions = new WindowSessions();
    sessions.open(1);
    expect(sessions.isAppWindow(1)).toBe(true);
    expect(sessions.isAppWindow(2)).toBe(false);
    sessions.recordCall(2, 'auth.login', signIn('token-2'));
    expect(sessions.tokenFor(2)).toBeNull();
  });
});

describe('resultForPage', () => {
  test('blanks the token of a sign-in and keeps everything else', () => {
    expect(resultForPage('auth.login', signIn('secret'))).toEqual({
      ok: true,
      result: { token: '', user: { id: 1 }, company: { id: 1, name: 'Acme' } },
    });
    expect(JSON.stringify(resultForPage('auth.setup', signIn('secret')))).not.toContain('secret');
  });

  test('passes other results through unchanged', () => {
    const contact: CallResult = { ok: true, result: { id: 5, token: 'a field of a record' } };
    expect(resultForPage('contacts.get', contact)).toBe(contact);
    expect(resultForPage('auth.login', failure)).toBe(failure);
  });
});

describe('pushRecipients', () => {
  const sessions = new WindowSessions();
  for (const id of [1, 2, 3, 4]) sessions.open(id);
  sessions.recordCall(1, 'auth.login', signIn('ann'));
  sessions.recordCall(2, 'auth.login', signIn('bob'));
  sessions.recordCall(3, 'auth.login', signIn('expired'));
  // window 4 is signed out
  const users: Record<string, number> = { ann: 10, bob: 20 };
  const resolveUserId = (token: string) => users[token] ?? null;

  test('goes to every signed-in window whose user may see the event', () => {
    expect(pushRecipients(sessions, resolveUserId, () => true)).toEqual([1, 2]);
  });

  test('skips users the event is not for, signed-out windows and dead sessions', () => {
    expect(pushRecipients(sessions, resolveUserId, (userId) => userId === 20)).toEqual([2]);
    expect(
      pushRecipients(
        sessions,
        () => null,
        () => true,
      ),
    ).toEqual([]);
  });
});
