import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, HOUR, ids, issuePaths, setupCore, START } from '../core/helpers';
import { call, followupRows, recordEvents, seenBy } from './helpers';

afterEach(closeCores);

async function withContact() {
  const t = await setupCore();
  const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Huawei' });
  return { t, ann };
}

describe('followups.create', () => {
  test('stores a follow-up assigned to the caller by default', async () => {
    const { t, ann } = await withContact();
    const created = await t.call('followups.create', call(ann.id, START + HOUR, { body: 'About the offer' }));
    expect(created).toMatchObject({
      kind: 'call',
      subject: 'Call back',
      body: 'About the offer',
      contactId: ann.id,
      companyId: null,
      dueAt: START + HOUR,
      assigneeId: t.owner.user.id,
      assigneeName: t.owner.user.displayName,
      done: false,
      doneAt: null,
      createdBy: t.owner.user.id,
      createdAt: START,
      updatedAt: START,
      version: 1,
    });
  });

  test('a note may have no due time and belong to a company alone', async () => {
    const { t, ann } = await withContact();
    const note = await t.call('followups.create', {
      kind: 'note',
      subject: 'Met at the fair',
      companyId: ann.companyId!,
    });
    expect(note).toMatchObject({ kind: 'note', dueAt: null, contactId: null, companyId: ann.companyId });
  });

  test.each([
    ['no contact and no company', { kind: 'task', subject: 'x', dueAt: START }, ['contactId']],
    ['a task without a due time', { kind: 'task', subject: 'x', contactId: 1 }, ['dueAt']],
    ['an unknown kind', { kind: 'meeting', subject: 'x', contactId: 1, dueAt: START }, ['kind']],
    ['an empty subject', { kind: 'call', subject: ' ', contactId: 1, dueAt: START }, ['subject']],
  ])('refuses %s and stores nothing', async (_name, input, paths) => {
    const { t } = await withContact();
    const error = await t.fail('followups.create', input, 'VALIDATION');
    expect(issuePaths(error)).toEqual(paths);
    expect(followupRows(t)).toEqual([]);
  });

  test('refuses a contact, company or assignee that does not exist, naming each', async () => {
    const { t } = await withContact();
    const error = await t.fail(
      'followups.create',
      { ...call(9999, START), companyId: 8888, assigneeId: 7777 },
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['contactId', 'companyId', 'assigneeId']);
    expect(followupRows(t)).toEqual([]);
  });

  test('refuses a contact in the trash and a deactivated assignee', async () => {
    const { t, ann } = await withContact();
    const sam = await t.addUser('staff', 'sam');
    t.deactivate(sam.user.id);
    await t.call('contacts.delete', { id: ann.id });
    const error = await t.fail(
      'followups.create',
      call(ann.id, START, { assigneeId: sam.user.id }),
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['contactId', 'assigneeId']);
    expect(followupRows(t)).toEqual([]);
  });
});

describe('followups.update, complete and delete', () => {
  test('an update names the version it read; a stale one is a CONFLICT and changes nothing', async () => {
    const { t, ann } = await withContact();
    const created = await t.call('followups.create', call(ann.id, START + HOUR));
    t.clock.advance(HOUR);
    const updated = await t.call('followups.update', {
      id: created.id,
      version: 1,
      patch: { subject: 'Call about the offer', dueAt: START + 3 * HOUR },
    });
    expect(updated).toMatchObject({ subject: 'Call about the offer', dueAt: START + 3 * HOUR, version: 2 });
    expect(updated.updatedAt).toBe(START + HOUR);

    const before = followupRows(t);
    const error = await t.fail(
      'followups.update',
      { id: created.id, version: 1, patch: { subject: 'Lost' } },
      'CONFLICT',
    );
    expect(error.details).toEqual({ currentVersion: 2 });
    await t.fail('followups.complete', { id: created.id, version: 1, done: true }, 'CONFLICT');
    await t.fail('followups.delete', { id: created.id, version: 1 }, 'CONFLICT');
    expect(followupRows(t)).toEqual(before);
  });

  test('an update that would break the rules or name an unknown assignee changes nothing', async () => {
    const { t, ann } = await withContact();
    const created = await t.call('followups.create', call(ann.id, START));
    const before = followupRows(t);
    for (const [patch, paths] of [
      [{ dueAt: null }, ['patch.dueAt']],
      [{ contactId: null }, ['patch.contactId']],
      [{ assigneeId: 4242 }, ['patch.assigneeId']],
      [{ contactId: 4242 }, ['patch.contactId']],
    ] as const) {
      const error = await t.fail('followups.update', { id: created.id, version: 1, patch }, 'VALIDATION');
      expect(issuePaths(error)).toEqual(paths);
    }
    expect(followupRows(t)).toEqual(before);
    const note = await t.call('followups.update', {
      id: created.id,
      version: 1,
      patch: { kind: 'note', dueAt: null },
    });
    expect(note).toMatchObject({ kind: 'note', dueAt: null, version: 2 });
  });

  test('complete marks done with the time, and can reopen', async () => {
    const { t, ann } = await withContact();
    const created = await t.call('followups.create', call(ann.id, START));
    t.clock.advance(HOUR);
    const done = await t.call('followups.complete', { id: created.id, version: 1, done: true });
    expect(done).toMatchObject({ done: true, doneAt: START + HOUR, version: 2 });
    const reopened = await t.call('followups.complete', { id: created.id, version: 2, done: false });
    expect(reopened).toMatchObject({ done: false, doneAt: null, version: 3 });
  });

  test('delete removes it; a second delete is NOT_FOUND', async () => {
    const { t, ann } = await withContact();
    const created = await t.call('followups.create', call(ann.id, START));
    expect(await t.call('followups.delete', { id: created.id, version: 1 })).toEqual({ id: created.id });
    expect(followupRows(t)).toEqual([]);
    await t.fail('followups.delete', { id: created.id, version: 1 }, 'NOT_FOUND');
  });
});

