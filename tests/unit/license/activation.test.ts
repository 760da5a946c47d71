import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { CoreEvent } from '../../../electron/core/events';
import {
  closeCores,
  DAY,
  HOUR,
  OWNER,
  outputOf,
  setupCore,
  START,
  startCore,
  type Clock,
} from '../core/helpers';
import { devKey, forgerKey, issue, licenseOptions, signJson } from './keys';

const tempDirs: string[] = [];
afterEach(() => {
  closeCores();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const licensed = (extra: Parameters<typeof licenseOptions>[0] = {}) =>
  setupCore({ license: licenseOptions(extra) });

/** The stored licence row, to prove that a refused key changed nothing. */
const storedState = (t: Awaited<ReturnType<typeof licensed>>) =>
  t.core.context.db.prepare('SELECT key_text, activated_at, activated_by FROM license_state').get();

describe('license.status', () => {
  test('a new company runs a 30-day trial of every module with 3 seats', async () => {
    const t = await licensed();
    expect(await t.call('license.status', {})).toEqual({
      kind: 'trial',
      licenseId: null,
      licensee: null,
      edition: null,
      addOns: [],
      modules: [
        'contacts',
        'workorders',
        'inventory',
        'calls',
        'remote',
        'orders',
        'knowledge',
        'installation',
      ],
      seats: { used: 1, total: 3 },
      issuedAt: null,
      expiresAt: null,
      updatesUntil: null,
      supportUntil: null,
      releaseDate: '2025-01-01',
      activatedAt: null,
      trialEndsAt: START + 30 * DAY,
      trialDaysLeft: 30,
      refusal: null,
    });
  });

  test('every signed-in role may read it', async () => {
    const t = await licensed();
    const staff = await t.addUser('staff', 'sam');
    expect((await t.call('license.status', {}, staff.token)).kind).toBe('trial');
    await t.fail('license.status', {}, 'UNAUTHENTICATED', {});
  });
});

describe('license.activate', () => {
  test('an ERP key with an add-on unlocks its modules and seats, and says so to everyone', async () => {
    const t = await licensed();
    const seen: CoreEvent[] = [];
    t.core.events.subscribe((event) => seen.push(event));
    t.clock.advance(HOUR);
    const key = issue({ edition: 'erp', modules: ['orders'], seats: 2, expiresAt: '2026-01-05' });
    const status = await t.call('license.activate', { key });
    expect(status).toMatchObject({
      kind: 'licensed',
      licensee: 'Acme Trading',
      edition: 'erp',
      addOns: ['orders'],
      modules: ['contacts', 'workorders', 'inventory', 'remote', 'orders'],
      seats: { used: 1, total: 2 },
      issuedAt: '2025-01-06',
      expiresAt: '2026-01-05',
      updatesUntil: '2026-01-06',
      supportUntil: '2025-07-06',
      activatedAt: START + HOUR,
      trialEndsAt: null,
      trialDaysLeft: null,
      refusal: null,
    });
    expect(await t.call('license.status', {})).toEqual(status);
    expect(seen).toEqual([
      { name: 'license.changed', data: { kind: 'licensed' }, audience: { kind: 'company' } },
    ]);
  });

  test('a key pasted with line breaks is stored without them', async () => {
    const t = await licensed();
    const key = issue();
    await t.call('license.activate', { key: `\n${key.match(/.{1,64}/g)!.join('\n')}\n` });
    expect(storedState(t)).toMatchObject({ key_text: key, activated_by: t.owner.user.id });
  });

  test('a later key replaces the earlier one', async () => {
    const t = await licensed();
    await t.call('license.activate', { key: issue({ edition: 'standard' }) });
    const status = await t.call('license.activate', { key: issue({ edition: 'callcenter', seats: 9 }) });
    expect(status).toMatchObject({
      edition: 'callcenter',
      modules: ['contacts', 'calls'],
      seats: { total: 9 },
    });
  });

  test('refused keys answer their own code and change nothing', async () => {
    const t = await licensed();
    const good = issue({ edition: 'standard', seats: 4 });
    await t.call('license.activate', { key: good });
    const before = storedState(t);
    const statusBefore = await t.call('license.status', {});
    const cases = [
      ['garbage', 'LICENSE_MALFORMED'],
      [issue({}, forgerKey), 'LICENSE_UNKNOWN_KEY'],
      [good.slice(0, -3) + (good.endsWith('AAA') ? 'BAA' : 'AAA'), 'LICENSE_SIGNATURE'],
      [issue({ issuedAt: '2025-02-01' }), 'LICENSE_ISSUED_IN_FUTURE'],
      [issue({ issuedAt: '2024-01-01', expiresAt: '2025-01-05' }), 'LICENSE_EXPIRED'],
      [issue({ updatesUntil: '2024-12-31' }), 'LICENSE_UPDATES_ENDED'],
      [signJson({ seats: 10 }), 'LICENSE_MALFORMED'],
      ['x'.repeat(1024 * 1024), 'LICENSE_MALFORMED'],
    ] as const;
    for (const [key, code] of cases) {
      const error = await t.fail('license.activate', { key }, code);
      expect(error.message.length, code).toBeGreaterThan(10);
    }
    expect(storedState(t)).toEqual(before);
    expect(await t.call('license.status', {})).toEqual(statusBefore);
  });

  test('the refusal names what is wrong', async () => {
    const t = await licensed();
    const ended = await t.fail(
      'license.activate',
      { key: issue({ updatesUntil: '2024-12-31' }) },
      'LICENSE_UPDATES_ENDED',
    );
    expect(ended.message).toContain('2024-12-31');
    expect(ended.details).toEqual({ updatesUntil: '2024-12-31', releaseDate: '2025-01-01' });
  });

  test('input that is not a key text is a VALIDATION error', async () => {
    const t = await licensed();
    await t.fail('license.activate', { key: 42 }, 'VALIDATION');
    await t.fail('license.activate', {}, 'VALIDATION');
    await t.fail('license.activate', { key: issue(), force: true }, 'VALIDATION');
    expect((await t.call('license.status', {})).kind).toBe('trial');
  });

  test('only the owner activates', async () => {
    const t = await licensed();
    const key = issue();
    for (const role of ['admin', 'agent', 'staff'] as const) {
      const user = await t.addUser(role, `${role}-user`);
      const error = await t.fail('license.activate', { key }, 'FORBIDDEN', { token: user.token });
      expect(error.details).toEqual({ required: 'owner' });
    }
    expect((await t.call('license.status', {})).kind).toBe('trial');
  });

  test('a key with fewer seats than the active users is refused with the numbers', async () => {
    const t = await licensed();
    await t.addUser('staff', 'sam');
    await t.addUser('agent', 'alex');
    const error = await t.fail('license.activate', { key: issue({ seats: 2 }) }, 'SEATS_EXCEEDED');
    expect(error.details).toEqual({ seats: 2, active: 3 });
    expect(error.message).toMatch(/2 seats.*3 users/);
    expect((await t.call('license.status', {})).kind).toBe('trial');
    expect((await t.call('license.activate', { key: issue({ seats: 3 }) })).seats).toEqual({
      used: 3,
      total: 3,
    });
  });

  test('the activated licence survives a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-license-'));
    tempDirs.push(dir);
    const t = await setupCore({ file: undefined, dataDir: dir, license: licenseOptions() });
    await t.call('license.activate', { key: issue({ edition: 'aftersales' }) });
    closeCores();
    const again = await reopen(dir, t.clock, {});
    const status = outputOf('license.status', await again.call('license.status', {}));
    expect(status).toMatchObject({ kind: 'licensed', edition: 'aftersales' });
  });
});

