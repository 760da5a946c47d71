import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, ids, MINUTE, SECOND, type TestCore, type TestUser } from '../core/helpers';
import { withCustomer } from './helpers';

afterEach(closeCores);

/** An answered call of `agent`, `ringS` seconds ringing and `talkS` talking, started at `at`. */
async function answeredCall(t: TestCore, agent: TestUser, at: number, ringS: number, talkS: number) {
  t.clock.set(at);
  const { call } = await t.call('calls.ring', { number: '555 0101' }, agent.token);
  t.clock.advance(ringS * SECOND);
  await t.call('calls.answer', { callId: call.id }, agent.token);
  t.clock.advance(talkS * SECOND);
  return t.call('calls.end', { callId: call.id }, agent.token);
}

/** An unanswered outbound call of `agent`, ringing for `ringS` seconds from `at`. */
async function unansweredCall(t: TestCore, agent: TestUser, at: number, ringS: number) {
  t.clock.set(at);
  const { call } = await t.call('calls.dial', { number: '555 0102' }, agent.token);
  t.clock.advance(ringS * SECOND);
  return t.call('calls.end', { callId: call.id }, agent.token);
}

describe('calls.list', () => {
  test('newest first, page by page, by contact and by agent', async () => {
    const { t, ann } = await withCustomer();
    const agent = await t.addUser('agent', 'aga');
    const made = [];
    for (const token of [t.owner.token, agent.token, t.owner.token]) {
      made.push((await t.call('calls.dial', { number: '+86 13800138000', contactId: ann.id }, token)).call);
      t.clock.advance(MINUTE);
    }
    const stranger = (await t.call('calls.ring', { number: '+44 20 7946 0958' })).call;

    const first = await t.call('calls.list', { limit: 2 });
    const second = await t.call('calls.list', { limit: 2, cursor: first.nextCursor });
    expect([...ids(first.items), ...ids(second.items)]).toEqual(ids([...made, stranger]).reverse());
    expect(second.nextCursor).toBeNull();

    expect(ids((await t.call('calls.list', { contactId: ann.id })).items)).toEqual(ids(made).reverse());
    const timeline = await t.call('timeline.forContact', { contactId: ann.id });
    const onTimeline = timeline.items.filter((entry) => entry.kind === 'call');
    expect(ids(onTimeline)).toEqual(ids(made).reverse());
    expect(onTimeline[0]).toMatchObject({
      actor: { id: t.owner.user.id },
      data: { direction: 'outbound', number: '+86 13800138000', endedAt: null, outcome: null },
    });
    expect(ids((await t.call('calls.list', { agentId: agent.user.id })).items)).toEqual([made[1]!.id]);
    await t.fail('calls.list', { cursor: 'not-a-cursor' }, 'VALIDATION');
  });

  test('a day of the caller’s time zone; a day without its zone is VALIDATION', async () => {
    const { t } = await withCustomer();
    // 23:30 and 00:10 in Shanghai (UTC+8), either side of midnight starting 7 January there.
    t.clock.set(Date.UTC(2025, 0, 6, 15, 30));
    const late = await t.call('calls.ring', { number: '555 0101' });
    t.clock.set(Date.UTC(2025, 0, 6, 16, 10));
    const early = await t.call('calls.ring', { number: '555 0101' });
    const day = (day: string) => t.call('calls.list', { day, timeZone: 'Asia/Shanghai' });
    expect(ids((await day('2025-01-06')).items)).toEqual([late.call.id]);
    expect(ids((await day('2025-01-07')).items)).toEqual([early.call.id]);
    expect(ids((await t.call('calls.list', { day: '2025-01-06', timeZone: 'UTC' })).items)).toEqual([
      early.call.id,
      late.call.id,
    ]);
    await t.fail('calls.list', { day: '2025-01-06' }, 'VALIDATION');
    await t.fail('calls.list', { day: '2025-02-30', timeZone: 'UTC' }, 'VALIDATION');
    await t.fail('calls.list', { day: '2025-01-06', timeZone: 'Mars/Olympus' }, 'VALIDATION');
  });

  test('staff who see only their own customers see those calls and unknown callers’, not the others', async () => {
    const { t, ann } = await withCustomer();
    await t.call('company.settings.update', { version: 1, patch: { customerVisibility: 'own' } });
    const staff = await t.addUser('staff', 'sam');
    const theirs = await t.call(
      'contacts.create',
      { name: 'Sam’s client', phones: ['777 0101'] },
      staff.token,
    );
    const hidden = (await t.call('calls.dial', { number: '+86 13800138000', contactId: ann.id })).call;
    const unknown = (await t.call('calls.ring', { number: '+44 20 7946 0958' })).call;
    const own = (await t.call('calls.dial', { number: '777 0101', contactId: theirs.id }, staff.token)).call;

    const seen = await t.call('calls.list', {}, staff.token);
    expect(ids(seen.items)).toEqual([own.id, unknown.id]);
    await t.fail('calls.list', { contactId: ann.id }, 'NOT_FOUND', { token: staff.token });
    expect(ids((await t.call('calls.list', {})).items)).toEqual([own.id, unknown.id, hidden.id]);

    // One call by id follows the same rule as the log.
    expect((await t.call('calls.get', { callId: own.id }, staff.token)).id).toBe(own.id);
    expect((await t.call('calls.get', { callId: unknown.id }, staff.token)).contactId).toBeNull();
    await t.fail('calls.get', { callId: hidden.id }, 'NOT_FOUND', { token: staff.token });
    expect((await t.call('calls.get', { callId: hidden.id })).contactId).toBe(ann.id);
    await t.fail('calls.get', { callId: 999_999 }, 'NOT_FOUND');
    await t.fail('calls.get', { callId: 'x' }, 'VALIDATION');
  });

  test('a merge moves the calls to the contact kept', async () => {
    const { t, ann } = await withCustomer();
    const twin = await t.call('contacts.create', { name: 'Ann Lee', phones: ['021 5555 0100'] });
    const { call } = await t.call('calls.dial', { number: '021 5555 0100', contactId: twin.id });
    await t.call('contacts.merge', {
      targetId: ann.id,
      targetVersion: ann.version,
      sources: [{ id: twin.id, version: twin.version }],
      patch: {},
    });
    expect(ids((await t.call('calls.list', { contactId: ann.id })).items)).toEqual([call.id]);
  });

  test('a merge moves a call on to a new version: an edit opened before it is refused as stale', async () => {
    const { t, ann } = await withCustomer();
    const twin = await t.call('contacts.create', { name: 'Ann Lee', phones: ['021 5555 0100'] });
    const { call } = await t.call('calls.dial', { number: '021 5555 0100', contactId: twin.id });
    const ended = await t.call('calls.end', { callId: call.id });
    await t.call('contacts.merge', {
      targetId: ann.id,
      targetVersion: ann.version,
      sources: [{ id: twin.id, version: twin.version }],
      patch: {},
    });
    const [moved] = (await t.call('calls.list', { contactId: ann.id })).items;
    expect(moved).toMatchObject({ id: call.id, contactId: ann.id, version: ended.version + 1 });
    const stale = await t.fail(
      'calls.update',
      { callId: call.id, version: ended.version, notes: 'Sent the brochure', contactId: twin.id },
      'CONFLICT',
    );
    expect(stale.details).toEqual({ currentVersion: ended.version + 1 });
    expect(
      await t.call('calls.update', {
        callId: call.id,
        version: moved!.version,
        notes: 'Sent the brochure',
        contactId: ann.id,
      }),
    ).toMatchObject({ notes: 'Sent the brochure', contactId: ann.id });
  });
});

