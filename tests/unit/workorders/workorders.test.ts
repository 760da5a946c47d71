import { afterEach, describe, expect, test } from 'vitest';
import { isOwnThreadEntry, WORK_ORDER_NUMBER } from '../../../shared/workorders/contract';
import { closeCores, createClock, DAY, HOUR, issuePaths, MINUTE, setupCore, START } from '../core/helpers';
import { recordEvents, seenBy } from '../followups/helpers';
import { agents, workOrderOf, workOrderRows } from './helpers';

afterEach(closeCores);

describe('workorders.create', () => {
  test('stores a new, unassigned work order with defaults, numbered WO-<year>-000001', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Huawei' });
    const created = await t.call(
      'workorders.create',
      workOrderOf({
        contactId: ann.id,
        companyId: ann.companyId,
        description: 'Since Monday',
        dueAt: START + DAY,
      }),
    );
    expect(created).toMatchObject({
      number: 'WO-2025-000001',
      subject: 'Printer jams on tray 2',
      description: 'Since Monday',
      contactId: ann.id,
      contactName: 'Ann Lee',
      companyId: ann.companyId,
      companyName: 'Huawei',
      priority: 'normal',
      category: null,
      status: 'new',
      assigneeId: null,
      assigneeName: null,
      watchers: [],
      dueAt: START + DAY,
      channel: 'phone',
      createdBy: t.owner.user.id,
      createdByName: t.owner.user.displayName,
      createdAt: START,
      updatedAt: START,
      firstResponseAt: null,
      resolvedAt: null,
      closedAt: null,
      replyCount: 0,
      version: 1,
    });
    expect(created.number).toMatch(WORK_ORDER_NUMBER);
    expect(await t.call('workorders.get', { id: created.id })).toEqual(created);
  });

  test('numbers run on within a year, start again each year, and are never given twice after a delete', async () => {
    const t = await setupCore({ clock: createClock(Date.UTC(2025, 11, 31, 23, 0)) });
    const first = await t.call('workorders.create', workOrderOf());
    const second = await t.call('workorders.create', workOrderOf());
    t.core.context.db.prepare('DELETE FROM workorders WHERE id = ?').run(second.id);
    const third = await t.call('workorders.create', workOrderOf());
    t.clock.advance(HOUR);
    const nextYear = await t.call('workorders.create', workOrderOf());
    expect([first.number, second.number, third.number, nextYear.number]).toEqual([
      'WO-2025-000001',
      'WO-2025-000002',
      'WO-2025-000003',
      'WO-2026-000001',
    ]);
  });

  test('with an assignee: status assigned, an assignment in the thread, and the assignee alone is told', async () => {
    const t = await setupCore();
    const [bo, cy] = await agents(t, 'bo', 'cy');
    const events = recordEvents(t);
    const created = await t.call(
      'workorders.create',
      workOrderOf({ assigneeId: bo!.user.id, watcherIds: [cy!.user.id, cy!.user.id], priority: 'urgent' }),
    );
    expect(created).toMatchObject({
      status: 'assigned',
      assigneeId: bo!.user.id,
      assigneeName: bo!.user.displayName,
      watchers: [{ id: cy!.user.id, name: cy!.user.displayName }],
      priority: 'urgent',
    });
    const thread = await t.call('workorders.thread', { id: created.id });
    expect(thread.items).toMatchObject([{ kind: 'assignment', from: null, to: String(bo!.user.id) }]);
    const everyone = [t.owner.user.id, bo!.user.id, cy!.user.id];
    expect(events.map((e) => [e.name, seenBy(e, everyone)])).toEqual([
      ['workorder.changed', everyone],
      ['workorder.assigned', [bo!.user.id]],
    ]);
    expect(events[1]!.data).toEqual({
      id: created.id,
      number: created.number,
      subject: created.subject,
      assigneeId: bo!.user.id,
      byId: t.owner.user.id,
      byName: t.owner.user.displayName,
      reason: null,
    });
  });

  test.each([
    ['an empty subject', { subject: '  ' }, ['subject']],
    ['an unknown priority', { subject: 'x', priority: 'asap' }, ['priority']],
    ['an unknown channel', { subject: 'x', channel: 'fax' }, ['channel']],
    ['an unknown field', { subject: 'x', owner: 1 }, ['owner']],
  ])('refuses %s and stores nothing', async (_name, input, paths) => {
    const t = await setupCore();
    const error = await t.fail('workorders.create', input, 'VALIDATION');
    expect(issuePaths(error)).toEqual(paths);
    expect(workOrderRows(t).workorders).toEqual([]);
  });

  test('refuses a missing assignee, contact, company or watcher, naming each, and draws no number', async () => {
    const t = await setupCore();
    const error = await t.fail(
      'workorders.create',
      workOrderOf({ contactId: 999, companyId: 998, watcherIds: [997], assigneeId: 996 }),
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['assigneeId', 'contactId', 'companyId', 'watcherIds.0']);
    expect(workOrderRows(t)).toMatchObject({ workorders: [], sequences: [], thread: [], watchers: [] });
  });

  test('refuses an inactive assignee and a contact in the trash', async () => {
    const t = await setupCore();
    const [bo] = await agents(t, 'bo');
    t.deactivate(bo!.user.id);
    const gone = await t.call('contacts.create', { name: 'Gone Ltd' });
    await t.call('contacts.delete', { id: gone.id });
    const error = await t.fail('workorders.create', workOrderOf({ assigneeId: bo!.user.id }), 'VALIDATION');
    expect(issuePaths(error)).toEqual(['assigneeId']);
    const trashed = await t.fail('workorders.create', workOrderOf({ contactId: gone.id }), 'VALIDATION');
    expect(trashed.details?.issues).toEqual([
      { path: ['contactId'], message: 'this contact is in the trash' },
    ]);
    expect(workOrderRows(t).workorders).toEqual([]);
  });
});

