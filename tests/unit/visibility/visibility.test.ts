import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { procedures } from '../../../shared/contract';
import { closeCores, contact, ids, setupCore, type TestCore, type TestUser } from '../core/helpers';

afterEach(closeCores);

/** Staff Sam and Tina, each owning one customer; Acme Ltd has no owner. */
async function company() {
  const t = await setupCore();
  const sam = await t.addUser('staff', 'sam');
  const tina = await t.addUser('staff', 'tina');
  const admin = await t.addUser('admin', 'ada');
  const samsCustomer = await t.call(
    'contacts.create',
    contact('Sam Customer', { phones: ['138 0013 8000'] }),
    sam.token,
  );
  const tinasCustomer = await t.call(
    'contacts.create',
    contact('Tina Customer', { phones: ['139 0013 9000'] }),
    tina.token,
  );
  const unowned = await t.call('contacts.create', contact('Acme Unowned', { ownerId: null }));
  return { t, sam, tina, admin, samsCustomer, tinasCustomer, unowned };
}

type Company = Awaited<ReturnType<typeof company>>;

const ownOnly = async (t: TestCore) => {
  const { version } = await t.call('company.settings.get', {});
  return t.call('company.settings.update', { version, patch: { customerVisibility: 'own' } });
};

const listed = async (t: TestCore, user: TestUser) =>
  ids((await t.call('contacts.list', { limit: 100 }, user.token)).items).sort((a, b) => a - b);
const found = async (t: TestCore, user: TestUser, query: string) =>
  ids((await t.call('contacts.search', { query }, user.token)).items).sort((a, b) => a - b);

