import { afterEach, describe, expect, test } from 'vitest';
import type { WorkOrderQueue, WorkOrderSort } from '../../../shared/workorders/contract';
import { closeCores, DAY, HOUR, MINUTE, setupCore, START, type TestCore } from '../core/helpers';
import { agents, workOrderOf } from './helpers';

afterEach(closeCores);

const subjects = (items: readonly { subject: string }[]) => items.map((item) => item.subject);

/**
 * The owner, agent Bo, and five work orders made a minute apart:
 * A mine (owner) urgent due in 1 h · B Bo's, due in 3 h · C unassigned, low · D unassigned, closed · E mine, high, due in 2 h.
 */
async function scene() {
  const t = await setupCore();
  const [bo] = await agents(t, 'bo');
  const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Huawei' });
  const me = t.owner.user.id;
  const make = async (subject: string, extra: Parameters<typeof workOrderOf>[0]) => {
    t.clock.advance(MINUTE);
    return t.call('workorders.create', workOrderOf({ subject, assigneeId: null, ...extra }));
  };
  const a = await make('A', { assigneeId: me, priority: 'urgent', dueAt: START + HOUR, contactId: ann.id });
  const b = await make('B', { assigneeId: bo!.user.id, dueAt: START + 3 * HOUR, category: 'Hardware' });
  const c = await make('C', { priority: 'low', companyId: ann.companyId });
  const d = await make('D', { category: 'hardware' });
  await t.call('workorders.setStatus', { id: d.id, version: d.version, status: 'closed' });
  const e = await make('E', { assigneeId: me, priority: 'high', dueAt: START + 2 * HOUR });
  return { t, bo: bo!, ann, a, b, c, d, e };
}

const list = async (t: TestCore, queue: WorkOrderQueue, extra: Record<string, unknown> = {}) =>
  subjects((await t.call('workorders.list', { queue, ...extra })).items);

describe('queues and counts', () => {
  test('mine, unassigned, open, overdue and all hold what their names say, with counts to match', async () => {
    const { t, bo } = await scene();
    expect(await list(t, 'mine')).toEqual(['E', 'A']);
    expect(await list(t, 'unassigned')).toEqual(['C']);
    expect(await list(t, 'open')).toEqual(['E', 'C', 'B', 'A']);
    expect(await list(t, 'overdue')).toEqual([]);
    expect(await list(t, 'all')).toEqual(['E', 'D', 'C', 'B', 'A']);
    expect(await t.call('workorders.counts', {})).toEqual({
      mine: 2,
      unassigned: 1,
      open: 4,
      overdue: 0,
      all: 5,
    });
    expect(await t.call('workorders.counts', {}, bo.token)).toMatchObject({ mine: 1 });
    expect(subjects((await t.call('workorders.list', { queue: 'mine' }, bo.token)).items)).toEqual(['B']);
  });

  test('overdue follows the clock: open work orders due before now, not closed ones', async () => {
    const { t, a, e } = await scene();
    t.clock.set(START + 2 * HOUR + MINUTE);
    expect(await list(t, 'overdue', { sort: 'due' })).toEqual(['A', 'E']);
    expect((await t.call('workorders.counts', {})).overdue).toBe(2);
    await t.call('workorders.setStatus', { id: a.id, version: a.version, status: 'resolved' });
    expect(await list(t, 'overdue')).toEqual(['E']);
    t.clock.set(START + DAY);
    expect(await list(t, 'overdue', { sort: 'due' })).toEqual(['E', 'B']);
    expect((await t.call('workorders.counts', {})).overdue).toBe(2);
    expect(e.dueAt).toBe(START + 2 * HOUR);
  });

  test('the default list is every work order, latest updated first', async () => {
    const { t } = await scene();
    expect(subjects((await t.call('workorders.list', {})).items)).toEqual(['E', 'D', 'C', 'B', 'A']);
  });
});

describe('sorts', () => {
  test.each([
    ['updated', ['E', 'D', 'C', 'B', 'A']],
    ['created', ['E', 'D', 'C', 'B', 'A']],
    ['due', ['A', 'E', 'B', 'C', 'D']],
    ['priority', ['A', 'E', 'D', 'B', 'C']],
  ] as const)('%s', async (sort, expected) => {
    const { t } = await scene();
    expect(await list(t, 'all', { sort })).toEqual(expected);
  });

  test('a reply moves a work order to the top of the updated sort, not the created one', async () => {
    const { t, b } = await scene();
    t.clock.advance(MINUTE);
    await t.call('workorders.reply', { id: b.id, body: 'On my way' });
    expect((await list(t, 'all', { sort: 'updated' }))[0]).toBe('B');
    expect((await list(t, 'all', { sort: 'created' }))[0]).toBe('E');
  });
});