describe('calls.daily', () => {
  test('each agent’s volume, duration and effective call time, by the caller’s day, by agent name', async () => {
    const { t } = await withCustomer();
    const zoe = await t.addUser('agent', 'zoe');
    const aga = await t.addUser('agent', 'aga');
    // In Shanghai (UTC+8): 23:30 on 6 January counts for the 6th, 00:10 on the 7th for the 7th.
    await answeredCall(t, aga, Date.UTC(2025, 0, 6, 9, 30), 5, 300);
    await answeredCall(t, zoe, Date.UTC(2025, 0, 6, 15, 30), 10, 120);
    await unansweredCall(t, zoe, Date.UTC(2025, 0, 6, 15, 40), 25);
    // Still ringing: not counted until it has ended.
    t.clock.set(Date.UTC(2025, 0, 6, 15, 50));
    await t.call('calls.ring', { number: '555 0109' }, aga.token);
    await answeredCall(t, zoe, Date.UTC(2025, 0, 6, 16, 10), 4, 60);

    const daily = (day: string) => t.call('calls.daily', { day, timeZone: 'Asia/Shanghai' });
    expect((await daily('2025-01-06')).items).toEqual([
      {
        agentId: aga.user.id,
        agentName: aga.user.displayName,
        calls: 1,
        inbound: 1,
        outbound: 0,
        answered: 1,
        durationS: 305,
        talkS: 300,
      },
      {
        agentId: zoe.user.id,
        agentName: zoe.user.displayName,
        calls: 2,
        inbound: 1,
        outbound: 1,
        answered: 1,
        durationS: 130 + 25,
        talkS: 120,
      },
    ]);
    expect((await daily('2025-01-07')).items).toEqual([
      {
        agentId: zoe.user.id,
        agentName: zoe.user.displayName,
        calls: 1,
        inbound: 1,
        outbound: 0,
        answered: 1,
        durationS: 64,
        talkS: 60,
      },
    ]);
    expect((await daily('2025-01-05')).items).toEqual([]);
    await t.fail('calls.daily', { day: '2025-01-06' }, 'VALIDATION');
  });
});
