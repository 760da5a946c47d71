import { afterEach, describe, expect, test } from 'vitest';
import { canSee } from '../../../electron/core/events';
import { closeCores, issuePaths, MINUTE, SECOND, START } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';
import { callRows, withCustomer } from './helpers';

afterEach(closeCores);

describe('calls.dial', () => {
  test('logs an outbound call to the contact and answers the tel: URI to hand to the phone app', async () => {
    const { t, ann, events } = await withCustomer();
    const { call, dialUri } = await t.call('calls.dial', { number: '+86 13800138000', contactId: ann.id });
    expect(call).toMatchObject({
      agentId: t.owner.user.id,
      agentName: t.owner.user.displayName,
      direction: 'outbound',
      number: '+86 13800138000',
      contactId: ann.id,
      contactName: 'Ann Lee',
      startedAt: START,
      answeredAt: null,
      endedAt: null,
      durationS: null,
      talkS: null,
      outcome: null,
      version: 1,
    });
    expect(dialUri).toBe('tel:+8613800138000');
    expect(events).toEqual([
      {
        name: 'call.changed',
        data: { id: call.id, action: 'dialled', version: 1 },
        audience: { kind: 'company' },
      },
    ]);
  });

  test('dials any number without a contact', async () => {
    const { t } = await withCustomer();
    const { call, dialUri } = await t.call('calls.dial', { number: '0086 21 5555 0199' });
    expect(call).toMatchObject({ contactId: null, contactName: null, direction: 'outbound' });
    expect(dialUri).toBe('tel:+862155550199');
  });

  test('takes the contact’s number typed in another format: national, or with the country code', async () => {
    const { t, ann } = await withCustomer();
    for (const number of ['138 0013 8000', '0086 138 0013 8000', '+86 21 5555 0100']) {
      const { call } = await t.call('calls.dial', { number, contactId: ann.id });
      expect(call).toMatchObject({ number, contactId: ann.id });
    }
  });

  test.each([
    ['a number that is not one of the contact’s', { number: '021 5555 0199' }, 'number'],
    ['letters for a number', { number: 'call me' }, 'number'],
    ['too few digits', { number: '12' }, 'number'],
  ])('refuses %s with VALIDATION, logging nothing', async (_, input, path) => {
    const { t, ann, events } = await withCustomer();
    const error = await t.fail('calls.dial', { ...input, contactId: ann.id }, 'VALIDATION');
    expect(new Set(issuePaths(error))).toEqual(new Set([path]));
    expect(callRows(t)).toEqual([]);
    expect(events).toEqual([]);
  });

  test('a contact in the trash is VALIDATION; an unknown or hidden one NOT_FOUND', async () => {
    const { t, ann } = await withCustomer();
    const bob = await t.call('contacts.create', { name: 'Bob Ng', phones: ['555 0101'] });
    await t.call('contacts.delete', { id: bob.id });
    const trashed = await t.fail('calls.dial', { number: '555 0101', contactId: bob.id }, 'VALIDATION');
    expect(issuePaths(trashed)).toEqual(['contactId']);
    await t.fail('calls.dial', { number: '555 0101', contactId: 999 }, 'NOT_FOUND');

    await t.call('company.settings.update', { version: 1, patch: { customerVisibility: 'own' } });
    const staff = await t.addUser('staff', 'sam');
    await t.fail('calls.dial', { number: '+86 138 0013 8000', contactId: ann.id }, 'NOT_FOUND', {
      token: staff.token,
    });
    expect(callRows(t)).toEqual([]);
  });
});

describe('calls.ring: the screen pop', () => {
  test('one matching contact is linked and popped on the agent’s screen only', async () => {
    const { t, ann, events } = await withCustomer();
    const agent = await t.addUser('agent', 'aga');
    const other = await t.addUser('agent', 'otto');
    const { call, matches } = await t.call('calls.ring', { number: '13800138000' }, agent.token);
    expect(matches).toEqual([{ id: ann.id, name: 'Ann Lee', companyName: 'Harbor Foods' }]);
    expect(call).toMatchObject({
      agentId: agent.user.id,
      direction: 'inbound',
      contactId: ann.id,
      version: 1,
    });

    const ringing = events.filter((event) => event.name === 'call.ringing');
    expect(ringing).toHaveLength(1);
    expect(ringing[0]!.data).toEqual({ call, matches });
    expect(canSee(ringing[0]!, agent.user.id)).toBe(true);
    expect(canSee(ringing[0]!, other.user.id)).toBe(false);
    expect(canSee(ringing[0]!, t.owner.user.id)).toBe(false);
    expect(events.find((event) => event.name === 'call.changed')?.data).toEqual({
      id: call.id,
      action: 'rang',
      version: 1,
    });
  });

  test('several matches are all offered and none is linked; an unknown number matches nobody', async () => {
    const { t, ann } = await withCustomer();
    const twin = await t.call('contacts.create', { name: 'Ann Lee (home)', phones: ['13800138000'] });
    const shared = await t.call('calls.ring', { number: '+86 138 0013 8000' });
    expect(shared.matches.map((match) => match.id).sort()).toEqual([ann.id, twin.id].sort());
    expect(shared.call.contactId).toBeNull();

    const stranger = await t.call('calls.ring', { number: '+44 20 7946 0958' });
    expect(stranger).toMatchObject({ matches: [], call: { contactId: null, number: '+44 20 7946 0958' } });
  });

  test('a customer hidden from the agent is neither offered nor linked', async () => {
    const { t } = await withCustomer();
    await t.call('company.settings.update', { version: 1, patch: { customerVisibility: 'own' } });
    const staff = await t.addUser('staff', 'sam');
    const { call, matches } = await t.call('calls.ring', { number: '13800138000' }, staff.token);
    expect(matches).toEqual([]);
    expect(call.contactId).toBeNull();
  });
});