describe('workorders.update', () => {
  test('changes the fields, bumps the version, and refuses a stale version with CONFLICT', async () => {
    const t = await setupCore();
    const [bo] = await agents(t, 'bo');
    const made = await t.call('workorders.create', workOrderOf());
    t.clock.advance(MINUTE);
    const updated = await t.call('workorders.update', {
      id: made.id,
      version: 1,
      patch: { subject: 'Printer dead', priority: 'high', category: 'Hardware', watcherIds: [bo!.user.id] },
    });
    expect(updated).toMatchObject({
      subject: 'Printer dead',
      priority: 'high',
      category: 'Hardware',
      watchers: [{ id: bo!.user.id }],
      updatedAt: START + MINUTE,
      version: 2,
    });
    const before = workOrderRows(t);
    const error = await t.fail(
      'workorders.update',
      { id: made.id, version: 1, patch: { subject: 'Someone else’s edit' } },
      'CONFLICT',
    );
    expect(error.details).toEqual({ currentVersion: 2 });
    expect(workOrderRows(t)).toEqual(before);
  });

  test('an assignee cannot be changed through update', async () => {
    const t = await setupCore();
    const made = await t.call('workorders.create', workOrderOf());
    const error = await t.fail(
      'workorders.update',
      { id: made.id, version: 1, patch: { assigneeId: t.owner.user.id } },
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['patch.assigneeId']);
  });

  test('a missing work order is NOT_FOUND', async () => {
    const t = await setupCore();
    await t.fail('workorders.update', { id: 42, version: 1, patch: { subject: 'x' } }, 'NOT_FOUND');
    await t.fail('workorders.get', { id: 42 }, 'NOT_FOUND');
  });
});

