import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, issuePaths, MINUTE, OWNER, setupCore } from '../core/helpers';

afterEach(closeCores);

const right = { username: OWNER.username, password: OWNER.password };
const wrong = { username: OWNER.username, password: 'wrong-password' };

/** A core that records the slow-downs it is asked to wait, instead of waiting. */
async function recordingCore() {
  const waits: number[] = [];
  const t = await setupCore({
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { t, waits };
}

describe('sign-in slows down, then is refused', () => {
  test('from the third failure on, each attempt waits longer before its answer', async () => {
    const { t, waits } = await recordingCore();
    for (let i = 0; i < 5; i++) await t.fail('auth.login', wrong, 'UNAUTHENTICATED', {});
    expect(waits).toEqual([250, 500, 1000]);
    await t.fail('auth.login', right, 'RATE_LIMITED', {});
    expect(waits).toEqual([250, 500, 1000]);
  });

  test('a right password after failures also waits, then clears them', async () => {
    const { t, waits } = await recordingCore();
    for (let i = 0; i < 3; i++) await t.fail('auth.login', wrong, 'UNAUTHENTICATED', {});
    await t.call('auth.login', right);
    expect(waits).toEqual([250, 500]);
    await t.fail('auth.login', wrong, 'UNAUTHENTICATED', {});
    expect(waits).toHaveLength(2);
  });

  test('per address too, whatever the username', async () => {
    const { t, waits } = await recordingCore();
    const from = { remoteAddress: '203.0.113.9' };
    for (let i = 0; i < 4; i++) {
      await t.fail(
        'auth.login',
        { username: `guess${i}`, password: 'wrong-password' },
        'UNAUTHENTICATED',
        from,
      );
    }
    expect(waits).toEqual([250, 500]);
  });

  test('attempts made at once cannot slip past the limit while passwords are checked', async () => {
    const t = await setupCore();
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        t.core.dispatch({ remoteAddress: '198.51.100.4' }, 'auth.login', wrong),
      ),
    );
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(7);
  });
});

describe('auth.changePassword', () => {
  const change = { currentPassword: OWNER.password, newPassword: 'a-new-password-9' };

  test('changes the password and ends the other sessions, keeping this one', async () => {
    const t = await setupCore();
    const other = (await t.call('auth.login', right)).token;
    expect(await t.call('auth.changePassword', change)).toEqual({ ok: true });
    expect((await t.call('auth.me', {})).user.username).toBe(OWNER.username);
    await t.fail('auth.me', {}, 'UNAUTHENTICATED', { token: other });
    await t.fail('auth.login', right, 'UNAUTHENTICATED', {});
    await t.call('auth.login', { username: OWNER.username, password: change.newPassword });
  });

  test('a wrong current password changes nothing and names the field', async () => {
    const t = await setupCore();
    const error = await t.fail(
      'auth.changePassword',
      { ...change, currentPassword: 'not-it-at-all' },
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['currentPassword']);
    await t.call('auth.login', right);
  });

  test('guessing the current password counts against the sign-in limit', async () => {
    const t = await setupCore();
    for (let i = 0; i < 5; i++) {
      await t.fail('auth.changePassword', { ...change, currentPassword: `guess-${i}` }, 'VALIDATION');
    }
    await t.fail('auth.changePassword', change, 'RATE_LIMITED');
    await t.fail('auth.login', right, 'RATE_LIMITED', {});
    t.clock.advance(15 * MINUTE);
    expect(await t.call('auth.changePassword', change)).toEqual({ ok: true });
  });

  test('a new password too short, or the same as the current one, is refused', async () => {
    const t = await setupCore();
    expect(
      issuePaths(await t.fail('auth.changePassword', { ...change, newPassword: 'short' }, 'VALIDATION')),
    ).toEqual(['newPassword']);
    expect(
      issuePaths(
        await t.fail('auth.changePassword', { ...change, newPassword: OWNER.password }, 'VALIDATION'),
      ),
    ).toEqual(['newPassword']);
    await t.call('auth.login', right);
  });

  test('needs a session', async () => {
    const t = await setupCore();
    await t.fail('auth.changePassword', change, 'UNAUTHENTICATED', {});
  });
});
