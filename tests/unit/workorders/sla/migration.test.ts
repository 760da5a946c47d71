import { expect, test } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { createWorkOrderRepository } from '../../../../electron/core/modules/workorders/repository';
import { createSlaRepository } from '../../../../electron/core/modules/workorders/sla/repository';
import { createSlaService } from '../../../../electron/core/modules/workorders/sla/service';
import { DEFAULT_SLA } from '../../../../shared/workorders/sla';
import { aroundMigration, useDatabases } from '../../core/migration-helpers';

const { before, upTo } = aroundMigration('sla');
const database = useDatabases();

const HOUR = 3_600_000;
/** Monday 6 January 2025, 09:00 UTC. */
const MONDAY = Date.UTC(2025, 0, 6, 9);

test('from an empty database: default SLA settings, timer columns and the SLA sort indexes', () => {
  const db = database();
  migrate(db, upTo);
  const indexes = db
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name`)
    .all()
    .map((row) => row.name);
  expect(indexes).toEqual(
    expect.arrayContaining([
      'workorders_open_by_sla',
      'workorders_open_by_assignee_sla',
      'workorders_by_sla',
      'workorders_sla_breach',
    ]),
  );
  const settings = createSlaService(createSlaRepository(db), 'Europe/Berlin').settings();
  expect(settings).toEqual({ ...DEFAULT_SLA, timeZone: 'Europe/Berlin', version: 0 });
});

test('from version 12: open work orders get their timers at the first start, closed ones none', () => {
  const db = database();
  migrate(db, before);
  db.exec(`
    INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
      VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0);
    INSERT INTO workorders (id, number, subject, priority, status, created_by, created_at, updated_at)
      VALUES (1, 'WO-2025-000001', 'Open', 'urgent', 'new', 1, ${MONDAY}, ${MONDAY}),
             (2, 'WO-2025-000002', 'Closed', 'urgent', 'closed', 1, ${MONDAY}, ${MONDAY});`);
  migrate(db, upTo);
  const sla = createSlaService(createSlaRepository(db), 'UTC');
  sla.applyIfPending(MONDAY + 2 * HOUR);
  const workOrders = createWorkOrderRepository(db);
  expect(workOrders.get(1).sla).toMatchObject({
    firstResponseDueAt: MONDAY + HOUR,
    resolutionDueAt: MONDAY + 9 * HOUR,
    dueAt: MONDAY + HOUR,
  });
  expect(workOrders.get(2).sla.dueAt).toBeNull();
  // A target already past when the timers were first computed is recorded, without a notice.
  expect(workOrders.get(1).sla.firstResponseBreachedAt).toBe(MONDAY + HOUR);
  expect(sla.takeBreaches(MONDAY + 2 * HOUR, 10)).toEqual([]);
  expect(sla.nextBreachAt()).toBe(MONDAY + 9 * HOUR);
  expect(db.pragma('foreign_key_check')).toEqual([]);
});
