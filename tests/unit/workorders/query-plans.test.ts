import { afterEach, expect, test } from 'vitest';
import type { Db } from '../../../electron/core/db/database';
import { createWorkOrderRepository } from '../../../electron/core/modules/workorders/repository';
import { WORK_ORDER_QUEUES, WORK_ORDER_SORTS } from '../../../shared/workorders/contract';
import { closeCores, DAY, MINUTE, setupCore, START } from '../core/helpers';

afterEach(closeCores);

/** The database, recording the text of every statement prepared through it. */
function recording(db: Db): { db: Db; prepared: string[] } {
  const prepared: string[] = [];
  const proxy = new Proxy(db, {
    get(target, key) {
      if (key === 'prepare') {
        return (sql: string) => {
          prepared.push(sql);
          return target.prepare(sql);
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: proxy, prepared };
}

/** How SQLite runs `sql`, every named parameter bound to 1. */
function planOf(db: Db, sql: string): string[] {
  const parameters = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name!, 1]));
  return db
    .prepare<Record<string, number>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(parameters)
    .map((row) => row.detail);
}

test('every queue page, in every sort, and every count walks an index: nothing is read whole or sorted', async () => {
  const t = await setupCore();
  const me = t.owner.user.id;
  const bo = await t.addUser('agent', 'bo');
  const base = recording(t.core.context.db);
  const repository = createWorkOrderRepository(base.db);
  // Two years of work orders, one in ten still open, as a company's database holds them.
  repository.insertMany(
    Array.from({ length: 5000 }, (_, i) => ({
      fields: {
        subject: `Printer ${i}`,
        description: null,
        contactId: null,
        companyId: null,
        priority: (['low', 'normal', 'high', 'urgent'] as const)[i % 4]!,
        category: null,
        dueAt: i % 3 === 0 ? null : START + ((i % 60) - 30) * DAY,
        channel: 'phone' as const,
      },
      assigneeId: i % 7 === 0 ? null : i % 2 === 0 ? me : bo.user.id,
      status: i % 7 === 0 ? ('new' as const) : i % 10 < 3 ? ('inProgress' as const) : ('closed' as const),
      createdBy: me,
      at: START - 730 * DAY + i * 10 * MINUTE,
    })),
  );
  t.core.context.db.exec('ANALYZE');

  const preparedAtStart = base.prepared.length;
  for (const queue of WORK_ORDER_QUEUES) {
    for (const sort of WORK_ORDER_SORTS) {
      const first = repository.list({
        queue,
        sort,
        filter: {},
        cursor: null,
        limit: 5,
        userId: me,
        now: START,
      });
      expect(first.nextCursor, `${queue} by ${sort}`).not.toBeNull();
      repository.list({
        queue,
        sort,
        filter: {},
        cursor: first.nextCursor,
        limit: 5,
        userId: me,
        now: START,
      });
    }
  }
  const pages = base.prepared.slice(preparedAtStart);
  expect(pages).toHaveLength(WORK_ORDER_QUEUES.length * WORK_ORDER_SORTS.length * 2);
  for (const sql of pages) {
    const plan = planOf(t.core.context.db, sql);
    // An open queue walks a partial index of open work orders; `all` one of every work order.
    const index = sql.includes("w.status IN ('new'") ? 'workorders_open_by_' : 'workorders_by_';
    expect(plan.join(' | '), sql).toMatch(new RegExp(`^(SEARCH|SCAN) w USING INDEX ${index}`));
    expect(plan.join(' | '), sql).not.toMatch(/TEMP B-TREE/);
  }
  const counts = base.prepared.find((sql) => sql.includes('AS unassigned'))!;
  expect(planOf(t.core.context.db, counts).filter((step) => /^SCAN (w|workorders)$/.test(step))).toEqual([]);
});
