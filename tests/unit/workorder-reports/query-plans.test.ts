import { afterEach, expect, test, vi } from 'vitest';
import type { Db } from '../../../electron/core/db/database';
import { createWorkOrderReportRepository } from '../../../electron/core/modules/workorders/reports/repository';
import { closeCores, DAY, MINUTE, setupCore, START } from '../core/helpers';

afterEach(closeCores);

/** How SQLite runs `sql`, every named parameter bound to 1. */
function planOf(db: Db, sql: string): string {
  const parameters = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name!, 1]));
  return db
    .prepare<Record<string, number>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(parameters)
    .map((row) => row.detail)
    .join(' | ');
}

test('the report reads work orders by index ranges only, the averages and the load from the index alone', async () => {
  const t = await setupCore();
  const me = t.owner.user.id;
  // Two years of work orders, nine in ten resolved or closed, as a company's database holds them.
  t.core.context.workOrders.insertMany(
    Array.from({ length: 5000 }, (_, i) => ({
      fields: {
        subject: `Printer ${i}`,
        description: null,
        contactId: null,
        companyId: null,
        priority: 'normal' as const,
        category: null,
        dueAt: null,
        channel: 'phone' as const,
      },
      assigneeId: i % 7 === 0 ? null : me,
      status:
        i % 10 === 0 ? ('inProgress' as const) : i % 2 === 0 ? ('resolved' as const) : ('closed' as const),
      createdBy: me,
      at: START - 730 * DAY + i * 200 * MINUTE,
    })),
  );
  const db = t.core.context.db;
  db.exec('ANALYZE');
  const prepare = vi.spyOn(db, 'prepare');
  createWorkOrderReportRepository(db);
  const statements = prepare.mock.calls.map(([sql]) => sql);
  prepare.mockRestore();

  expect(statements).toHaveLength(4);
  for (const sql of statements) {
    const plan = planOf(db, sql);
    // No pass over the table itself: an index's range, or the partial index of open work orders.
    expect(plan, sql).not.toMatch(/SCAN (w|r|workorders)( \||$)/);
    // Nothing sorted: each statement reads its index in order.
    expect(plan, sql).not.toMatch(/TEMP B-TREE/);
    if (sql.includes('total(')) {
      expect(plan, sql).toMatch(/SEARCH r USING COVERING INDEX workorders_by_resolved/);
      // Covering for one assignee too: the assignee's id is in the index beside the time.
      expect(plan, sql).toMatch(
        /SEARCH w USING COVERING INDEX workorders_by_created(_assignee)? \(created_at>/,
      );
    } else {
      expect(plan, sql).toMatch(/(SCAN|SEARCH) w USING COVERING INDEX workorders_open_load/);
    }
  }
});
