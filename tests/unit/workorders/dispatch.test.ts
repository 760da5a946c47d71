import { afterEach, describe, expect, test } from 'vitest';
import {
  chooseAssignee,
  groupFor,
  type MemberLoad,
} from '../../../electron/core/modules/workorders/dispatch-rules';
import { mentionedUserIds } from '../../../electron/core/modules/workorders/mentions';
import { formatWorkOrderNumber } from '../../../electron/core/modules/workorders/number';
import { closeCores, issuePaths, MINUTE, setupCore } from '../core/helpers';
import { agents, oneGroup, workOrderOf, workOrderRows } from './helpers';

afterEach(closeCores);

const load = (open: number, lastAssignedAt: number | null = null, active = true): MemberLoad => ({
  active,
  open,
  lastAssignedAt,
});

describe('dispatch rules (pure)', () => {
  const group = { id: 1, memberIds: [1, 2, 3], categories: [], lastAssigneeId: null };

  test('round robin goes on after the last one chosen, in member order, skipping inactive members', () => {
    const loads = new Map([
      [1, load(0)],
      [2, load(0, null, false)],
      [3, load(0)],
    ]);
    const rr = { ...group, rule: 'roundRobin' as const };
    expect(chooseAssignee(rr, loads)).toBe(1);
    expect(chooseAssignee({ ...rr, lastAssigneeId: 1 }, loads)).toBe(3);
    expect(chooseAssignee({ ...rr, lastAssigneeId: 3 }, loads)).toBe(1);
    // The last one chosen has left the group: from the top.
    expect(chooseAssignee({ ...rr, lastAssigneeId: 99 }, loads)).toBe(1);
  });

  test('fewest open takes the lightest load; a tie goes to whoever waited longest for a new one', () => {
    const fo = { ...group, rule: 'fewestOpen' as const };
    expect(
      chooseAssignee(
        fo,
        new Map([
          [1, load(3)],
          [2, load(1)],
          [3, load(2)],
        ]),
      ),
    ).toBe(2);
    expect(
      chooseAssignee(
        fo,
        new Map([
          [1, load(1, 500)],
          [2, load(1, 100)],
          [3, load(4)],
        ]),
      ),
    ).toBe(2);
    expect(
      chooseAssignee(
        fo,
        new Map([
          [1, load(1, 500)],
          [2, load(1, 100)],
          [3, load(1)],
        ]),
      ),
    ).toBe(3);
    expect(
      chooseAssignee(
        fo,
        new Map([
          [1, load(5)],
          [2, load(0, null, false)],
          [3, load(6)],
        ]),
      ),
    ).toBe(1);
  });

  test('manual, or nobody active: unassigned', () => {
    expect(chooseAssignee({ ...group, rule: 'manual' }, new Map([[1, load(0)]]))).toBeNull();
    expect(chooseAssignee({ ...group, rule: 'roundRobin' }, new Map([[1, load(0, null, false)]]))).toBeNull();
  });

  test('a category goes to the group that lists it (any case), others to the first group that lists none', () => {
    const groups = [
      { ...group, id: 1, rule: 'manual' as const, categories: ['Billing'] },
      { ...group, id: 2, rule: 'roundRobin' as const, categories: [] },
      { ...group, id: 3, rule: 'roundRobin' as const, categories: ['Hardware'] },
    ];
    expect(groupFor(groups, 'hardware')?.id).toBe(3);
    expect(groupFor(groups, 'Billing')?.id).toBe(1);
    expect(groupFor(groups, 'Other')?.id).toBe(2);
    expect(groupFor(groups, null)?.id).toBe(2);
    expect(groupFor(groups.slice(2), 'Other')).toBeNull();
  });
});

describe('mentions and numbers (pure)', () => {
  const users = [
    { id: 1, username: 'sam', active: true },
    { id: 2, username: 'li.na', active: true },
    { id: 3, username: 'gone', active: false },
    { id: 4, username: '王伟', active: true },
  ];

  test('@username tokens name active users, once each, in order; e-mail addresses do not', () => {
    expect(mentionedUserIds('@li.na and @SAM, then @sam again.', users)).toEqual([2, 1]);
    expect(mentionedUserIds('Thanks @sam.', users)).toEqual([1]);
    expect(mentionedUserIds('请 @王伟 看一下', users)).toEqual([4]);
    expect(mentionedUserIds('write to sam@example.com or a@b.com', users)).toEqual([]);
    expect(mentionedUserIds('@gone @nobody @', users)).toEqual([]);
  });

  test('numbers are WO-<year>-<six digits or more>', () => {
    expect(formatWorkOrderNumber(2026, 123)).toBe('WO-2026-000123');
    expect(formatWorkOrderNumber(2026, 1_234_567)).toBe('WO-2026-1234567');
  });
});

