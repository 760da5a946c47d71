import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createDispatch, type HandlerCall } from '../../../electron/core/api';
import { allHandlers } from '../../../electron/core/core';
import { SESSION_LIFETIME_MS } from '../../../electron/core/modules/auth/sessions';
import type { ModuleId } from '../../../shared/catalogue';
import { procedures as contract } from '../../../shared/contract';
import { CrmError } from '../../../shared/errors';
import { MAX_INPUT_BYTES } from '../../../shared/limits';
import { procedure, type ProcedureDef } from '../../../shared/procedure';
import {
  closeCores,
  DAY,
  expectError,
  expectOk,
  issuePaths,
  MINUTE,
  OWNER,
  outputOf,
  SECOND,
  setupCore,
  startCore,
  type TestCore,
} from './helpers';

afterEach(closeCores);

const empty = z.object({}).strict();
const okOutput = z.object({ ok: z.literal(true) });

type TestHandler = (input: unknown, call: HandlerCall) => unknown;

interface TestDispatchOptions {
  extra: Record<string, { def: ProcedureDef; handler: TestHandler }>;
  isModuleEnabled?: (module: ModuleId) => boolean;
}

/** The real handlers and contract of `t`, plus procedures that exist only in this test. */
function testDispatch(t: TestCore, { extra, isModuleEnabled = () => true }: TestDispatchOptions) {
  const ctx = t.core.context;
  const real = allHandlers(ctx);
  const extraHandlers: Record<string, TestHandler> = {};
  const procedures: Record<string, ProcedureDef> = { ...contract };
  for (const [name, { def, handler }] of Object.entries(extra)) {
    procedures[name] = def;
    extraHandlers[name] = handler;
  }
  const logged: { error: unknown; name: string }[] = [];
  const dispatch = createDispatch({
    handlers: Object.assign({}, real, extraHandlers),
    procedures,
    resolveSession: (token) => ctx.sessions.resolve(token),
    isModuleEnabled,
    checkOutputs: true,
    logError: (error, name) => logged.push({ error, name }),
  });
  return { dispatch, logged };
}

const contactCount = async (t: TestCore) =>
  (await t.call('contacts.list', { limit: 200 })).items.length +
  (await t.call('contacts.list', { limit: 200, filter: { trash: true } })).items.length;

describe('VALIDATION: bad input is refused with the field named, and nothing is stored', () => {
  test('a name of the wrong type', async () => {
    const t = await setupCore();
    const error = await t.fail('contacts.create', { name: 42 }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['name']);
    expect(await contactCount(t)).toBe(0);
  });

  test('a field the contract does not know', async () => {
    const t = await setupCore();
    const error = await t.fail('contacts.create', { name: 'Ann', nickname: 'Annie' }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['nickname']);
    expect(JSON.stringify(error.details)).toContain('nickname');
    expect(await contactCount(t)).toBe(0);
  });

  test('a name over 200 characters (200 are fine)', async () => {
    const t = await setupCore();
    const error = await t.fail('contacts.create', { name: 'x'.repeat(201) }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['name']);
    expect(await contactCount(t)).toBe(0);
    expect((await t.call('contacts.create', { name: 'y'.repeat(200) })).name).toHaveLength(200);
  });

  test('the second of two phone numbers is named by its position', async () => {
    const t = await setupCore();
    const error = await t.fail(
      'contacts.create',
      { name: 'Ann', phones: ['138 0013 8000', 'call me'] },
      'VALIDATION',
    );
    expect(new Set(issuePaths(error))).toEqual(new Set(['phones.1']));
    expect(await contactCount(t)).toBe(0);
  });

  test('a bad field in an update leaves the contact as it was', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann' });
    const error = await t.fail(
      'contacts.update',
      { id: ann.id, version: ann.version, patch: { name: '   ' } },
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['patch.name']);
    expect(await t.call('contacts.get', { id: ann.id })).toEqual(ann);
  });

  test('an unknown field inside an update is named with its full path', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann' });
    const error = await t.fail(
      'contacts.update',
      { id: ann.id, version: ann.version, patch: { name: 'Anne', colour: 'red' } },
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['patch.colour']);
    expect((await t.call('contacts.get', { id: ann.id })).name).toBe('Ann');
  });

  test('an input that is not an object at all', async () => {
    const t = await setupCore();
    await t.fail('contacts.create', 'Ann', 'VALIDATION');
    await t.fail('contacts.search', ['Ann'], 'VALIDATION');
    expect(await contactCount(t)).toBe(0);
  });

  test('a missing input counts as an empty object', async () => {
    const t = await setupCore();
    expect(expectOk(await t.raw('auth.me', undefined))).toMatchObject({ user: { username: OWNER.username } });
    const error = await t.fail('contacts.create', undefined, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['name']);
  });

  test('a setup with a short password sets nothing up', async () => {
    const { core } = startCore();
    const result = await core.dispatch({}, 'auth.setup', { ...OWNER, password: 'short' });
    expect(issuePaths(expectError(result, 'VALIDATION'))).toEqual(['password']);
    expect(outputOf('auth.status', await core.dispatch({}, 'auth.status', {}))).toEqual({ setupDone: false });
  });
});