describe('answering and hanging up', () => {
  test('an answered call counts its duration from the start and its talk time from the answer', async () => {
    const { t } = await withCustomer();
    const { call } = await t.call('calls.ring', { number: '13800138000' });
    t.clock.advance(12 * SECOND);
    const answered = await t.call('calls.answer', { callId: call.id });
    expect(answered).toMatchObject({ answeredAt: START + 12 * SECOND, endedAt: null, version: 2 });
    t.clock.advance(3 * MINUTE + 500);
    const ended = await t.call('calls.end', { callId: call.id, notes: '  Wants a quote  ' });
    expect(ended).toMatchObject({
      endedAt: START + 12 * SECOND + 3 * MINUTE + 500,
      durationS: 12 + 180,
      talkS: 180,
      outcome: 'answered',
      notes: 'Wants a quote',
      version: 3,
    });
  });

  test('an unanswered call takes the direction’s default outcome, or the one the agent picks', async () => {
    const { t } = await withCustomer();
    const inbound = (await t.call('calls.ring', { number: '555 0101' })).call;
    const outbound = (await t.call('calls.dial', { number: '555 0102' })).call;
    const busy = (await t.call('calls.dial', { number: '555 0103' })).call;
    t.clock.advance(30 * SECOND);
    expect(await t.call('calls.end', { callId: inbound.id })).toMatchObject({
      outcome: 'missed',
      durationS: 30,
      talkS: 0,
    });
    expect((await t.call('calls.end', { callId: outbound.id })).outcome).toBe('noAnswer');
    expect((await t.call('calls.end', { callId: busy.id, outcome: 'busy' })).outcome).toBe('busy');
  });

  test('hanging up links an unknown caller to the contact the agent picks', async () => {
    const { t, ann } = await withCustomer();
    const { call } = await t.call('calls.ring', { number: '+44 20 7946 0958' });
    expect(await t.call('calls.end', { callId: call.id, contactId: ann.id })).toMatchObject({
      contactId: ann.id,
      contactName: 'Ann Lee',
    });
  });

  test('an outcome for an answered call is VALIDATION and the call runs on', async () => {
    const { t } = await withCustomer();
    const { call } = await t.call('calls.ring', { number: '555 0101' });
    await t.call('calls.answer', { callId: call.id });
    const before = callRows(t);
    const error = await t.fail('calls.end', { callId: call.id, outcome: 'voicemail' }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['outcome']);
    await t.fail('calls.end', { callId: call.id, outcome: 'answered' }, 'VALIDATION');
    expect(callRows(t)).toEqual(before);
  });

  test('answering twice, answering an ended call and ending twice are CONFLICTs', async () => {
    const { t } = await withCustomer();
    const first = (await t.call('calls.ring', { number: '555 0101' })).call;
    await t.call('calls.answer', { callId: first.id });
    await t.fail('calls.answer', { callId: first.id }, 'CONFLICT');
    const second = (await t.call('calls.ring', { number: '555 0102' })).call;
    await t.call('calls.end', { callId: second.id });
    const before = callRows(t);
    const error = await t.fail('calls.answer', { callId: second.id }, 'CONFLICT');
    expect(error.details).toEqual({ currentVersion: 2 });
    await t.fail('calls.end', { callId: second.id, notes: 'again' }, 'CONFLICT');
    expect(callRows(t)).toEqual(before);
  });

  test('only the call’s agent, an admin or the owner may answer, end or edit it; an unknown call is NOT_FOUND', async () => {
    const { t } = await withCustomer();
    const agent = await t.addUser('agent', 'aga');
    const other = await t.addUser('agent', 'otto');
    const admin = await t.addUser('admin', 'ada');
    const { call } = await t.call('calls.ring', { number: '555 0101' }, agent.token);
    const asOther = { token: other.token };
    await t.fail('calls.answer', { callId: call.id }, 'FORBIDDEN', asOther);
    await t.fail('calls.end', { callId: call.id }, 'FORBIDDEN', asOther);
    expect(callRows(t)).toMatchObject([{ answered_at: null, ended_at: null, version: 1 }]);
    await t.call('calls.answer', { callId: call.id }, admin.token);
    const ended = await t.call('calls.end', { callId: call.id }, agent.token);
    await t.fail(
      'calls.update',
      { callId: call.id, version: ended.version, notes: 'x', contactId: null },
      'FORBIDDEN',
      asOther,
    );
    await t.call('calls.update', { callId: call.id, version: ended.version, notes: 'ok', contactId: null });
    for (const [name, input] of [
      ['calls.answer', { callId: 999 }],
      ['calls.end', { callId: 999 }],
      ['calls.update', { callId: 999, version: 1, notes: '', contactId: null }],
    ] as const) {
      await t.fail(name, input, 'NOT_FOUND');
    }
  });
});