describe('filters', () => {
  test('by status, priority, assignee, customer, category and creation time', async () => {
    const { t, bo, ann } = await scene();
    expect(await list(t, 'all', { filter: { statuses: ['closed', 'assigned'] } })).toEqual([
      'E',
      'D',
      'B',
      'A',
    ]);
    expect(await list(t, 'all', { filter: { priorities: ['urgent', 'low'] } })).toEqual(['C', 'A']);
    expect(await list(t, 'all', { filter: { assigneeId: bo.user.id } })).toEqual(['B']);
    expect(await list(t, 'all', { filter: { contactId: ann.id } })).toEqual(['A']);
    expect(await list(t, 'all', { filter: { companyId: ann.companyId! } })).toEqual(['C']);
    expect(await list(t, 'all', { filter: { category: 'HARDWARE' } })).toEqual(['D', 'B']);
    expect(
      await list(t, 'all', { filter: { createdFrom: START + 2 * MINUTE, createdTo: START + 4 * MINUTE } }),
    ).toEqual(['D', 'C', 'B']);
    expect(await list(t, 'open', { filter: { category: 'hardware' } })).toEqual(['B']);
  });

  test('text finds number, subject and description words and their beginnings, Chinese too', async () => {
    const t = await setupCore();
    const printer = await t.call('workorders.create', workOrderOf({ description: 'Paper jam in tray 2' }));
    const chinese = await t.call(
      'workorders.create',
      workOrderOf({ subject: '打印机卡纸', description: '客户张伟明天上午在家' }),
    );
    const find = async (text: string) =>
      (await t.call('workorders.list', { filter: { text } })).items.map((w) => w.id);
    expect(await find('printer')).toEqual([printer.id]);
    expect(await find('pap')).toEqual([printer.id]);
    expect(await find('tray jam')).toEqual([printer.id]);
    expect(await find('打印')).toEqual([chinese.id]);
    expect(await find('张伟')).toEqual([chinese.id]);
    expect(await find(chinese.number)).toEqual([chinese.id]);
    expect(await find(` ${chinese.number.toLowerCase()} `)).toEqual([chinese.id]);
    expect(await find('2')).toEqual([chinese.id, printer.id]);
    expect(await find('000002')).toEqual([chinese.id]);
    expect(await find('nothing here')).toEqual([]);
    expect(await find('"*')).toEqual([]);
    const renamed = await t.call('workorders.update', {
      id: printer.id,
      version: 1,
      patch: { subject: 'Scanner broken', description: null },
    });
    expect(renamed.description).toBeNull();
    expect(await find('printer')).toEqual([]);
    expect(await find('scanner')).toEqual([printer.id]);
  });

  test('words matching thousands of work orders page in sort order as rare words do', async () => {
    const t = await setupCore();
    const me = t.owner.user.id;
    const orders = Array.from({ length: 4200 }, (_, i) => ({
      fields: {
        subject: i % 2 === 0 ? `Printer ${i}` : `Router ${i}`,
        description: null,
        contactId: null,
        companyId: null,
        priority: 'normal' as const,
        category: null,
        dueAt: START + ((i * 7919) % 4200) * MINUTE,
        channel: 'phone' as const,
      },
      assigneeId: i % 3 === 0 ? null : me,
      status: i % 3 === 0 ? ('new' as const) : ('closed' as const),
      createdBy: me,
      at: START - DAY + ((i * 104_729) % 4200) * MINUTE,
    }));
    t.core.context.workOrders.insertMany(orders);
    const expected = orders
      .map((order, i) => ({ id: i + 1, ...order }))
      .filter((order) => order.fields.subject.startsWith('Printer') && order.status === 'new')
      .sort((a, b) => a.fields.dueAt - b.fields.dueAt || a.id - b.id)
      .map((order) => order.id);
    const walked: number[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: { items: { id: number }[]; nextCursor: string | null } = await t.call('workorders.list', {
        queue: 'unassigned',
        sort: 'due',
        filter: { text: 'printer' },
        cursor,
        limit: 100,
      });
      walked.push(...result.items.map((w) => w.id));
      cursor = result.nextCursor;
    }
    expect(walked).toEqual(expected.slice(0, 300));
    const newest = await t.call('workorders.list', { filter: { text: 'print' }, limit: 5 });
    const printers = orders
      .map((order, i) => ({ id: i + 1, at: order.at, printer: order.fields.subject.startsWith('Printer') }))
      .filter((order) => order.printer)
      .sort((a, b) => b.at - a.at || b.id - a.id);
    expect(newest.items.map((w) => w.id)).toEqual(printers.slice(0, 5).map((order) => order.id));
  });

  test('a customer filter on a customer hidden from the caller is NOT_FOUND', async () => {
    const t = await setupCore();
    const [sam] = await agents(t, 'sam');
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    const settings = await t.call('company.settings.get', {});
    await t.call('company.settings.update', {
      version: settings.version,
      patch: { customerVisibility: 'own' },
    });
    await t.fail('workorders.list', { filter: { contactId: ann.id } }, 'NOT_FOUND', { token: sam!.token });
  });
});

describe('cursor paging', () => {
  test.each(['updated', 'created', 'due', 'priority'] as const)(
    'walks %s in pages without gaps or repeats, even with equal keys',
    async (sort: WorkOrderSort) => {
      const t = await setupCore();
      const priorities = ['low', 'normal', 'high', 'urgent'] as const;
      const made: number[] = [];
      for (let i = 0; i < 23; i++) {
        // Three at each moment, so that page edges fall between equal sort keys.
        if (i % 3 === 0) t.clock.advance(MINUTE);
        const dueAt = i % 4 === 0 ? null : START + (i % 5) * HOUR;
        const order = await t.call(
          'workorders.create',
          workOrderOf({ subject: `W${i}`, priority: priorities[i % 4], dueAt }),
        );
        made.push(order.id);
      }
      const whole = (await t.call('workorders.list', { sort, limit: 200 })).items.map((w) => w.id);
      const walked: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: number }[]; nextCursor: string | null } = await t.call('workorders.list', {
          sort,
          cursor,
          limit: 5,
        });
        walked.push(...page.items.map((w) => w.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(walked).toEqual(whole);
      expect([...walked].sort((x, y) => x - y)).toEqual(made);
    },
  );

  test('a cursor made for another sort, or garbage, is refused', async () => {
    const t = await setupCore();
    for (let i = 0; i < 3; i++) await t.call('workorders.create', workOrderOf());
    const { nextCursor } = await t.call('workorders.list', { sort: 'due', limit: 1 });
    await t.fail('workorders.list', { sort: 'updated', cursor: nextCursor }, 'VALIDATION');
    await t.fail('workorders.list', { cursor: 'garbage' }, 'VALIDATION');
  });
});
