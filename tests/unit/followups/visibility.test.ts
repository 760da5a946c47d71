import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { closeCores, contact, DAY, setupCore } from '../core/helpers';
import { call, followupRows } from './helpers';

afterEach(closeCores);

/** Staff Sam and Tina, each with a customer and a follow-up about it; then only own customers are seen. */
async function company() {
  const t = await setupCore();
  const sam = await t.addUser('staff', 'sam');
  const tina = await t.addUser('staff', 'tina');
  const samsCustomer = await t.call('contacts.create', contact('Sam Customer'), sam.token);
  const tinasCustomer = await t.call('contacts.create', contact('Tina Customer'), tina.token);
  const due = t.clock.now() + DAY;
  const samsFollowup = await t.call('followups.create', call(samsCustomer.id, due), sam.token);
  const tinasFollowup = await t.call('followups.create', call(tinasCustomer.id, due), tina.token);
  const { version } = await t.call('company.settings.get', {});
  await t.call('company.settings.update', { version, patch: { customerVisibility: 'own' } });
  return { t, sam, tina, samsCustomer, tinasCustomer, samsFollowup, tinasFollowup };
}

type Company = Awaited<ReturnType<typeof company>>;

/** update, complete and delete of follow-up `id` as Sam, each expected to fail with NOT_FOUND. */
async function samRefusedEach(c: Company, id: number): Promise<string[]> {
  const as = { token: c.sam.token };
  const refused = [
    await c.t.fail('followups.update', { id, version: 1, patch: { subject: 'Mine now' } }, 'NOT_FOUND', as),
    await c.t.fail('followups.complete', { id, version: 1, done: true }, 'NOT_FOUND', as),
    await c.t.fail('followups.delete', { id, version: 1 }, 'NOT_FOUND', as),
  ];
  return refused.map((error) => error.message);
}

describe('follow-ups about customers hidden from the caller', () => {
  let c: Company;
  beforeEach(async () => {
    c = await company();
  });

  test('cannot be edited, completed or deleted, and answer exactly like a missing follow-up', async () => {
    const before = followupRows(c.t);
    const hidden = await samRefusedEach(c, c.tinasFollowup.id);
    const missing = await samRefusedEach(c, 999_999);
    expect(hidden).toEqual(missing);
    expect(hidden[0]).toBe('This follow-up does not exist.');
    expect(followupRows(c.t)).toEqual(before);
  });

  test('one’s own follow-up cannot be moved onto a hidden customer, which answers like a missing one', async () => {
    const before = followupRows(c.t);
    const moveTo = (contactId: number) =>
      c.t.fail('followups.update', { id: c.samsFollowup.id, version: 1, patch: { contactId } }, 'NOT_FOUND', {
        token: c.sam.token,
      });
    const hidden = await moveTo(c.tinasCustomer.id);
    const missing = await moveTo(999_999);
    expect(hidden.message).toBe(missing.message);
    expect(hidden.message).toBe('This contact does not exist.');
    expect(followupRows(c.t)).toEqual(before);
  });

  test('its owner, and a colleague it is shared with, keep full use of it', async () => {
    const { id } = c.tinasFollowup;
    await c.t.call('followups.update', { id, version: 1, patch: { subject: 'Call at noon' } }, c.tina.token);
    await c.t.call(
      'contacts.shares.set',
      { contactId: c.tinasCustomer.id, userIds: [c.sam.user.id] },
      c.tina.token,
    );
    const moved = await c.t.call(
      'followups.update',
      { id: c.samsFollowup.id, version: 1, patch: { contactId: c.tinasCustomer.id } },
      c.sam.token,
    );
    expect(moved.contactId).toBe(c.tinasCustomer.id);
    const done = await c.t.call('followups.complete', { id, version: 2, done: true }, c.sam.token);
    expect(done.done).toBe(true);
    await c.t.call('followups.delete', { id, version: 3 }, c.sam.token);
    await c.t.fail('followups.update', { id, version: 3, patch: {} }, 'NOT_FOUND');
  });

  test('one assigned to a staff member about a customer they see stays theirs to work on', async () => {
    const assigned = await c.t.call(
      'followups.create',
      call(c.samsCustomer.id, c.t.clock.now() + DAY, { assigneeId: c.sam.user.id }),
    );
    const { id } = assigned;
    const edited = await c.t.call(
      'followups.update',
      { id, version: 1, patch: { subject: 'Call at noon' } },
      c.sam.token,
    );
    expect(edited.subject).toBe('Call at noon');
    await c.t.call('followups.complete', { id, version: 2, done: true }, c.sam.token);
    await c.t.call('followups.delete', { id, version: 3 }, c.sam.token);
  });
});
