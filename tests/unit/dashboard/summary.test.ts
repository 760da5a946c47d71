import { afterEach, describe, expect, test } from 'vitest';
import { startOfMonth } from '../../../electron/core/modules/followups/day';
import type { ActivityEntry } from '../../../shared/dashboard/contract';
import {
  closeCores,
  contact,
  createClock,
  HOUR,
  issuePaths,
  MINUTE,
  setupCore,
  type TestCore,
} from '../core/helpers';

afterEach(closeCores);

const ownOnly = async (t: TestCore) => {
  const { version } = await t.call('company.settings.get', {});
  await t.call('company.settings.update', { version, patch: { customerVisibility: 'own' } });
};

describe('startOfMonth', () => {
  // 1 April 2025, 02:00 UTC: 04:00 on 1 April in Berlin (summer time since 30 March), 10:00 in
  // Shanghai, 22:00 on 31 March in New York.
  const now = Date.UTC(2025, 3, 1, 2);
  test.each([
    ['Europe/Berlin', 0, Date.UTC(2025, 2, 31, 22)],
    // March began in winter time: an hour later in UTC than April did.
    ['Europe/Berlin', -1, Date.UTC(2025, 1, 28, 23)],
    ['Europe/Berlin', 1, Date.UTC(2025, 3, 30, 22)],
    ['Asia/Shanghai', 0, Date.UTC(2025, 2, 31, 16)],
    ['America/New_York', 0, Date.UTC(2025, 2, 1, 5)],
    ['America/New_York', -1, Date.UTC(2025, 1, 1, 5)],
    ['UTC', -1, Date.UTC(2025, 2, 1)],
  ])('in %s, %i months on', (timeZone, monthsAhead, expected) => {
    expect(startOfMonth(now, timeZone, monthsAhead)).toBe(expected);
  });

  test('across a year', () => {
    expect(startOfMonth(Date.UTC(2025, 0, 15), 'UTC', -1)).toBe(Date.UTC(2024, 11, 1));
  });
});

describe('dashboard.summary: new customers', () => {
  /**
   * Customers added at the given instants, in that order, straight through the repository: months
   * apart, a signed-in session would expire between them.
   */
  const addedAt = (t: TestCore, instants: readonly number[]) =>
    instants.map((at, i) =>
      t.core.context.contacts.create(contact(`Customer ${i + 1}`), t.owner.user.id, at),
    );

  test('counts this month and last month by the caller’s calendar', async () => {
    const t = await setupCore();
    addedAt(t, [
      Date.UTC(2024, 10, 20), // November: before last month everywhere
      Date.UTC(2024, 11, 31, 20), // 1 Jan 04:00 in Shanghai; 31 Dec in UTC and New York
      Date.UTC(2025, 0, 1, 2), // 31 Dec 21:00 in New York; 1 Jan elsewhere
      Date.UTC(2025, 0, 6, 9),
    ]);
    const counts = async (timeZone: string) => (await t.call('dashboard.summary', { timeZone })).newCustomers;

    expect(await counts('UTC')).toEqual({
      thisMonth: 2,
      lastMonth: 1,
      thisMonthStart: Date.UTC(2025, 0, 1),
      lastMonthStart: Date.UTC(2024, 11, 1),
    });
    expect(await counts('Asia/Shanghai')).toMatchObject({ thisMonth: 3, lastMonth: 0 });
    expect(await counts('America/New_York')).toMatchObject({
      thisMonth: 1,
      lastMonth: 2,
      thisMonthStart: Date.UTC(2025, 0, 1, 5),
    });
  });

  test('a month that began in winter time counts from its local midnight', async () => {
    const t = await setupCore({ clock: createClock(Date.UTC(2025, 3, 1, 2)) });
    addedAt(t, [
      Date.UTC(2025, 1, 28, 22, 30), // 28 Feb 23:30 in Berlin: February
      Date.UTC(2025, 1, 28, 23, 30), // 1 Mar 00:30 in Berlin: March
      Date.UTC(2025, 2, 31, 21, 30), // 31 Mar 23:30 in Berlin (summer time): March
      Date.UTC(2025, 2, 31, 22, 30), // 1 Apr 00:30 in Berlin: April
    ]);
    const { newCustomers } = await t.call('dashboard.summary', { timeZone: 'Europe/Berlin' });
    expect(newCustomers).toMatchObject({ thisMonth: 1, lastMonth: 2 });
  });

  test('customers in the trash are not counted', async () => {
    const t = await setupCore();
    const [first] = addedAt(t, [Date.UTC(2025, 0, 2), Date.UTC(2025, 0, 3)]);
    await t.call('contacts.delete', { id: first!.id });
    const { newCustomers } = await t.call('dashboard.summary', { timeZone: 'UTC' });
    expect(newCustomers.thisMonth).toBe(1);
  });

  test('under "own" visibility staff count only the customers they may see', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const tina = await t.addUser('staff', 'tina');
    await t.call('contacts.create', contact('Sam’s'), sam.token);
    const tinas = await t.call('contacts.create', contact('Tina’s'), tina.token);
    await t.call('contacts.create', contact('Tina’s other'), tina.token);
    await t.call('contacts.create', contact('Nobody’s', { ownerId: null }));
    const thisMonth = async (token: string) =>
      (await t.call('dashboard.summary', { timeZone: 'UTC' }, token)).newCustomers.thisMonth;

    expect(await thisMonth(sam.token)).toBe(4);
    await ownOnly(t);
    expect(await thisMonth(sam.token)).toBe(1);
    await t.call('contacts.shares.set', { contactId: tinas.id, userIds: [sam.user.id] }, tina.token);
    expect(await thisMonth(sam.token)).toBe(2);
    expect(await thisMonth(t.owner.token)).toBe(4);
  });

  test('an unknown time zone is refused', async () => {
    const t = await setupCore();
    const error = await t.fail('dashboard.summary', { timeZone: 'Mars/Olympus' }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['timeZone']);
  });
});

