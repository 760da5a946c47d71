import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../../shared/auth/contract';
import type { WorkOrder } from '../../../shared/workorders/contract';
import { CallError } from '../../../renderer/bridge/CallError';
import { rebaseValues } from '../../../renderer/forms/rebase';
import { toDueInput } from '../../../renderer/followups/dueInput';
import {
  dispatchInputOf,
  groupFieldKey,
  newGroup,
  validateDispatch,
} from '../../../renderer/workorders/dispatchFormValues';
import { insertMention, mentionAt, mentionSuggestions } from '../../../renderer/workorders/mentions';
import { filterCount, filterOf, isOverdue, NO_FILTER } from '../../../renderer/workorders/queueFilter';
import {
  inputOf,
  patchOf,
  sameFieldValue,
  serverFieldErrors,
  validateWorkOrder,
  valuesOf,
  WORK_ORDER_FIELDS,
} from '../../../renderer/workorders/workOrderFormValues';
import { translator } from './translator';

let t: TFunction;
beforeAll(async () => {
  t = await translator('en');
});

function workOrder(overrides: Partial<WorkOrder> = {}): WorkOrder {
  return {
    id: 7,
    number: 'WO-2026-000007',
    subject: 'Printer jams',
    description: null,
    contactId: 3,
    contactName: 'Ann Lee',
    companyId: null,
    companyName: null,
    priority: 'normal',
    category: null,
    status: 'assigned',
    assigneeId: 2,
    assigneeName: 'Bo Chen',
    watchers: [],
    dueAt: null,
    channel: 'phone',
    createdBy: 1,
    createdByName: 'Li Na',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    replyCount: 0,
    version: 3,
    sla: {
      firstResponseDueAt: null,
      resolutionDueAt: null,
      pausedAt: null,
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
      dueAt: null,
    },
    ...overrides,
  };
}

describe('the work order form', () => {
  it('sends only what the user changed, with the due time as an instant', () => {
    const saved = workOrder({ description: 'Tray 2', category: 'Repair' });
    const values = { ...valuesOf(saved), subject: '  Printer jams on tray 2 ', due: '2031-03-04T10:30' };
    expect(patchOf(saved, values)).toEqual({
      subject: 'Printer jams on tray 2',
      dueAt: new Date('2031-03-04T10:30').getTime(),
    });
    expect(patchOf(saved, valuesOf(saved))).toEqual({});
  });

  it('clears a field the user emptied and takes watchers as ids', () => {
    const saved = workOrder({ category: 'Repair', watchers: [{ id: 4, name: 'Wu' }] });
    const values = { ...valuesOf(saved), category: '  ', watcherIds: ['4', '5'] };
    expect(patchOf(saved, values)).toEqual({ category: null, watcherIds: [4, 5] });
  });

  it('refuses a blank subject and a due time that is no date, beside those fields', () => {
    const values = { ...valuesOf(workOrder()), subject: '   ', due: 'soon' };
    const errors = validateWorkOrder(values);
    expect(Object.keys(errors).sort()).toEqual(['due', 'subject']);
    expect(errors.subject?.(t)).toBe('Please fill this in.');
    expect(validateWorkOrder(valuesOf(workOrder()))).toEqual({});
  });

  it('puts a refusal beside its field, saying why a user or customer was refused', () => {
    const refusal = new CallError('workorders.update', {
      code: 'VALIDATION',
      message: 'Some fields are not valid.',
      details: {
        issues: [
          { path: ['patch', 'watcherIds', '1'], message: 'no such active user' },
          { path: ['patch', 'dueAt'], message: 'invalid' },
        ],
      },
    });
    const errors = serverFieldErrors(refusal);
    expect(Object.keys(errors).sort()).toEqual(['due', 'watcherIds']);
    expect(errors.watcherIds?.(t)).toBe(
      'One of these users cannot follow work orders any more; take them off.',
    );
    expect(serverFieldErrors(new CallError('workorders.update', { code: 'CONFLICT', message: '' }))).toEqual(
      {},
    );
  });

  it('leaves the assignee to the dispatch rules unless one is chosen', () => {
    const values = { ...valuesOf(workOrder()), subject: 'Noisy fan' };
    const customer = { contactId: 3, companyId: 9 };
    expect(inputOf(values, customer, null)).not.toHaveProperty('assigneeId');
    expect(inputOf(values, customer, '2')).toMatchObject({ assigneeId: 2, contactId: 3, companyId: 9 });
  });

  it('after a stale save keeps what the user typed and takes the rest from the newer version', () => {
    const original = workOrder({ description: 'Tray 2' });
    const latest = workOrder({ description: 'Tray 2 and 3', priority: 'urgent', version: 4 });
    const mine = { ...valuesOf(original), subject: 'Printer jams badly', description: 'Tray 2, daily' };
    const rebased = rebaseValues(
      WORK_ORDER_FIELDS,
      valuesOf(original),
      valuesOf(latest),
      mine,
      sameFieldValue,
    );
    expect(rebased.values).toMatchObject({
      subject: 'Printer jams badly',
      description: 'Tray 2, daily',
      priority: 'urgent',
    });
    expect(rebased.clashes).toEqual(['description']);
  });

  it('shows a saved due time in the local time it was set to', () => {
    const dueAt = new Date(2031, 2, 4, 10, 30).getTime();
    expect(valuesOf(workOrder({ dueAt })).due).toBe(toDueInput(dueAt));
    expect(patchOf(workOrder({ dueAt }), valuesOf(workOrder({ dueAt })))).toEqual({});
  });
});