describe('UNAUTHENTICATED: calls need a valid session', () => {
  test('without a token', async () => {
    const t = await setupCore();
    await t.fail('auth.me', {}, 'UNAUTHENTICATED', {});
    await t.fail('contacts.create', { name: 'Ann' }, 'UNAUTHENTICATED', { token: null });
    expect(await contactCount(t)).toBe(0);
  });

  test('with a token nobody issued', async () => {
    const t = await setupCore();
    await t.fail('auth.me', {}, 'UNAUTHENTICATED', { token: 'not-a-real-token' });
    await t.fail('users.list', {}, 'UNAUTHENTICATED', { token: `${t.owner.token}x` });
  });

  test('a session left unused for seven days has expired', async () => {
    const t = await setupCore();
    t.clock.advance(SESSION_LIFETIME_MS);
    await t.fail('auth.me', {}, 'UNAUTHENTICATED');
    t.clock.set(t.clock.now() - MINUTE);
    await t.fail('auth.me', {}, 'UNAUTHENTICATED');
  });

  test('a session left unused for a little under seven days still works', async () => {
    const t = await setupCore();
    t.clock.advance(SESSION_LIFETIME_MS - SECOND);
    expect((await t.call('auth.me', {})).user.username).toBe(OWNER.username);
  });

  test('a session in daily use does not expire after seven days', async () => {
    const t = await setupCore();
    for (let day = 1; day <= 10; day++) {
      t.clock.advance(DAY);
      expect((await t.call('auth.me', {})).user.id, `day ${day}`).toBe(t.owner.user.id);
    }
  });

  test('a wrong password and an unknown username get the same answer', async () => {
    const t = await setupCore();
    const wrong = await t.fail(
      'auth.login',
      { username: OWNER.username, password: 'nope-nope' },
      'UNAUTHENTICATED',
    );
    const unknown = await t.fail(
      'auth.login',
      { username: 'nobody', password: 'nope-nope' },
      'UNAUTHENTICATED',
    );
    expect(wrong).toEqual(unknown);
  });

  test('a deactivated user is signed out of the sessions they had', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    expect((await t.call('auth.me', {}, sam.token)).user.username).toBe('sam');
    t.deactivate(sam.user.id);
    await t.fail('auth.me', {}, 'UNAUTHENTICATED', { token: sam.token });
  });
});