describe('an activated key judged again later', () => {
  test('a subscription that ends is expired from the next day, and its data stays readable', async () => {
    const t = await licensed();
    await t.call('license.activate', { key: issue({ expiresAt: '2025-01-10' }) });
    const ann = await t.call('contacts.create', { name: 'Ann' });
    t.clock.set(Date.UTC(2025, 0, 10, 23, 0));
    expect((await t.call('license.status', {})).kind).toBe('licensed');
    t.clock.set(Date.UTC(2025, 0, 11, 0, 0));
    const status = await t.call('license.status', {});
    expect(status).toMatchObject({
      kind: 'expired',
      modules: [],
      edition: 'erp',
      refusal: { code: 'LICENSE_EXPIRED' },
    });
    const locked = await t.fail('contacts.create', { name: 'Bo' }, 'MODULE_LOCKED');
    expect(locked.details).toEqual({ module: 'contacts', license: 'expired', reason: 'LICENSE_EXPIRED' });
    expect(locked.message).toContain('2025-01-10');
    expect(await t.call('contacts.get', { id: ann.id })).toMatchObject({ name: 'Ann' });
  });

  test('a build released after the updates ended refuses the stored key and says until when it was covered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-license-'));
    tempDirs.push(dir);
    const t = await setupCore({ file: undefined, dataDir: dir, license: licenseOptions() });
    await t.call('license.activate', { key: issue({ updatesUntil: '2025-03-31' }) });
    closeCores();
    const newer = await reopen(dir, t.clock, { releaseDate: '2025-04-01' });
    const status = outputOf('license.status', await newer.call('license.status', {}));
    expect(status).toMatchObject({
      kind: 'invalid',
      modules: [],
      refusal: { code: 'LICENSE_UPDATES_ENDED' },
    });
    expect(status.refusal?.message).toContain('2025-03-31');
    closeCores();
    const covered = await reopen(dir, t.clock, { releaseDate: '2025-03-31' });
    expect(outputOf('license.status', await covered.call('license.status', {})).kind).toBe('licensed');
  });

  test('a key revoked by a later release', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-license-'));
    tempDirs.push(dir);
    const t = await setupCore({ file: undefined, dataDir: dir, license: licenseOptions() });
    await t.call('license.activate', { key: issue({ licenseId: 'REFUNDED-7' }) });
    closeCores();
    const later = await reopen(dir, t.clock, { revoked: new Set(['REFUNDED-7']) });
    const status = outputOf('license.status', await later.call('license.status', {}));
    expect(status).toMatchObject({
      kind: 'invalid',
      licenseId: 'REFUNDED-7',
      refusal: { code: 'LICENSE_REVOKED' },
    });
  });

  test('a keyring that no longer holds the signing key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-license-'));
    tempDirs.push(dir);
    const t = await setupCore({ file: undefined, dataDir: dir, license: licenseOptions() });
    await t.call('license.activate', { key: issue() });
    closeCores();
    const later = await reopen(dir, t.clock, { keyring: new Map() });
    const status = outputOf('license.status', await later.call('license.status', {}));
    expect(status).toMatchObject({
      kind: 'invalid',
      licensee: null,
      seats: { total: 3 },
      refusal: { code: 'LICENSE_UNKNOWN_KEY', details: { keyId: devKey.keyId } },
    });
  });
});

/** Opens the company in `dir` again with other licence options, signed in as the owner. */
async function reopen(dir: string, clock: Clock, extra: Parameters<typeof licenseOptions>[0]) {
  const { core } = startCore({ file: undefined, dataDir: dir, license: licenseOptions(extra), clock });
  const login = await core.dispatch({}, 'auth.login', { username: OWNER.username, password: OWNER.password });
  const { token } = outputOf('auth.login', login);
  return { call: (name: 'license.status', input: object) => core.dispatch({ token }, name, input) };
}
