import type Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { aroundMigration, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('reminders');
const database = useDatabases();

const indexes = (db: Database.Database) =>
  db
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL`)
    .all()
    .map((row) => row.name);

test('from an empty database: follow-ups get reminded_at and the reminder and company indexes', () => {
  const db = database();
  migrate(db, upTo);
  const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('followups')`).all();
  expect(columns.map((c) => c.name)).toContain('reminded_at');
  expect(indexes(db)).toEqual(expect.arrayContaining(['followups_to_remind', 'contacts_by_company']));
});

test('from version 3: follow-ups already overdue count as reminded, later ones wait for theirs', () => {
  const db = database();
  migrate(db, before);
  const now = Date.now();
  db.exec(`
    INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
      VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0);
    INSERT INTO companies (id, name, name_key, created_at, updated_at) VALUES (1, 'Acme', 'acme', 0, 0);`);
  const insert = db.prepare(
    `INSERT INTO followups (id, kind, subject, company_id, due_at, assignee_id, created_by, created_at, updated_at)
     VALUES (?, 'call', 'x', 1, ?, 1, 1, 0, 0)`,
  );
  insert.run(1, now - 86_400_000);
  insert.run(2, now + 86_400_000);
  insert.run(3, null);
  migrate(db, upTo);
  const rows = db
    .prepare<[], { id: number; reminded_at: number | null }>(
      'SELECT id, reminded_at FROM followups ORDER BY id',
    )
    .all();
  expect(rows.map((row) => [row.id, row.reminded_at === null])).toEqual([
    [1, false],
    [2, true],
    [3, true],
  ]);
  expect(rows[0]!.reminded_at).toBeGreaterThanOrEqual(now);
});