describe('dashboard.summary: recent activity', () => {
  /** An entry as a line: kind, who, which customer. */
  const line = (entry: ActivityEntry) =>
    [entry.kind, entry.actor?.name ?? '-', 'contact' in entry ? (entry.contact?.name ?? '-') : '-'].join(' ');
  const recent = async (t: TestCore, token?: string) =>
    (await t.call('dashboard.summary', { timeZone: 'UTC' }, token)).recent;

  test('lists customers added, saves, follow-ups created and completed, newest first', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const ann = await t.call('contacts.create', contact('Ann Lee'), sam.token);
    t.clock.advance(MINUTE);
    const bob = await t.call('contacts.create', contact('Bob Wu'));
    t.clock.advance(MINUTE);
    await t.call('contacts.update', {
      id: ann.id,
      version: ann.version,
      patch: { title: 'CEO', notes: 'VIP' },
    });
    t.clock.advance(MINUTE);
    const call = await t.call(
      'followups.create',
      { kind: 'call', subject: 'Call about renewal', contactId: bob.id, dueAt: t.clock.now() + HOUR },
      sam.token,
    );
    t.clock.advance(MINUTE);
    await t.call('followups.complete', { id: call.id, version: call.version, done: true }, sam.token);

    const entries = await recent(t);
    expect(entries.map(line)).toEqual([
      'followup_completed sam (staff) Bob Wu',
      'followup_created sam (staff) Bob Wu',
      'contact_changed Olivia Owner Ann Lee',
      'contact_created Olivia Owner Bob Wu',
      'contact_created sam (staff) Ann Lee',
    ]);
    const save = entries[2]!;
    expect(save.kind === 'contact_changed' && [...save.fields].sort()).toEqual(['notes', 'title']);
    expect(entries[0]).toMatchObject({ subject: 'Call about renewal', followupKind: 'call' });
    expect(entries.map((entry) => entry.at)).toEqual([0, 1, 2, 3, 4].map((m) => t.clock.now() - m * MINUTE));
  });

  test('a follow-up completed long after it was planned shows when it was completed', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', contact('Ann Lee'));
    const note = (subject: string) =>
      t.call('followups.create', { kind: 'note', subject, contactId: ann.id });
    const first = await note('First');
    t.clock.advance(MINUTE);
    const second = await note('Second');
    t.clock.advance(MINUTE);
    await t.call('followups.complete', { id: first.id, version: first.version, done: true });
    t.clock.advance(MINUTE);
    await t.call('followups.complete', { id: second.id, version: second.version, done: true });

    const entries = await recent(t);
    expect(entries.map((entry) => `${entry.kind} ${'subject' in entry ? entry.subject : ''}`)).toEqual([
      'followup_completed Second',
      'followup_completed First',
      'followup_created Second',
      'followup_created First',
      'contact_created ',
    ]);
  });

  test('shows the latest fifteen only', async () => {
    const t = await setupCore();
    for (let i = 1; i <= 20; i++) {
      t.clock.advance(MINUTE);
      await t.call('contacts.create', contact(`Customer ${i}`));
    }
    const entries = await recent(t);
    expect(entries).toHaveLength(15);
    expect(entries[0]).toMatchObject({ contact: { name: 'Customer 20' } });
    expect(entries[14]).toMatchObject({ contact: { name: 'Customer 6' } });
  });

  test('leaves out customers the caller may not see and those in the trash', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const tina = await t.addUser('staff', 'tina');
    const samsCustomer = await t.call('contacts.create', contact('Sam Customer'), sam.token);
    const tinasCustomer = await t.call('contacts.create', contact('Tina Customer'), tina.token);
    await t.call(
      'followups.create',
      { kind: 'note', subject: 'Met at the fair', contactId: tinasCustomer.id },
      tina.token,
    );
    const gone = await t.call('contacts.create', contact('Gone Customer'), sam.token);
    await t.call('followups.create', { kind: 'note', subject: 'About to go', contactId: gone.id }, sam.token);
    await t.call('contacts.delete', { id: gone.id });
    await ownOnly(t);

    expect((await recent(t, sam.token)).map(line)).toEqual(['contact_created sam (staff) Sam Customer']);
    expect((await recent(t, tina.token)).map(line)).toEqual([
      'followup_created tina (staff) Tina Customer',
      'contact_created tina (staff) Tina Customer',
    ]);
    expect((await recent(t)).map(line)).toHaveLength(3);
    expect(samsCustomer.id).toBeLessThan(tinasCustomer.id);
  });
});