describe('customer visibility', () => {
  let c: Company;
  beforeEach(async () => {
    c = await company();
  });

  test('by default everyone sees every customer', async () => {
    const all = [c.samsCustomer.id, c.tinasCustomer.id, c.unowned.id];
    expect(await listed(c.t, c.sam)).toEqual(all);
    expect((await c.t.call('contacts.get', { id: c.tinasCustomer.id }, c.sam.token)).name).toBe(
      'Tina Customer',
    );
  });

  test('"own" limits staff to their customers in lists, searches and by id', async () => {
    await ownOnly(c.t);
    expect(await listed(c.t, c.sam)).toEqual([c.samsCustomer.id]);
    expect(await found(c.t, c.sam, 'customer')).toEqual([c.samsCustomer.id]);
    expect(await found(c.t, c.sam, '8000')).toEqual([c.samsCustomer.id]);
    expect(await found(c.t, c.sam, '139')).toEqual([]);
    for (const name of ['contacts.get', 'contacts.delete', 'contacts.restore']) {
      await c.t.fail(name, { id: c.tinasCustomer.id }, 'NOT_FOUND', { token: c.sam.token });
    }
    await c.t.fail(
      'contacts.update',
      { id: c.tinasCustomer.id, version: 1, patch: { name: 'Stolen' } },
      'NOT_FOUND',
      { token: c.sam.token },
    );
    expect((await c.t.call('contacts.get', { id: c.tinasCustomer.id })).name).toBe('Tina Customer');
  });

  test('a hidden customer answers exactly like one that does not exist', async () => {
    await ownOnly(c.t);
    const hidden = await c.t.fail('contacts.get', { id: c.tinasCustomer.id }, 'NOT_FOUND', {
      token: c.sam.token,
    });
    const missing = await c.t.fail('contacts.get', { id: 999_999 }, 'NOT_FOUND', { token: c.sam.token });
    expect(hidden.message).toBe(missing.message);
  });

  test('the customer timeline and follow-ups of a hidden customer are refused too', async () => {
    await ownOnly(c.t);
    const id = c.tinasCustomer.id;
    await c.t.fail('timeline.forContact', { contactId: id }, 'NOT_FOUND', { token: c.sam.token });
    await c.t.fail('followups.listForContact', { contactId: id }, 'NOT_FOUND', { token: c.sam.token });
    await c.t.fail('followups.create', { kind: 'note', subject: 'Peek', contactId: id }, 'NOT_FOUND', {
      token: c.sam.token,
    });
  });

  test('owner and admin see all customers whatever the setting', async () => {
    await ownOnly(c.t);
    const all = [c.samsCustomer.id, c.tinasCustomer.id, c.unowned.id];
    expect(await listed(c.t, c.t.owner)).toEqual(all);
    expect(await listed(c.t, c.admin)).toEqual(all);
    expect(await found(c.t, c.admin, 'customer')).toEqual([c.samsCustomer.id, c.tinasCustomer.id]);
  });

  test('a customer shared with a colleague appears for them, and goes again when unshared', async () => {
    await ownOnly(c.t);
    const shared = await c.t.call(
      'contacts.shares.set',
      { contactId: c.tinasCustomer.id, userIds: [c.sam.user.id] },
      c.tina.token,
    );
    expect(shared.users.map((user) => user.id)).toEqual([c.sam.user.id]);
    expect(await listed(c.t, c.sam)).toEqual([c.samsCustomer.id, c.tinasCustomer.id]);
    expect(await found(c.t, c.sam, '139')).toEqual([c.tinasCustomer.id]);
    await c.t.call('contacts.shares.set', { contactId: c.tinasCustomer.id, userIds: [] }, c.tina.token);
    expect(await listed(c.t, c.sam)).toEqual([c.samsCustomer.id]);
  });

  test('only the owner of a customer or an admin may share it; bad user ids change nothing', async () => {
    const id = c.tinasCustomer.id;
    await c.t.fail('contacts.shares.set', { contactId: id, userIds: [c.sam.user.id] }, 'FORBIDDEN', {
      token: c.sam.token,
    });
    await c.t.fail('contacts.shares.set', { contactId: id, userIds: [c.sam.user.id, 4242] }, 'VALIDATION', {
      token: c.tina.token,
    });
    c.t.deactivate(c.admin.user.id);
    await c.t.fail('contacts.shares.set', { contactId: id, userIds: [c.admin.user.id] }, 'VALIDATION', {
      token: c.tina.token,
    });
    expect((await c.t.call('contacts.shares.get', { contactId: id })).users).toEqual([]);
    const byOwner = await c.t.call('contacts.shares.set', {
      contactId: id,
      userIds: [c.sam.user.id, c.tina.user.id],
    });
    // Tina owns it: sharing with her would add nothing.
    expect(byOwner.users.map((user) => user.id)).toEqual([c.sam.user.id]);
  });

  test('settings: admin and owner change them, with versions; staff may not; bad values change nothing', async () => {
    const before = await c.t.call('company.settings.get', {}, c.sam.token);
    expect(before).toMatchObject({ name: 'Acme Trading', customerVisibility: 'all' });
    await c.t.fail(
      'company.settings.update',
      { version: before.version, patch: { customerVisibility: 'own' } },
      'FORBIDDEN',
      {
        token: c.sam.token,
      },
    );
    await c.t.fail(
      'company.settings.update',
      { version: before.version, patch: { customerVisibility: 'some' } },
      'VALIDATION',
    );
    await c.t.fail(
      'company.settings.update',
      { version: before.version, patch: { name: '  ' } },
      'VALIDATION',
    );
    const after = await c.t.call(
      'company.settings.update',
      { version: before.version, patch: { customerVisibility: 'own', name: 'Acme Group' } },
      c.admin.token,
    );
    expect(after).toEqual({ name: 'Acme Group', customerVisibility: 'own', version: before.version + 1 });
    await c.t.fail(
      'company.settings.update',
      { version: before.version, patch: { customerVisibility: 'all' } },
      'CONFLICT',
    );
    expect(await c.t.call('company.settings.get', {})).toEqual(after);
  });
});

test('every contactRef names a number field of its procedure input', () => {
  const refs = Object.entries(procedures).flatMap(([name, def]) =>
    'contactRef' in def && def.contactRef ? [{ name, ref: def.contactRef, input: def.input }] : [],
  );
  expect(refs.map((ref) => ref.name)).toContain('contacts.get');
  for (const { name, ref, input } of refs) {
    const shape = (input as z.ZodObject).shape as Record<string, z.ZodType>;
    expect(shape[ref], `${name}.${ref}`).toBeDefined();
    expect(shape[ref]!.safeParse(1).success, `${name}.${ref} takes an id`).toBe(true);
  }
});

test('a company that never chose a rule shows all customers (the stored default)', async () => {
  const t = await setupCore();
  const row = t.core.context.db
    .prepare('SELECT customer_visibility AS visibility, version FROM company WHERE id = 1')
    .get();
  expect(row).toEqual({ visibility: 'all', version: 1 });
});