describe('workorders.assign', () => {
  test('assigning a new one makes it assigned; reassigning keeps the reason; unassigning returns it to new', async () => {
    const t = await setupCore();
    const [bo, cy] = await agents(t, 'bo', 'cy');
    const made = await t.call('workorders.create', workOrderOf({ assigneeId: null }));
    expect(made.status).toBe('new');
    const toBo = await t.call('workorders.assign', { id: made.id, version: 1, assigneeId: bo!.user.id });
    expect(toBo).toMatchObject({ status: 'assigned', assigneeId: bo!.user.id, version: 2 });
    const events = recordEvents(t);
    const toCy = await t.call('workorders.assign', {
      id: made.id,
      version: 2,
      assigneeId: cy!.user.id,
      reason: 'Bo is on leave',
    });
    expect(toCy).toMatchObject({ status: 'assigned', assigneeId: cy!.user.id, version: 3 });
    const everyone = [t.owner.user.id, bo!.user.id, cy!.user.id];
    expect(events.map((e) => [e.name, seenBy(e, everyone)])).toEqual([
      ['workorder.changed', everyone],
      ['workorder.assigned', [cy!.user.id]],
    ]);
    expect(events[1]!.data).toMatchObject({ reason: 'Bo is on leave' });
    const back = await t.call('workorders.assign', { id: made.id, version: 3, assigneeId: null });
    expect(back).toMatchObject({ status: 'new', assigneeId: null, assigneeName: null });
    const thread = await t.call('workorders.thread', { id: made.id });
    expect(thread.items.filter(isOwnThreadEntry).map((e) => [e.kind, e.from, e.to, e.body])).toEqual([
      ['assignment', null, String(bo!.user.id), null],
      ['assignment', String(bo!.user.id), String(cy!.user.id), 'Bo is on leave'],
      ['assignment', String(cy!.user.id), null, null],
    ]);
  });

  test('reassigning one in progress keeps its status', async () => {
    const t = await setupCore();
    const [bo, cy] = await agents(t, 'bo', 'cy');
    const made = await t.call('workorders.create', workOrderOf({ assigneeId: bo!.user.id }));
    const started = await t.call('workorders.setStatus', { id: made.id, version: 1, status: 'inProgress' });
    const moved = await t.call('workorders.assign', {
      id: made.id,
      version: started.version,
      assigneeId: cy!.user.id,
    });
    expect(moved).toMatchObject({ status: 'inProgress', assigneeId: cy!.user.id });
  });

  test('refuses an inactive user and a stale version, changing nothing', async () => {
    const t = await setupCore();
    const [bo, cy] = await agents(t, 'bo', 'cy');
    const made = await t.call('workorders.create', workOrderOf({ assigneeId: null }));
    t.deactivate(bo!.user.id);
    const before = workOrderRows(t);
    const error = await t.fail(
      'workorders.assign',
      { id: made.id, version: 1, assigneeId: bo!.user.id },
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['assigneeId']);
    await t.fail('workorders.assign', { id: made.id, version: 7, assigneeId: cy!.user.id }, 'CONFLICT');
    expect(workOrderRows(t)).toEqual(before);
  });
});

describe('workorders.setStatus', () => {
  test('follows the allowed moves, stamps resolved and closed, and reopening clears both', async () => {
    const t = await setupCore();
    const [bo] = await agents(t, 'bo');
    let order = await t.call('workorders.create', workOrderOf({ assigneeId: bo!.user.id }));
    const move = async (status: (typeof order)['status']) => {
      t.clock.advance(HOUR);
      order = await t.call('workorders.setStatus', { id: order.id, version: order.version, status });
      return order;
    };
    await move('inProgress');
    await move('waitingOnCustomer');
    expect(await move('resolved')).toMatchObject({ resolvedAt: START + 3 * HOUR, closedAt: null });
    expect(await move('closed')).toMatchObject({ resolvedAt: START + 3 * HOUR, closedAt: START + 4 * HOUR });
    expect(await move('inProgress')).toMatchObject({
      status: 'inProgress',
      resolvedAt: null,
      closedAt: null,
    });
    expect(await move('closed')).toMatchObject({ resolvedAt: START + 6 * HOUR, closedAt: START + 6 * HOUR });
    const thread = await t.call('workorders.thread', { id: order.id });
    const statuses = thread.items.filter(isOwnThreadEntry).filter((e) => e.kind === 'status');
    expect(statuses.map((e) => `${e.from}>${e.to}`)).toEqual([
      'assigned>inProgress',
      'inProgress>waitingOnCustomer',
      'waitingOnCustomer>resolved',
      'resolved>closed',
      'closed>inProgress',
      'inProgress>closed',
    ]);
  });

  test.each([
    ['new', 'assigned'],
    ['new', 'waitingOnCustomer'],
    ['new', 'new'],
  ] as const)('refuses %s → %s with a clear message, changing nothing', async (_from, to) => {
    const t = await setupCore();
    const made = await t.call('workorders.create', workOrderOf());
    const before = workOrderRows(t);
    const error = await t.fail('workorders.setStatus', { id: made.id, version: 1, status: to }, 'VALIDATION');
    expect(error.message).toContain(`new cannot move to ${to}`);
    expect(issuePaths(error)).toEqual(['status']);
    expect(workOrderRows(t)).toEqual(before);
  });

  test('a closed one may only be reopened; a stale version is CONFLICT', async () => {
    const t = await setupCore();
    const made = await t.call('workorders.create', workOrderOf());
    const closed = await t.call('workorders.setStatus', { id: made.id, version: 1, status: 'closed' });
    await t.fail(
      'workorders.setStatus',
      { id: made.id, version: closed.version, status: 'resolved' },
      'VALIDATION',
    );
    await t.fail('workorders.setStatus', { id: made.id, version: 1, status: 'inProgress' }, 'CONFLICT');
  });
});

