import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

const IMPORTS = migrations.find((m) => m.name === 'imports')!;
const TABLES = ['contact_import_created', 'contact_import_updated', 'contact_imports'];

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function database(upTo: number) {
  const db = new Database(':memory:');
  open.push(db);
  migrate(
    db,
    migrations.filter((m) => m.version <= upTo),
  );
  return db;
}

const tablesOf = (db: Database.Database) =>
  db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_schema WHERE name LIKE 'contact_import%' AND type = 'table' ORDER BY name`,
    )
    .all()
    .map((row) => row.name);

test('an empty database gets the import tables', () => {
  expect(tablesOf(database(IMPORTS.version))).toEqual(TABLES);
});

test('a database at the version before gets them, keeping its contacts, and records an import', () => {
  const previous = migrations[migrations.indexOf(IMPORTS) - 1]!.version;
  const db = database(previous);
  db.prepare(
    `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
     VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 1, 1)`,
  ).run();
  db.prepare(
    `INSERT INTO contacts (id, name, sort_name, phones, emails, tags, created_at, updated_at)
     VALUES (1, 'Ann', 'ann', '[]', '[]', '[]', 1, 1)`,
  ).run();
  expect(tablesOf(db)).toEqual([]);

  migrate(
    db,
    migrations.filter((m) => m.version <= IMPORTS.version),
  );
  expect(tablesOf(db)).toEqual(TABLES);
  expect(db.prepare('SELECT name FROM contacts').all()).toEqual([{ name: 'Ann' }]);
  db.prepare(
    `INSERT INTO contact_imports (user_id, file_name, match_field, on_duplicate, status, started_at)
     VALUES (1, 'a.csv', 'email', 'skip', 'running', 5)`,
  ).run();
  expect(() =>
    db
      .prepare(
        `INSERT INTO contact_imports (user_id, file_name, match_field, on_duplicate, status, started_at)
         VALUES (1, 'a.csv', 'fax', 'skip', 'running', 5)`,
      )
      .run(),
  ).toThrow(/CHECK/);
});