describe('dispatch on create', () => {
  test('round robin within a group, continuing after the last one chosen, skipping who left', async () => {
    const t = await setupCore();
    const [bo, cy, di] = await agents(t, 'bo', 'cy', 'di');
    await oneGroup(t, 'roundRobin', [bo!, cy!, di!]);
    const assignees: (number | null)[] = [];
    for (let i = 0; i < 4; i++) assignees.push((await t.call('workorders.create', workOrderOf())).assigneeId);
    t.deactivate(bo!.user.id);
    for (let i = 0; i < 2; i++) assignees.push((await t.call('workorders.create', workOrderOf())).assigneeId);
    const [b, c, d] = [bo!.user.id, cy!.user.id, di!.user.id];
    expect(assignees).toEqual([b, c, d, b, c, d]);
  });

  test('fewest open: the least loaded agent, then the one longest without a new work order', async () => {
    const t = await setupCore();
    const [bo, cy] = await agents(t, 'bo', 'cy');
    // Bo already holds two open work orders, given by hand.
    for (let i = 0; i < 2; i++) await t.call('workorders.create', workOrderOf({ assigneeId: bo!.user.id }));
    await oneGroup(t, 'fewestOpen', [bo!, cy!]);
    const assigned: (number | null)[] = [];
    for (let i = 0; i < 3; i++) {
      t.clock.advance(MINUTE);
      assigned.push((await t.call('workorders.create', workOrderOf())).assigneeId);
    }
    // Cy takes two (0 then 1 open), then both hold 2 and Bo has waited longer.
    expect(assigned).toEqual([cy!.user.id, cy!.user.id, bo!.user.id]);
    const done = await t.call('workorders.list', { queue: 'open', filter: { assigneeId: cy!.user.id } });
    for (const order of done.items) {
      await t.call('workorders.setStatus', { id: order.id, version: order.version, status: 'closed' });
    }
    expect((await t.call('workorders.create', workOrderOf())).assigneeId).toBe(cy!.user.id);
  });

  test('categories route to their group; a manual group, or none, leaves it unassigned', async () => {
    const t = await setupCore();
    const [bo, cy] = await agents(t, 'bo', 'cy');
    await t.call('workorders.dispatch.save', {
      version: 0,
      groups: [
        { name: 'Hardware', rule: 'roundRobin', memberIds: [bo!.user.id], categories: ['Hardware'] },
        { name: 'Billing', rule: 'manual', memberIds: [cy!.user.id], categories: ['Billing'] },
      ],
    });
    const hardware = await t.call('workorders.create', workOrderOf({ category: 'hardware' }));
    const billing = await t.call('workorders.create', workOrderOf({ category: 'Billing' }));
    const other = await t.call('workorders.create', workOrderOf({ category: 'Other' }));
    const byHand = await t.call('workorders.create', workOrderOf({ category: 'Hardware', assigneeId: null }));
    expect([hardware, billing, other, byHand].map((w) => [w.assigneeId, w.status])).toEqual([
      [bo!.user.id, 'assigned'],
      [null, 'new'],
      [null, 'new'],
      [null, 'new'],
    ]);
  });

  test('no dispatch group at all: unassigned', async () => {
    const t = await setupCore();
    expect(await t.call('workorders.create', workOrderOf())).toMatchObject({
      assigneeId: null,
      status: 'new',
    });
  });
});

describe('workorders.dispatch.save', () => {
  test('saves groups in order with a new version; a kept group keeps its id; stale is CONFLICT', async () => {
    const t = await setupCore();
    const [bo, cy] = await agents(t, 'bo', 'cy');
    expect(await t.call('workorders.dispatch.get', {})).toEqual({ version: 0, groups: [] });
    const saved = await t.call('workorders.dispatch.save', {
      version: 0,
      groups: [
        { name: 'First line', rule: 'roundRobin', memberIds: [cy!.user.id, bo!.user.id], categories: [] },
        { name: 'Billing', rule: 'fewestOpen', memberIds: [bo!.user.id], categories: ['Billing', 'Refunds'] },
      ],
    });
    expect(saved.version).toBe(1);
    expect(saved.groups.map((g) => [g.name, g.rule, g.memberIds, g.categories])).toEqual([
      ['First line', 'roundRobin', [cy!.user.id, bo!.user.id], []],
      ['Billing', 'fewestOpen', [bo!.user.id], ['Billing', 'Refunds']],
    ]);
    const [first] = saved.groups;
    const again = await t.call('workorders.dispatch.save', {
      version: 1,
      groups: [{ ...first!, name: 'Front desk' }],
    });
    expect(again.groups).toEqual([{ ...first!, name: 'Front desk' }]);
    await t.fail('workorders.dispatch.save', { version: 1, groups: [] }, 'CONFLICT');
    expect(await t.call('workorders.dispatch.get', {})).toEqual(again);
  });

  test('refuses unknown members, a member twice, a category in two groups, an unknown group id', async () => {
    const t = await setupCore();
    const [bo] = await agents(t, 'bo');
    const before = workOrderRows(t);
    const error = await t.fail(
      'workorders.dispatch.save',
      {
        version: 0,
        groups: [
          { name: 'A', rule: 'roundRobin', memberIds: [bo!.user.id, bo!.user.id, 999], categories: ['X'] },
          { name: 'B', rule: 'manual', memberIds: [], categories: ['x'] },
        ],
      },
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual([
      'groups.0.memberIds.1',
      'groups.0.memberIds.2',
      'groups.1.categories.0',
    ]);
    const unknown = await t.fail(
      'workorders.dispatch.save',
      { version: 0, groups: [{ id: 5, name: 'A', rule: 'manual', memberIds: [], categories: [] }] },
      'VALIDATION',
    );
    expect(issuePaths(unknown)).toEqual(['groups.0.id']);
    expect(workOrderRows(t)).toEqual(before);
  });

  test('only admins and owners may save them; staff may read them', async () => {
    const t = await setupCore();
    const [bo] = await agents(t, 'bo');
    expect(await t.call('workorders.dispatch.get', {}, bo!.token)).toEqual({ version: 0, groups: [] });
    await t.fail('workorders.dispatch.save', { version: 0, groups: [] }, 'FORBIDDEN', { token: bo!.token });
  });
});