describe('workorders.reply', () => {
  test('replies and notes go into the thread; the first public reply by another user is the first response', async () => {
    const t = await setupCore();
    const [bo] = await agents(t, 'bo');
    const made = await t.call('workorders.create', workOrderOf({ assigneeId: bo!.user.id }));
    t.clock.advance(MINUTE);
    await t.call('workorders.reply', { id: made.id, body: 'Any news?' });
    t.clock.advance(MINUTE);
    await t.call('workorders.reply', { id: made.id, body: 'Checking the logs', internal: true }, bo!.token);
    expect(await t.call('workorders.get', { id: made.id })).toMatchObject({
      firstResponseAt: null,
      replyCount: 2,
      version: 1,
    });
    t.clock.advance(MINUTE);
    const reply = await t.call('workorders.reply', { id: made.id, body: 'Fixed the roller.' }, bo!.token);
    expect(reply).toMatchObject({
      kind: 'reply',
      authorId: bo!.user.id,
      authorName: bo!.user.displayName,
      at: START + 3 * MINUTE,
      body: 'Fixed the roller.',
      mentionedIds: [],
    });
    t.clock.advance(MINUTE);
    await t.call('workorders.reply', { id: made.id, body: 'Thanks' }, bo!.token);
    expect(await t.call('workorders.get', { id: made.id })).toMatchObject({
      firstResponseAt: START + 3 * MINUTE,
      updatedAt: START + 4 * MINUTE,
      replyCount: 4,
    });
    const thread = await t.call('workorders.thread', { id: made.id, limit: 2 });
    const rest = await t.call('workorders.thread', { id: made.id, cursor: thread.nextCursor });
    expect([...thread.items, ...rest.items].map((e) => e.kind)).toEqual([
      'assignment',
      'reply',
      'note',
      'reply',
      'reply',
    ]);
    expect(rest.nextCursor).toBeNull();
  });

  test('an @name tells that user alone, once; e-mail addresses and unknown names tell nobody', async () => {
    const t = await setupCore();
    const [bo, cy, di] = await agents(t, 'bo', 'cy', 'di');
    const made = await t.call('workorders.create', workOrderOf());
    const events = recordEvents(t);
    const note = await t.call('workorders.reply', {
      id: made.id,
      body: '@Bo please look, and @bo again; mail cy@example.com or ask @nobody.',
      internal: true,
    });
    expect(note.mentionedIds).toEqual([bo!.user.id]);
    const everyone = [t.owner.user.id, bo!.user.id, cy!.user.id, di!.user.id];
    expect(events.map((e) => [e.name, seenBy(e, everyone)])).toEqual([
      ['workorder.changed', everyone],
      ['workorder.mentioned', [bo!.user.id]],
    ]);
    expect(events[1]!.data).toEqual({
      id: made.id,
      number: made.number,
      subject: made.subject,
      entryId: note.id,
      byName: t.owner.user.displayName,
    });
  });

  test('refuses an empty body and a missing work order, storing nothing', async () => {
    const t = await setupCore();
    const made = await t.call('workorders.create', workOrderOf());
    const before = workOrderRows(t);
    await t.fail('workorders.reply', { id: made.id, body: '   ' }, 'VALIDATION');
    await t.fail('workorders.reply', { id: 999, body: 'hello' }, 'NOT_FOUND');
    expect(workOrderRows(t)).toEqual(before);
  });
});