describe('calls.update', () => {
  test('edits an ended call’s notes and contact; a stale version or a running call is a CONFLICT', async () => {
    const { t, ann, events } = await withCustomer();
    const { call } = await t.call('calls.ring', { number: '+44 20 7946 0958' });
    await t.fail('calls.update', { callId: call.id, version: 1, notes: 'x', contactId: null }, 'CONFLICT');
    const ended = await t.call('calls.end', { callId: call.id, notes: 'Left a message' });
    const updated = await t.call('calls.update', {
      callId: call.id,
      version: ended.version,
      notes: 'Called back on Friday',
      contactId: ann.id,
    });
    expect(updated).toMatchObject({
      notes: 'Called back on Friday',
      contactId: ann.id,
      contactName: 'Ann Lee',
      outcome: 'missed',
      version: ended.version + 1,
    });
    expect(events.at(-1)).toMatchObject({
      name: 'call.changed',
      data: { id: call.id, action: 'updated', version: updated.version },
    });
    const error = await t.fail(
      'calls.update',
      { callId: call.id, version: ended.version, notes: 'Overwritten', contactId: null },
      'CONFLICT',
    );
    expect(error.details).toEqual({ currentVersion: updated.version });
    expect(
      await t.call('calls.update', { callId: call.id, version: updated.version, notes: '', contactId: null }),
    ).toMatchObject({ notes: null, contactId: null });
  });

  test('notes too long or a contact in the trash are VALIDATION and change nothing', async () => {
    const { t, ann } = await withCustomer();
    const { call } = await t.call('calls.ring', { number: '555 0101' });
    const ended = await t.call('calls.end', { callId: call.id });
    const bob = await t.call('contacts.create', { name: 'Bob Ng' });
    await t.call('contacts.delete', { id: bob.id });
    const before = callRows(t);
    const long = await t.fail(
      'calls.update',
      { callId: call.id, version: ended.version, notes: 'x'.repeat(5_001), contactId: ann.id },
      'VALIDATION',
    );
    expect(issuePaths(long)).toEqual(['notes']);
    const trashed = await t.fail(
      'calls.update',
      { callId: call.id, version: ended.version, notes: 'x', contactId: bob.id },
      'VALIDATION',
    );
    expect(issuePaths(trashed)).toEqual(['contactId']);
    expect(callRows(t)).toEqual(before);
  });
});

test('a Standard licence locks every calls procedure, reads too; the call-center edition opens them', async () => {
  const { t } = await withCustomer({ license: licenseOptions() });
  const { call } = await t.call('calls.ring', { number: '555 0101' });
  await t.call('license.activate', { key: issue({ edition: 'standard' }) });
  for (const [name, input] of [
    ['calls.dial', { number: '555 0101' }],
    ['calls.ring', { number: '555 0101' }],
    ['calls.answer', { callId: call.id }],
    ['calls.end', { callId: call.id }],
    ['calls.update', { callId: call.id, version: 1, notes: '', contactId: null }],
    ['calls.list', {}],
    ['calls.daily', { day: '2025-01-06', timeZone: 'UTC' }],
  ] as const) {
    const error = await t.fail(name, input, 'MODULE_LOCKED');
    expect(error.details).toMatchObject({ module: 'calls' });
  }
  expect(callRows(t)).toHaveLength(1);
  await t.call('license.activate', { key: issue({ edition: 'callcenter' }) });
  expect((await t.call('calls.list', {})).items.map((item) => item.id)).toEqual([call.id]);
});
