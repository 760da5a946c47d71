import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createDispatch } from '../../../electron/core/api';
import { allHandlers } from '../../../electron/core/core';
import type { ModuleId } from '../../../shared/catalogue';
import { procedures as contract } from '../../../shared/contract';
import { procedure, type ProcedureDef } from '../../../shared/procedure';
import { closeCores, DAY, HOUR, MINUTE, SECOND, setupCore, START, type TestCore } from '../core/helpers';
import { issue, licenseOptions } from './keys';

afterEach(closeCores);

const licensed = () => setupCore({ license: licenseOptions() });

const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });

/** Procedures of modules that have none yet: one read and one write each. */
const MODULE_PROCEDURES: Record<string, ProcedureDef> = {};
for (const module of ['workorders', 'inventory', 'calls', 'remote', 'orders', 'knowledge'] as const) {
  MODULE_PROCEDURES[`${module}.list`] = procedure({
    module,
    lowestRole: 'staff',
    access: 'read',
    input: empty,
    output: ok,
  });
  MODULE_PROCEDURES[`${module}.create`] = procedure({
    module,
    lowestRole: 'staff',
    input: empty,
    output: ok,
  });
}

/** Dispatch over the real contract plus MODULE_PROCEDURES, gated by the core's own licence. */
function gatedDispatch(t: TestCore) {
  const ctx = t.core.context;
  const handlers = allHandlers(ctx);
  const extra = Object.fromEntries(
    Object.keys(MODULE_PROCEDURES).map((name) => [name, () => ({ ok: true })]),
  );
  const dispatch = createDispatch({
    handlers: Object.assign({}, handlers, extra),
    procedures: { ...contract, ...MODULE_PROCEDURES },
    resolveSession: (token) => ctx.sessions.resolve(token),
    isModuleEnabled: ctx.license.isModuleEnabled,
    checkOutputs: true,
    logError: (error) => {
      throw error;
    },
  });
  const asOwner = (name: string) => dispatch({ token: t.owner.token }, name, {});
  /** `ok` or the error code of each call, as the owner. */
  const codes = async (...names: string[]) => {
    const answers: string[] = [];
    for (const name of names) {
      const result = await asOwner(name);
      answers.push(result.ok ? 'ok' : result.error.code);
    }
    return answers;
  };
  return { asOwner, codes };
}

/** Moves the clock forward to `at`, using the owner's session often enough that it stays alive. */
async function travel(t: TestCore, at: number): Promise<void> {
  while (t.clock.now() + 6 * DAY < at) {
    t.clock.advance(6 * DAY);
    await t.call('auth.me', {});
  }
  t.clock.set(at);
}

const both = (module: ModuleId) => [`${module}.list`, `${module}.create`];

describe('a valid licence opens its modules and locks the others', () => {
  test('Standard: work orders and inventory are MODULE_LOCKED, reads and writes alike', async () => {
    const t = await licensed();
    await t.call('license.activate', { key: issue({ edition: 'standard' }) });
    const { codes } = gatedDispatch(t);
    expect(await codes(...both('workorders'), ...both('inventory'))).toEqual(Array(4).fill('MODULE_LOCKED'));
    expect(await t.call('contacts.create', { name: 'Ann' })).toMatchObject({ name: 'Ann' });
  });

  test('the lock names the module', async () => {
    const t = await licensed();
    await t.call('license.activate', { key: issue({ edition: 'standard' }) });
    const result = await gatedDispatch(t).asOwner('inventory.create');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'MODULE_LOCKED', details: { module: 'inventory' } },
    });
  });

  test('ERP opens work orders, inventory and remote help, not the call center', async () => {
    const t = await licensed();
    await t.call('license.activate', { key: issue({ edition: 'erp' }) });
    const { codes } = gatedDispatch(t);
    expect(await codes(...both('workorders'), ...both('inventory'), ...both('remote'))).toEqual(
      Array(6).fill('ok'),
    );
    expect(await codes(...both('calls'), ...both('orders'))).toEqual(Array(4).fill('MODULE_LOCKED'));
  });

  test('an add-on opens on top of any edition', async () => {
    const t = await licensed();
    await t.call('license.activate', { key: issue({ edition: 'callcenter', modules: ['orders'] }) });
    const { codes } = gatedDispatch(t);
    expect(await codes(...both('calls'), ...both('orders'))).toEqual(Array(4).fill('ok'));
    expect(await codes(...both('knowledge'), ...both('workorders'))).toEqual(Array(4).fill('MODULE_LOCKED'));
  });
});