describe('followups.listForContact', () => {
  test('pages through a contact’s follow-ups latest first, without gaps or repeats', async () => {
    const { t, ann } = await withContact();
    const bo = await t.call('contacts.create', { name: 'Bo' });
    const made = [];
    // Pairs share a due time, so the id breaks the tie across page ends.
    for (let i = 0; i < 7; i++) {
      made.push(await t.call('followups.create', call(ann.id, START + Math.floor(i / 2) * HOUR)));
    }
    await t.call('followups.create', call(bo.id, START));
    const seen = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = await t.call(
        'followups.listForContact',
        { contactId: ann.id, cursor, limit: 3 },
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids(seen)).toEqual(ids(made).reverse());
  });

  test('an unknown contact is NOT_FOUND; a bad cursor is VALIDATION', async () => {
    const { t, ann } = await withContact();
    await t.fail('followups.listForContact', { contactId: 4242 }, 'NOT_FOUND');
    await t.fail('followups.listForContact', { contactId: ann.id, cursor: 'nonsense' }, 'VALIDATION');
  });
});

describe('followup.changed', () => {
  test('reaches the assignee and the creator only, and the one a follow-up was taken from', async () => {
    const { t, ann } = await withContact();
    const sam = await t.addUser('staff', 'sam');
    const kim = await t.addUser('staff', 'kim');
    const eve = await t.addUser('staff', 'eve');
    const everyone = [t.owner.user.id, sam.user.id, kim.user.id, eve.user.id];
    const events = recordEvents(t);

    const created = await t.call('followups.create', call(ann.id, START, { assigneeId: sam.user.id }));
    await t.call('followups.update', { id: created.id, version: 1, patch: { assigneeId: kim.user.id } });
    await t.call('followups.complete', { id: created.id, version: 2, done: true }, kim.token);
    await t.call('followups.delete', { id: created.id, version: 3 });

    const ours = events.filter((e) => e.name === 'followup.changed');
    expect(ours.map((e) => [e.data, seenBy(e, everyone)])).toEqual([
      [
        { id: created.id, action: 'created', version: 1, contactId: ann.id, companyId: null },
        [t.owner.user.id, sam.user.id],
      ],
      [
        { id: created.id, action: 'updated', version: 2, contactId: ann.id, companyId: null },
        [t.owner.user.id, sam.user.id, kim.user.id],
      ],
      [
        { id: created.id, action: 'completed', version: 3, contactId: ann.id, companyId: null },
        [t.owner.user.id, kim.user.id],
      ],
      [
        { id: created.id, action: 'deleted', version: 3, contactId: ann.id, companyId: null },
        [t.owner.user.id, kim.user.id],
      ],
    ]);
  });

  test('a refused call emits nothing', async () => {
    const { t, ann } = await withContact();
    const events = recordEvents(t);
    await t.fail('followups.create', call(ann.id, START, { assigneeId: 4242 }), 'VALIDATION');
    expect(events).toEqual([]);
  });
});
