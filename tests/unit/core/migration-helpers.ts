import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { migrations, type Migration } from '../../../electron/core/db/migrations';

/**
 * The migrations before the one named `name`, and those up to and with it. By name, because a
 * migration's number is settled only when its work lands.
 */
export function aroundMigration(name: string): { before: Migration[]; upTo: Migration[] } {
  const target = migrations.find((m) => m.name === name);
  if (!target) throw new Error(`no migration is named ${name}`);
  return {
    before: migrations.filter((m) => m.version < target.version),
    upTo: migrations.filter((m) => m.version <= target.version),
  };
}

/** Opens in-memory databases with foreign keys on, as the app does; each is closed after its test. */
export function useDatabases(): () => Database.Database {
  const open: Database.Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });
  return () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    open.push(db);
    return db;
  };
}

/** The names of the database's tables or indexes, sorted. */
export const schemaNames = (db: Database.Database, type: 'table' | 'index'): string[] =>
  db
    .prepare<[string], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name`)
    .all(type)
    .map((row) => row.name);
