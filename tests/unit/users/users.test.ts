import { afterEach, describe, expect, test } from 'vitest';
import type { CoreEvent } from '../../../electron/core/events';
import type { Role } from '../../../shared/roles';
import { closeCores, issuePaths, OWNER, setupCore, type TestCore } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';

afterEach(closeCores);

const start = () => setupCore({ license: licenseOptions() });

let serial = 0;
/** Creates a user through the procedure, as the owner unless `token` says otherwise. */
function create(t: TestCore, role: Role, token?: string) {
  serial += 1;
  const username = `${role}${serial}`;
  return t.call(
    'users.create',
    { username, displayName: `${role} ${serial}`, password: `${username}-password`, role },
    token,
  );
}

/** Signs a created user in, by the password `create` gave them. */
async function signIn(t: TestCore, username: string) {
  return (await t.call('auth.login', { username, password: `${username}-password` })).token;
}

const usernames = async (t: TestCore) =>
  (await t.call('users.list', {})).items.map((u) => `${u.username}:${u.active ? 'on' : 'off'}`);

describe('users.create and users.list', () => {
  test('an owner creates users of every role, who can then sign in', async () => {
    const t = await setupCore({ license: licenseOptions() });
    await t.call('license.activate', { key: issue({ seats: 10 }) });
    for (const role of ['owner', 'admin', 'agent', 'staff'] as const) {
      const user = await create(t, role);
      expect(user).toMatchObject({ role, active: true, version: 1 });
      const token = await signIn(t, user.username);
      expect((await t.call('auth.me', {}, token)).user.role).toBe(role);
    }
    expect((await t.call('users.list', {})).items).toHaveLength(5);
  });

  test('announces changes to users', async () => {
    const t = await start();
    const seen: CoreEvent[] = [];
    t.core.events.subscribe((event) => seen.push(event));
    const sam = await create(t, 'staff');
    const off = await t.call('users.deactivate', { id: sam.id });
    expect(seen.map((e) => e.data)).toEqual([
      { id: sam.id, action: 'created', version: 1 },
      { id: sam.id, action: 'deactivated', version: off.version },
    ]);
  });

  test('every role can list users (for owner pickers), with the version an edit names', async () => {
    const t = await start();
    const sam = await create(t, 'staff');
    const token = await signIn(t, sam.username);
    const items = (await t.call('users.list', {}, token)).items;
    expect(items.map((u) => u.username).sort()).toEqual([OWNER.username, sam.username].sort());
    expect(items.every((u) => u.version >= 1)).toBe(true);
  });

  test('bad input is refused with the field named, and nobody is created', async () => {
    const t = await start();
    const good = { username: 'newbie', displayName: 'New Bie', password: 'long-enough-1', role: 'staff' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, username: 'x' }, 'username'],
      [{ ...good, username: 'has space' }, 'username'],
      [{ ...good, password: 'short' }, 'password'],
      [{ ...good, role: 'superuser' }, 'role'],
      [{ ...good, displayName: '   ' }, 'displayName'],
      [{ ...good, active: false }, 'active'],
    ];
    for (const [input, path] of cases) {
      expect(issuePaths(await t.fail('users.create', input, 'VALIDATION'))).toEqual([path]);
    }
    expect(await usernames(t)).toEqual([`${OWNER.username}:on`]);
  });

  test('a username already taken, in any case, is refused', async () => {
    const t = await start();
    const input = {
      username: 'OLIVIA',
      displayName: 'Another Olivia',
      password: 'long-enough-1',
      role: 'staff',
    };
    expect(issuePaths(await t.fail('users.create', input, 'VALIDATION'))).toEqual(['username']);
    expect(await usernames(t)).toEqual([`${OWNER.username}:on`]);
  });

  test('agents and staff manage nobody', async () => {
    const t = await start();
    const agent = await t.addUser('agent', 'alex');
    const sam = await t.addUser('staff', 'sam');
    for (const { token } of [agent, sam]) {
      await t.fail(
        'users.create',
        { username: 'x1', displayName: 'X', password: 'long-enough-1', role: 'staff' },
        'FORBIDDEN',
        { token },
      );
      await t.fail('users.deactivate', { id: sam.user.id }, 'FORBIDDEN', { token });
      await t.fail('users.setRole', { id: sam.user.id, role: 'admin' }, 'FORBIDDEN', { token });
      await t.fail('users.resetPassword', { id: sam.user.id, password: 'long-enough-1' }, 'FORBIDDEN', {
        token,
      });
    }
  });
});