describe('FORBIDDEN: roles and deactivated accounts', () => {
  function withAdminOnly(t: TestCore) {
    let runs = 0;
    const admin = procedure({ module: 'core', lowestRole: 'admin', input: empty, output: okOutput });
    const agent = procedure({ module: 'core', lowestRole: 'agent', input: empty, output: okOutput });
    const handler = () => {
      runs++;
      return { ok: true as const };
    };
    const { dispatch } = testDispatch(t, {
      extra: { 'test.adminOnly': { def: admin, handler }, 'test.agentOnly': { def: agent, handler } },
    });
    return { dispatch, runs: () => runs };
  }

  test('staff cannot call an admin procedure, and it does not run', async () => {
    const t = await setupCore();
    const { dispatch, runs } = withAdminOnly(t);
    const sam = await t.addUser('staff', 'sam');
    const error = expectError(await dispatch({ token: sam.token }, 'test.adminOnly', {}), 'FORBIDDEN');
    expect(error.details).toEqual({ required: 'admin' });
    expect(runs()).toBe(0);
  });

  test('each role reaches exactly the procedures at or below it', async () => {
    const t = await setupCore();
    const { dispatch } = withAdminOnly(t);
    const staff = await t.addUser('staff', 'sam');
    const agent = await t.addUser('agent', 'alex');
    const admin = await t.addUser('admin', 'ada');
    const codes = async (token: string) => {
      const results = [
        await dispatch({ token }, 'test.agentOnly', {}),
        await dispatch({ token }, 'test.adminOnly', {}),
      ];
      return results.map((r) => (r.ok ? 'ok' : r.error.code));
    };
    expect(await codes(staff.token)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(await codes(agent.token)).toEqual(['ok', 'FORBIDDEN']);
    expect(await codes(admin.token)).toEqual(['ok', 'ok']);
    expect(await codes(t.owner.token)).toEqual(['ok', 'ok']);
  });

  test('a deactivated user with the right password is told the account is deactivated', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam', 'sam-password-1');
    t.deactivate(sam.user.id);
    const error = await t.fail('auth.login', { username: 'sam', password: 'sam-password-1' }, 'FORBIDDEN');
    expect(error.message).toMatch(/deactivated/);
  });

  test('a deactivated user with a wrong password learns nothing about the account', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam', 'sam-password-1');
    t.deactivate(sam.user.id);
    const error = await t.fail('auth.login', { username: 'sam', password: 'guess-guess' }, 'UNAUTHENTICATED');
    expect(error.message).not.toMatch(/deactivated/);
  });
});

describe('NOT_FOUND', () => {
  test.each(['contacts.frobnicate', 'nope', '', '__proto__', 'toString', 'constructor', 'hasOwnProperty'])(
    'a procedure named %j does not exist',
    async (name) => {
      const t = await setupCore();
      const error = await t.fail(name, {}, 'NOT_FOUND');
      expect(error.message).toContain('Unknown procedure');
    },
  );

  test('a contact id that does not exist, for get, update, delete and restore', async () => {
    const t = await setupCore();
    for (const name of ['contacts.get', 'contacts.delete', 'contacts.restore']) {
      const error = await t.fail(name, { id: 424242 }, 'NOT_FOUND');
      expect(error.details).toEqual({ id: 424242 });
    }
    await t.fail('contacts.update', { id: 424242, version: 1, patch: { name: 'Ghost' } }, 'NOT_FOUND');
    expect(await contactCount(t)).toBe(0);
  });
});

describe('CONFLICT', () => {
  test('an update based on a stale version is refused and keeps the other edit', async () => {
    const t = await setupCore();
    const opened = await t.call('contacts.create', { name: 'Ann', title: 'Buyer' });
    const first = await t.call('contacts.update', {
      id: opened.id,
      version: opened.version,
      patch: { title: 'CEO' },
    });
    const error = await t.fail(
      'contacts.update',
      { id: opened.id, version: opened.version, patch: { title: 'Intern' } },
      'CONFLICT',
    );
    expect(error.details).toEqual({ currentVersion: first.version });
    expect((await t.call('contacts.get', { id: opened.id })).title).toBe('CEO');
  });
});

describe('MODULE_LOCKED', () => {
  const withoutContacts = (module: ModuleId) => module !== 'contacts';

  test('contacts procedures are locked when the licence lacks the module', async () => {
    const t = await setupCore({ isModuleEnabled: withoutContacts });
    for (const [name, input] of [
      ['contacts.create', { name: 'Ann' }],
      ['contacts.search', { query: 'Ann' }],
      ['contacts.list', {}],
      ['contacts.tags', {}],
    ] as const) {
      const error = await t.fail(name, input, 'MODULE_LOCKED');
      expect(error.details).toEqual({ module: 'contacts' });
    }
    expect(t.core.context.db.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 0 });
  });

  test('core procedures keep working without the module', async () => {
    const t = await setupCore({ isModuleEnabled: withoutContacts });
    expect((await t.call('auth.me', {})).company.name).toBe(OWNER.companyName);
    expect((await t.call('users.list', {})).items.map((u) => u.username)).toEqual([OWNER.username]);
    const login = await t.call('auth.login', { username: OWNER.username, password: OWNER.password });
    expect(await t.call('auth.logout', {}, login.token)).toEqual({ ok: true });
  });
});