describe('the trial', () => {
  test('opens every module for 30 days', async () => {
    const t = await licensed();
    const { codes } = gatedDispatch(t);
    await travel(t, START + 30 * DAY - SECOND);
    const names = Object.keys(MODULE_PROCEDURES);
    expect(await codes(...names)).toEqual(names.map(() => 'ok'));
    expect(await t.call('contacts.create', { name: 'Ann' })).toMatchObject({ name: 'Ann' });
  });

  test('counts its days down', async () => {
    const t = await licensed();
    await travel(t, START + 10 * DAY + 12 * HOUR);
    expect(await t.call('license.status', {})).toMatchObject({ kind: 'trial', trialDaysLeft: 20 });
    await travel(t, START + 30 * DAY - MINUTE);
    expect(await t.call('license.status', {})).toMatchObject({ kind: 'trial', trialDaysLeft: 1 });
  });

  test('once ended, writes are locked and everything stays readable', async () => {
    const t = await licensed();
    const ann = await t.call('contacts.create', {
      name: 'Ann Lee',
      phones: ['138 0013 8000'],
      tags: ['vip'],
    });
    await travel(t, START + 30 * DAY);

    expect(await t.call('license.status', {})).toMatchObject({
      kind: 'expired',
      modules: [],
      trialDaysLeft: 0,
      refusal: null,
    });
    const locked = await t.fail('contacts.create', { name: 'Bo' }, 'MODULE_LOCKED');
    expect(locked.details).toEqual({ module: 'contacts', license: 'expired', reason: null });
    expect(locked.message).toMatch(/trial has ended.*readable/);
    for (const [name, input] of [
      ['contacts.update', { id: ann.id, version: ann.version, patch: { name: 'Ann' } }],
      ['contacts.delete', { id: ann.id }],
      ['contacts.restore', { id: ann.id }],
    ] as const) {
      await t.fail(name, input, 'MODULE_LOCKED');
    }

    expect(await t.call('contacts.get', { id: ann.id })).toEqual(ann);
    expect((await t.call('contacts.list', {})).items).toEqual([ann]);
    expect((await t.call('contacts.search', { query: '8000' })).items).toEqual([ann]);
    expect((await t.call('contacts.tags', {})).items).toEqual([{ tag: 'vip', count: 1 }]);

    const { codes } = gatedDispatch(t);
    expect(await codes('inventory.list', 'inventory.create', 'users.list', 'auth.me')).toEqual([
      'ok',
      'MODULE_LOCKED',
      'ok',
      'ok',
    ]);
  });

  test('a key activated after the trial unlocks its modules again', async () => {
    const t = await licensed();
    await travel(t, START + 45 * DAY);
    await t.fail('contacts.create', { name: 'Bo' }, 'MODULE_LOCKED');
    await t.call('license.activate', { key: issue({ edition: 'standard', issuedAt: '2025-02-20' }) });
    expect(await t.call('contacts.create', { name: 'Bo' })).toMatchObject({ name: 'Bo' });
  });
});

describe('a clock set back', () => {
  const lastSeen = (t: TestCore) =>
    (t.core.context.db.prepare('SELECT last_seen_at AS at FROM license_state').get() as { at: number | null })
      .at;

  test('the last time seen is written at most once a minute and never moves back', async () => {
    const t = await licensed();
    await t.call('license.status', {});
    expect(lastSeen(t)).toBe(START);
    t.clock.advance(59 * SECOND);
    await t.call('contacts.list', {});
    expect(lastSeen(t)).toBe(START);
    t.clock.advance(SECOND);
    await t.call('contacts.list', {});
    expect(lastSeen(t)).toBe(START + MINUTE);
    t.clock.set(START);
    await t.call('contacts.list', {});
    expect(lastSeen(t)).toBe(START + MINUTE);
  });

  test('more than an hour back gives CLOCK_ROLLBACK for writes until the clock is right', async () => {
    const t = await licensed();
    await t.call('license.activate', { key: issue() });
    t.clock.set(START + 3 * HOUR);
    const ann = await t.call('contacts.create', { name: 'Ann' });

    t.clock.set(START + 2 * HOUR - SECOND);
    const error = await t.fail('contacts.create', { name: 'Bo' }, 'CLOCK_ROLLBACK');
    expect(error.details).toEqual({ now: START + 2 * HOUR - SECOND, lastSeen: START + 3 * HOUR });
    expect(await t.call('contacts.get', { id: ann.id })).toEqual(ann);
    expect(await t.call('license.status', {})).toMatchObject({
      kind: 'invalid',
      licensee: 'Acme Trading',
      refusal: { code: 'CLOCK_ROLLBACK' },
    });
    await t.fail('license.activate', { key: issue() }, 'CLOCK_ROLLBACK');

    t.clock.set(START + 2 * HOUR);
    expect(await t.call('contacts.create', { name: 'Bo' })).toMatchObject({ name: 'Bo' });
    expect((await t.call('license.status', {})).kind).toBe('licensed');
  });

  test('cannot stretch the trial', async () => {
    const t = await licensed();
    await travel(t, START + 29 * DAY);
    await t.call('contacts.list', {});
    t.clock.set(START + DAY);
    await t.fail('contacts.create', { name: 'Bo' }, 'CLOCK_ROLLBACK');
    expect(await t.call('license.status', {})).toMatchObject({
      kind: 'invalid',
      refusal: { code: 'CLOCK_ROLLBACK' },
    });
  });
});