describe('seats', () => {
  test('the trial has 3: a fourth active user is refused with the numbers', async () => {
    const t = await start();
    await create(t, 'admin');
    await create(t, 'staff');
    const error = await t.fail(
      'users.create',
      { username: 'fourth', displayName: 'Fourth', password: 'long-enough-1', role: 'staff' },
      'SEATS_EXCEEDED',
    );
    expect(error.details).toEqual({ seats: 3, active: 3 });
    expect(error.message).toMatch(/All 3 seats/);
    expect((await t.call('users.list', {})).items).toHaveLength(3);
  });

  test('a licence for 2 seats: the owner and one user; deactivating frees the seat', async () => {
    const t = await start();
    await t.call('license.activate', { key: issue({ edition: 'erp', seats: 2 }) });
    const ann = await create(t, 'agent');
    await t.fail(
      'users.create',
      { username: 'third', displayName: 'Third', password: 'long-enough-1', role: 'staff' },
      'SEATS_EXCEEDED',
    );
    await t.call('users.deactivate', { id: ann.id });
    const bo = await create(t, 'staff');
    expect((await t.call('license.status', {})).seats).toEqual({ used: 2, total: 2 });

    const refused = await t.fail('users.reactivate', { id: ann.id }, 'SEATS_EXCEEDED');
    expect(refused.details).toEqual({ seats: 2, active: 2 });
    expect((await t.call('users.list', {})).items.find((u) => u.id === ann.id)?.active).toBe(false);

    await t.call('users.deactivate', { id: bo.id });
    expect(await t.call('users.reactivate', { id: ann.id })).toMatchObject({ active: true });
  });

  test('reactivating someone already active takes no extra seat', async () => {
    const t = await start();
    await create(t, 'staff');
    const full = await create(t, 'staff');
    expect(await t.call('users.reactivate', { id: full.id })).toMatchObject({ active: true });
  });

  test('seats stay capped after the trial has ended', async () => {
    const t = await start();
    await create(t, 'staff');
    await create(t, 'staff');
    t.core.context.db.prepare('UPDATE company SET created_at = ?').run(t.clock.now() - 40 * 24 * 3600 * 1000);
    expect((await t.call('license.status', {})).kind).toBe('expired');
    await t.fail(
      'users.create',
      { username: 'late', displayName: 'Late', password: 'long-enough-1', role: 'staff' },
      'SEATS_EXCEEDED',
    );
  });
});

describe('deactivate and reactivate', () => {
  test('deactivating ends the sessions of that user, and sign-in is refused', async () => {
    const t = await start();
    const sam = await create(t, 'staff');
    const first = await signIn(t, sam.username);
    const second = await signIn(t, sam.username);
    const off = await t.call('users.deactivate', { id: sam.id });
    expect(off).toMatchObject({ active: false, version: 2 });
    for (const token of [first, second]) await t.fail('auth.me', {}, 'UNAUTHENTICATED', { token });
    expect(
      t.core.context.db.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?').get(sam.id),
    ).toEqual({ n: 0 });
    const refused = await t.fail(
      'auth.login',
      { username: sam.username, password: `${sam.username}-password` },
      'FORBIDDEN',
      {},
    );
    expect(refused.message).toMatch(/deactivated/);

    await t.call('users.reactivate', { id: sam.id });
    expect(await signIn(t, sam.username)).toEqual(expect.any(String));
  });

  test('an unknown user is NOT_FOUND', async () => {
    const t = await start();
    for (const name of ['users.deactivate', 'users.reactivate']) {
      expect((await t.fail(name, { id: 999 }, 'NOT_FOUND')).details).toEqual({ id: 999 });
    }
    await t.fail('users.setRole', { id: 999, role: 'staff' }, 'NOT_FOUND');
    await t.fail('users.resetPassword', { id: 999, password: 'long-enough-1' }, 'NOT_FOUND');
  });

  test('a stale version is a CONFLICT and changes nothing', async () => {
    const t = await start();
    const sam = await create(t, 'staff');
    await t.call('users.setRole', { id: sam.id, role: 'agent', version: sam.version });
    const error = await t.fail('users.deactivate', { id: sam.id, version: sam.version }, 'CONFLICT');
    expect(error.details).toEqual({ currentVersion: 2 });
    expect((await t.call('users.list', {})).items.find((u) => u.id === sam.id)).toMatchObject({
      active: true,
      role: 'agent',
    });
  });
});