describe('SEATS_EXCEEDED', () => {
  test('a handler that runs out of seats reaches the caller unchanged, details and all', async () => {
    const t = await setupCore();
    const def = procedure({ module: 'core', lowestRole: 'admin', input: empty, output: okOutput });
    const { dispatch, logged } = testDispatch(t, {
      extra: {
        'test.addSeat': {
          def,
          handler: () => {
            throw new CrmError('SEATS_EXCEEDED', 'All 3 seats are in use.', { seats: 3, active: 3 });
          },
        },
      },
    });
    const result = await dispatch({ token: t.owner.token }, 'test.addSeat', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'SEATS_EXCEEDED', message: 'All 3 seats are in use.', details: { seats: 3, active: 3 } },
    });
    expect(logged).toEqual([]);
  });
});

describe('PAYLOAD_TOO_LARGE', () => {
  test('a request over the size limit is refused and stores nothing', async () => {
    const t = await setupCore();
    const error = await t.fail('contacts.create', { name: 'Ann' }, 'PAYLOAD_TOO_LARGE', {
      token: t.owner.token,
      inputBytes: MAX_INPUT_BYTES + 1,
    });
    expect(error.details).toEqual({ limit: MAX_INPUT_BYTES });
    expect(await contactCount(t)).toBe(0);
  });

  test('a request of exactly the limit is accepted', async () => {
    const t = await setupCore();
    const result = await t.raw(
      'contacts.create',
      { name: 'Ann' },
      { token: t.owner.token, inputBytes: MAX_INPUT_BYTES },
    );
    expect(outputOf('contacts.create', result).name).toBe('Ann');
  });

  test('the limit holds before sign-in too', async () => {
    const { core } = startCore();
    const result = await core.dispatch({ inputBytes: MAX_INPUT_BYTES * 2 }, 'auth.setup', OWNER);
    expectError(result, 'PAYLOAD_TOO_LARGE');
    expect(outputOf('auth.status', await core.dispatch({}, 'auth.status', {}))).toEqual({ setupDone: false });
  });
});

