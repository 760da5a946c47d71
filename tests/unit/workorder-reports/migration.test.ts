import type Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { createWorkOrderViewRepository } from '../../../electron/core/modules/workorders/views/repository';
import { aroundMigration, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('workorder_views');
const database = useDatabases();

const indexes = (db: Database.Database) =>
  db
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name`)
    .all()
    .map((row) => row.name);

const URGENT = { name: 'Urgent', shared: false, queue: 'open' as const, filter: {}, sort: 'due' as const };

test('from an empty database: the saved views and the report indexes', () => {
  const db = database();
  migrate(db, upTo);
  expect(indexes(db)).toEqual(
    expect.arrayContaining([
      'workorder_views_by_owner',
      'workorders_by_resolved',
      'workorders_by_created_assignee',
      'workorders_open_load',
    ]),
  );
  db.exec(`INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0)`);
  const views = createWorkOrderViewRepository(db);
  expect(views.create(1, URGENT, 5)).toMatchObject({ name: 'Urgent', ownerName: 'Olivia', version: 1 });
});

test('from the version before: existing users save views, and resolved work orders are indexed', () => {
  const db = database();
  migrate(db, before);
  db.exec(`
    INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
      VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0);
    INSERT INTO workorders (id, number, subject, status, created_by, created_at, updated_at, resolved_at)
      VALUES (1, 'WO-2025-000001', 'Router', 'resolved', 1, 10, 20, 20);`);
  migrate(db, upTo);
  expect(db.pragma('user_version', { simple: true })).toBe(upTo.at(-1)!.version);
  expect(createWorkOrderViewRepository(db).create(1, URGENT, 5).ownerId).toBe(1);
  const resolved = db
    .prepare('SELECT id FROM workorders INDEXED BY workorders_by_resolved WHERE resolved_at >= 0')
    .all();
  expect(resolved).toEqual([{ id: 1 }]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
});