describe('roles', () => {
  test('the last active owner can be neither demoted nor deactivated', async () => {
    const t = await start();
    const owner = t.owner.user.id;
    const demote = await t.fail('users.setRole', { id: owner, role: 'admin' }, 'LAST_OWNER');
    expect(demote.details).toEqual({ id: owner });
    await t.fail('users.deactivate', { id: owner }, 'LAST_OWNER');
    expect((await t.call('auth.me', {})).user).toMatchObject({ role: 'owner', active: true });
  });

  test('with a second owner, either may step down', async () => {
    const t = await start();
    const second = await create(t, 'owner');
    expect(await t.call('users.setRole', { id: t.owner.user.id, role: 'admin' })).toMatchObject({
      role: 'admin',
    });
    const secondToken = await signIn(t, second.username);
    await t.fail('users.deactivate', { id: second.id }, 'LAST_OWNER', { token: secondToken });
    await t.fail('users.setRole', { id: second.id, role: 'staff' }, 'LAST_OWNER', { token: secondToken });
  });

  test('an inactive owner does not count as the one that remains', async () => {
    const t = await start();
    const second = await create(t, 'owner');
    await t.call('users.deactivate', { id: second.id });
    await t.fail('users.setRole', { id: t.owner.user.id, role: 'admin' }, 'LAST_OWNER');
  });

  test('an admin manages admins, agents and staff', async () => {
    const t = await start();
    await t.call('license.activate', { key: issue({ seats: 10 }) });
    const admin = await create(t, 'admin');
    const token = await signIn(t, admin.username);
    const other = await create(t, 'admin', token);
    const sam = await create(t, 'staff', token);
    expect(await t.call('users.setRole', { id: sam.id, role: 'agent' }, token)).toMatchObject({
      role: 'agent',
    });
    expect(await t.call('users.setRole', { id: other.id, role: 'staff' }, token)).toMatchObject({
      role: 'staff',
    });
    expect(await t.call('users.deactivate', { id: other.id }, token)).toMatchObject({ active: false });
    expect(await t.call('users.reactivate', { id: other.id }, token)).toMatchObject({ active: true });
    expect(
      await t.call('users.resetPassword', { id: sam.id, password: 'brand-new-pass' }, token),
    ).toMatchObject({ id: sam.id });
  });

  test('an admin cannot create, promote to, or touch an owner', async () => {
    const t = await start();
    await t.call('license.activate', { key: issue({ seats: 10 }) });
    const admin = await create(t, 'admin');
    const token = await signIn(t, admin.username);
    const sam = await create(t, 'staff');
    const owner = t.owner.user.id;
    const input = { username: 'boss2', displayName: 'Boss', password: 'long-enough-1', role: 'owner' };
    expect((await t.fail('users.create', input, 'FORBIDDEN', { token })).details).toEqual({
      required: 'owner',
    });
    await t.fail('users.setRole', { id: sam.id, role: 'owner' }, 'FORBIDDEN', { token });
    await t.fail('users.setRole', { id: admin.id, role: 'owner' }, 'FORBIDDEN', { token });
    await t.fail('users.setRole', { id: owner, role: 'staff' }, 'FORBIDDEN', { token });
    await t.fail('users.deactivate', { id: owner }, 'FORBIDDEN', { token });
    await t.fail('users.resetPassword', { id: owner, password: 'hijacked-pass' }, 'FORBIDDEN', { token });
    expect(
      (await t.call('users.list', {})).items.map((u) => `${u.username}:${u.role}:${u.active}`).sort(),
    ).toEqual(
      [`${OWNER.username}:owner:true`, `${admin.username}:admin:true`, `${sam.username}:staff:true`].sort(),
    );
    await t.call('auth.login', { username: OWNER.username, password: OWNER.password });
  });
});

describe('users.resetPassword', () => {
  test('sets the password and signs the user out everywhere', async () => {
    const t = await start();
    const sam = await create(t, 'staff');
    const token = await signIn(t, sam.username);
    await t.call('users.resetPassword', { id: sam.id, password: 'fresh-password-2' });
    await t.fail('auth.me', {}, 'UNAUTHENTICATED', { token });
    await t.fail(
      'auth.login',
      { username: sam.username, password: `${sam.username}-password` },
      'UNAUTHENTICATED',
      {},
    );
    await t.call('auth.login', { username: sam.username, password: 'fresh-password-2' });
  });

  test('is not for one’s own password, which needs the current one', async () => {
    const t = await start();
    await t.fail('users.resetPassword', { id: t.owner.user.id, password: 'fresh-password-2' }, 'FORBIDDEN');
    await t.call('auth.login', { username: OWNER.username, password: OWNER.password });
  });
});