describe('RATE_LIMITED: sign-in throttling', () => {
  const WINDOW = 15 * MINUTE;
  const wrong = { username: OWNER.username, password: 'wrong-password' };
  const right = { username: OWNER.username, password: OWNER.password };

  test('the sixth failed sign-in for a username is refused, from any address', async () => {
    const t = await setupCore();
    for (let i = 1; i <= 5; i++) {
      await t.fail('auth.login', wrong, 'UNAUTHENTICATED', { remoteAddress: `10.0.0.${i}` });
    }
    const error = await t.fail('auth.login', wrong, 'RATE_LIMITED', { remoteAddress: '10.0.0.6' });
    expect(error.details).toEqual({ retryAfterSeconds: WINDOW / SECOND });
  });

  test('usernames are throttled whatever their case', async () => {
    const t = await setupCore();
    for (const username of ['olivia', 'OLIVIA', 'Olivia', 'oLivia', 'olIVIA']) {
      await t.fail('auth.login', { username, password: 'wrong-password' }, 'UNAUTHENTICATED', {});
    }
    await t.fail('auth.login', right, 'RATE_LIMITED', {});
  });

  test('the sixth failed sign-in from one address is refused, whatever the username', async () => {
    const t = await setupCore();
    const from = { remoteAddress: '203.0.113.7' };
    for (let i = 1; i <= 5; i++) {
      await t.fail(
        'auth.login',
        { username: `guess${i}`, password: 'wrong-password' },
        'UNAUTHENTICATED',
        from,
      );
    }
    const error = await t.fail('auth.login', right, 'RATE_LIMITED', from);
    expect(error.details).toEqual({ retryAfterSeconds: WINDOW / SECOND });
    // The owner's own username was never attacked: another address signs in.
    expect((await t.raw('auth.login', right, { remoteAddress: '198.51.100.1' })).ok).toBe(true);
  });

  test('a correct password is refused while limited, and retryAfterSeconds counts down', async () => {
    const t = await setupCore();
    for (let i = 0; i < 5; i++) await t.fail('auth.login', wrong, 'UNAUTHENTICATED', {});
    t.clock.advance(10 * MINUTE);
    const error = await t.fail('auth.login', right, 'RATE_LIMITED', {});
    expect(error.details).toEqual({ retryAfterSeconds: 5 * 60 });
    expect(error.message).not.toMatch(/password is wrong/i);
  });

  test('sign-in works again once the window has passed', async () => {
    const t = await setupCore();
    for (let i = 0; i < 5; i++) await t.fail('auth.login', wrong, 'UNAUTHENTICATED', {});
    t.clock.advance(WINDOW - SECOND);
    expect((await t.fail('auth.login', right, 'RATE_LIMITED', {})).details).toEqual({ retryAfterSeconds: 1 });
    t.clock.advance(SECOND);
    const login = await t.call('auth.login', right);
    expect((await t.call('auth.me', {}, login.token)).user.username).toBe(OWNER.username);
  });

  test('failures spread over more than the window never lock anyone out', async () => {
    const t = await setupCore();
    for (let i = 0; i < 8; i++) {
      await t.fail('auth.login', wrong, 'UNAUTHENTICATED', {});
      t.clock.advance(4 * MINUTE);
    }
  });

  test('a successful sign-in clears the earlier failures', async () => {
    const t = await setupCore();
    for (let i = 0; i < 4; i++) await t.fail('auth.login', wrong, 'UNAUTHENTICATED', {});
    await t.call('auth.login', right);
    for (let i = 0; i < 5; i++) await t.fail('auth.login', wrong, 'UNAUTHENTICATED', {});
    await t.fail('auth.login', wrong, 'RATE_LIMITED', {});
  });
});

