import type Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { aroundMigration, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('custom_fields');
const database = useDatabases();

const columns = (db: Database.Database, table: string) =>
  db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
    .all()
    .map((row) => row.name);

const insertField = (db: Database.Database, id: number, label: string, archived = 0) =>
  db
    .prepare(
      `INSERT INTO custom_fields (id, entity, label, label_key, type, archived, position, created_at, updated_at)
       VALUES (?, 'contact', ?, lower(?), 'text', ?, ?, 0, 0)`,
    )
    .run(id, label, label, archived, id);

test('from an empty database: the definitions table, and custom values on contacts and deals', () => {
  const db = database();
  migrate(db, upTo);
  expect(columns(db, 'custom_fields')).toEqual(
    expect.arrayContaining([
      'entity',
      'label',
      'type',
      'choices',
      'in_list',
      'archived',
      'position',
      'version',
    ]),
  );
  expect(columns(db, 'contacts')).toContain('custom');
  expect(columns(db, 'deals')).toContain('custom');
});

test('two live fields of an entity may not share a label; an archived one leaves it free', () => {
  const db = database();
  migrate(db, upTo);
  insertField(db, 1, 'Level', 1);
  insertField(db, 2, 'Level');
  expect(() => insertField(db, 3, 'Level')).toThrow(/UNIQUE/);
});

test('from version 9: every existing contact and deal gets an empty map, the rest stays as it was', () => {
  const db = database();
  migrate(db, before);
  db.exec(`
    INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
      VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0);
    INSERT INTO contacts (id, name, sort_name, owner_id, created_at, updated_at) VALUES (1, 'Ann', 'ann', 1, 0, 0);
    INSERT INTO deals (id, title, amount, currency, stage_id, probability, owner_id, created_by, created_at, updated_at)
      VALUES (1, 'Router', 100, 'CNY', 1, 10, 1, 1, 0, 0);`);
  migrate(db, upTo);
  expect(db.prepare('SELECT name, custom FROM contacts').all()).toEqual([{ name: 'Ann', custom: '{}' }]);
  expect(db.prepare('SELECT title, custom FROM deals').all()).toEqual([{ title: 'Router', custom: '{}' }]);
});
