import type Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { createKnowledgeRepository } from '../../../electron/core/modules/knowledge/repository';
import { aroundMigration, useDatabases } from '../core/migration-helpers';

const { before, upTo } = aroundMigration('knowledge');
const database = useDatabases();

const tables = (db: Database.Database) =>
  db
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .all()
    .map((row) => row.name);

test('from an empty database: categories, articles and their full-text index, all empty', () => {
  const db = database();
  migrate(db, upTo);
  expect(tables(db)).toEqual(
    expect.arrayContaining(['knowledge_categories', 'knowledge_articles', 'knowledge_fts']),
  );
  const knowledge = createKnowledgeRepository(db);
  expect(knowledge.categories()).toEqual([]);
  expect(knowledge.list({ archived: false }, null, 10)).toEqual({ items: [], nextCursor: null });
});

test('from the previous version: existing users write articles at once, and they are found', () => {
  const db = database();
  migrate(db, before);
  db.exec(`INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
    VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 0, 0)`);
  migrate(db, upTo);
  expect(db.pragma('user_version', { simple: true })).toBe(upTo.at(-1)!.version);
  const knowledge = createKnowledgeRepository(db);
  const printers = knowledge.createCategory('Printers', 1);
  const made = knowledge.create(
    { title: 'Paper jam', body: 'Open **tray 2**.', categoryId: printers.id },
    1,
    Date.UTC(2026, 4, 1),
  );
  expect(made).toMatchObject({ createdByName: 'Olivia', categoryName: 'Printers', version: 1 });
  expect(knowledge.search('tray', 5).map((hit) => hit.id)).toEqual([made.id]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
});