describe('the queue filters', () => {
  it('asks only for what is set, a created range covering both whole local days', () => {
    const filter = filterOf({
      ...NO_FILTER,
      statuses: ['new', 'inProgress'],
      assigneeId: '2',
      customer: { id: 3, name: 'Ann Lee', companyId: null },
      category: ' Repair ',
      createdFrom: '2026-03-01',
      createdTo: '2026-03-31',
      text: '  jam ',
    });
    expect(filter).toEqual({
      statuses: ['new', 'inProgress'],
      assigneeId: 2,
      contactId: 3,
      category: 'Repair',
      createdFrom: new Date(2026, 2, 1).getTime(),
      createdTo: new Date(2026, 3, 1).getTime() - 1,
      text: 'jam',
    });
    expect(filterOf(NO_FILTER)).toEqual({});
  });

  it('drops a date that is not one and counts the filters in use, search aside', () => {
    expect(filterOf({ ...NO_FILTER, createdFrom: '2026-13' })).toEqual({});
    expect(filterCount({ ...NO_FILTER, priorities: ['urgent'], text: 'jam' })).toBe(1);
  });

  it('calls an open work order overdue once its due time is past, never a resolved one', () => {
    const now = 1_800_000_000_000;
    expect(isOverdue({ dueAt: now - 1, status: 'inProgress' }, now)).toBe(true);
    expect(isOverdue({ dueAt: now + 60_000, status: 'inProgress' }, now)).toBe(false);
    expect(isOverdue({ dueAt: now - 1, status: 'resolved' }, now)).toBe(false);
    expect(isOverdue({ dueAt: null, status: 'new' }, now)).toBe(false);
  });
});

describe('@ mentions in the composer', () => {
  const users: User[] = [
    { id: 1, username: 'lina', displayName: 'Li Na', role: 'owner', active: true },
    { id: 2, username: 'bo.chen', displayName: 'Bo Chen', role: 'agent', active: true },
    { id: 3, username: 'bob', displayName: 'Bob Old', role: 'staff', active: false },
    { id: 4, username: 'wu', displayName: 'Wu Bo', role: 'staff', active: true },
  ];

  it('finds the name typed after an @, but not inside an e-mail address', () => {
    expect(mentionAt('Thanks @bo', 10)).toEqual({ start: 7, query: 'bo' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('mail ann@bo', 11)).toBeNull();
    expect(mentionAt('no mention here', 15)).toBeNull();
  });

  it('suggests active colleagues by username or name, usernames first, never oneself', () => {
    expect(mentionSuggestions(users, 'bo', 1).map((user) => user.username)).toEqual(['bo.chen', 'wu']);
    expect(mentionSuggestions(users, 'li', 1)).toEqual([]);
  });

  it('puts the chosen username in place of what was typed, the caret after it', () => {
    const text = 'Ask @b about it';
    const mention = mentionAt(text, 6)!;
    expect(insertMention(text, mention, 6, 'bo.chen')).toEqual({
      text: 'Ask @bo.chen about it',
      caret: 13,
    });
  });
});

describe('the dispatch settings form', () => {
  it('sends new groups without an id, members as ids and no blank categories', () => {
    const group = {
      ...newGroup('new-0'),
      name: ' Field team ',
      memberIds: ['2', '4'],
      categories: ['Repair', ' '],
    };
    expect(dispatchInputOf(3, [group])).toEqual({
      version: 3,
      groups: [{ name: 'Field team', rule: 'roundRobin', memberIds: [2, 4], categories: ['Repair'] }],
    });
  });

  it('refuses a group without a name, beside that group’s name', () => {
    const errors = validateDispatch(0, [{ ...newGroup('a'), name: 'Desk' }, newGroup('b')]);
    expect(Object.keys(errors)).toEqual([groupFieldKey(1, 'name')]);
  });
});