describe('SETUP_DONE and setup', () => {
  test('setup works on an empty database and signs the owner in', async () => {
    const { core } = startCore();
    expect(outputOf('auth.status', await core.dispatch({}, 'auth.status', {}))).toEqual({ setupDone: false });
    const setup = outputOf('auth.setup', await core.dispatch({}, 'auth.setup', OWNER));
    expect(setup.user).toMatchObject({
      username: OWNER.username,
      displayName: OWNER.ownerName,
      role: 'owner',
    });
    expect(setup.company.name).toBe(OWNER.companyName);
    expect(outputOf('auth.status', await core.dispatch({}, 'auth.status', {}))).toEqual({ setupDone: true });
    const me = outputOf('auth.me', await core.dispatch({ token: setup.token }, 'auth.me', {}));
    expect(me.user.id).toBe(setup.user.id);
  });

  test('a second setup is refused and changes neither the company nor its owner', async () => {
    const t = await setupCore();
    const error = await t.fail(
      'auth.setup',
      { companyName: 'Evil Corp', ownerName: 'Mallory', username: 'mallory', password: 'mallory-pass-1' },
      'SETUP_DONE',
      {},
    );
    expect(error.message).toMatch(/already set up/);
    expect((await t.call('users.list', {})).items.map((u) => u.username)).toEqual([OWNER.username]);
    expect((await t.call('auth.me', {})).company.name).toBe(OWNER.companyName);
    await t.fail('auth.login', { username: 'mallory', password: 'mallory-pass-1' }, 'UNAUTHENTICATED', {});
    await t.call('auth.login', { username: OWNER.username, password: OWNER.password });
  });

  test('two setups at once make one company', async () => {
    const { core } = startCore();
    const results = await Promise.all([
      core.dispatch({}, 'auth.setup', OWNER),
      core.dispatch({}, 'auth.setup', { ...OWNER, username: 'second', companyName: 'Second' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error.code))).toEqual(['SETUP_DONE']);
  });
});

describe('INTERNAL', () => {
  test('a crashing handler gives a generic message, hides its text and stack, and is logged', async () => {
    const t = await setupCore();
    const secret = new Error('disk on fire at /home/olivia/secret.db');
    const def = procedure({ module: 'core', lowestRole: 'staff', input: empty, output: okOutput });
    const { dispatch, logged } = testDispatch(t, {
      extra: {
        'test.crash': {
          def,
          handler: () => {
            throw secret;
          },
        },
      },
    });
    const result = await dispatch({ token: t.owner.token }, 'test.crash', {});
    const error = expectError(result, 'INTERNAL');
    expect(error).toEqual({ code: 'INTERNAL', message: error.message });
    expect(JSON.stringify(result)).not.toMatch(/disk on fire|secret\.db|\bat .*:\d+/);
    expect(logged).toEqual([{ error: secret, name: 'test.crash' }]);
  });

  test('an output that breaks the contract is caught as INTERNAL, not sent', async () => {
    const t = await setupCore();
    const def = procedure({ module: 'core', lowestRole: 'staff', input: empty, output: okOutput });
    const { dispatch, logged } = testDispatch(t, {
      extra: { 'test.badOutput': { def, handler: () => ({ ok: 'yes', password_hash: 'scrypt$…' }) } },
    });
    const result = await dispatch({ token: t.owner.token }, 'test.badOutput', {});
    expect(JSON.stringify(result)).not.toContain('password_hash');
    expectError(result, 'INTERNAL');
    expect(logged.map((entry) => entry.name)).toEqual(['test.badOutput']);
  });

  test('the real core logs an unexpected failure and answers INTERNAL', async () => {
    const t = await setupCore();
    t.core.close();
    const error = await t.fail('contacts.search', { query: 'Ann' }, 'INTERNAL');
    expect(error.message).not.toMatch(/database|sqlite/i);
    expect(t.logged).toHaveLength(1);
    expect(t.logged[0]?.procedure).toBe('contacts.search');
  });
});

describe('sessions and passwords', () => {
  test('logout ends the session: its token no longer works', async () => {
    const t = await setupCore();
    const login = await t.call('auth.login', { username: OWNER.username, password: OWNER.password });
    expect(await t.call('auth.logout', {}, login.token)).toEqual({ ok: true });
    await t.fail('auth.me', {}, 'UNAUTHENTICATED', { token: login.token });
    await t.fail('auth.logout', {}, 'UNAUTHENTICATED', { token: login.token });
  });

  test('each sign-in gets its own token', async () => {
    const t = await setupCore();
    const a = await t.call('auth.login', { username: OWNER.username, password: OWNER.password });
    const b = await t.call('auth.login', { username: 'OLIVIA', password: OWNER.password });
    expect(new Set([a.token, b.token, t.owner.token]).size).toBe(3);
    expect(a.token.length).toBeGreaterThanOrEqual(32);
  });

  test('passwords are stored as scrypt hashes with a salt of their own', async () => {
    const a = await setupCore();
    const b = await setupCore();
    const hashOf = (t: TestCore) =>
      t.core.context.users.findByUsername(OWNER.username)?.password_hash ?? 'missing';
    const [hashA, hashB] = [hashOf(a), hashOf(b)];
    expect(hashA).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]{20,}\$[A-Za-z0-9+/=]{40,}$/);
    expect(hashB).toMatch(/^scrypt\$/);
    expect(hashA).not.toBe(hashB);
    expect(hashA.split('$')[4]).not.toBe(hashB.split('$')[4]);
  });

  test('neither the password nor a session token appears anywhere in the database files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-password-'));
    try {
      const password = 'Correct-Horse-Battery-9';
      const { core } = startCore({ file: undefined, dataDir: dir });
      const setup = outputOf('auth.setup', await core.dispatch({}, 'auth.setup', { ...OWNER, password }));
      const login = outputOf(
        'auth.login',
        await core.dispatch({}, 'auth.login', { username: OWNER.username, password }),
      );
      const bytes = () => Buffer.concat(readdirSync(dir).map((file) => readFileSync(join(dir, file))));
      for (const secret of [password, setup.token, login.token]) {
        expect(bytes().includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
        expect(bytes().includes(Buffer.from(secret, 'utf16le')), secret).toBe(false);
      }
      closeCores();
      for (const secret of [password, setup.token, login.token]) {
        expect(bytes().includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
      }
      expect(bytes().includes(Buffer.from('scrypt$', 'utf8'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
