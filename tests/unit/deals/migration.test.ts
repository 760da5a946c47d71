import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import type { Db } from '../../../electron/core/db/database';

const DEALS = migrations.find((m) => m.name === 'deals')!;
const BEFORE = migrations.filter((m) => m.version < DEALS.version);

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function database(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  open.push(db);
  return db;
}

const stages = (db: Db) =>
  db.prepare('SELECT id, name, position, probability, removed_at FROM deal_stages ORDER BY position').all();

const DEFAULT_STAGES = [
  { id: 1, name: 'Qualification', position: 1, probability: 10, removed_at: null },
  { id: 2, name: 'Needs analysis', position: 2, probability: 25, removed_at: null },
  { id: 3, name: 'Proposal', position: 3, probability: 50, removed_at: null },
  { id: 4, name: 'Negotiation', position: 4, probability: 75, removed_at: null },
];

test('from an empty database: the pipeline tables, four default stages, stage list version 1', () => {
  const db = database();
  migrate(db, [...BEFORE, DEALS]);
  expect(stages(db)).toEqual(DEFAULT_STAGES);
  expect(db.prepare('SELECT stages_version FROM deal_pipeline').all()).toEqual([{ stages_version: 1 }]);
  expect(db.prepare('SELECT count(*) AS n FROM deals').get()).toEqual({ n: 0 });
});

test('from the previous version: contacts stay, and deals can point at them', () => {
  const db = database();
  migrate(db, BEFORE);
  db.exec(`INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
             VALUES (1, 'olivia', 'Olivia', 'owner', 'x', 1, 1);
           INSERT INTO contacts (id, name, sort_name, phones, emails, tags, created_at, updated_at)
             VALUES (1, 'Ann Lee', 'ann lee', '[]', '[]', '[]', 1, 1);`);
  migrate(db, [...BEFORE, DEALS]);
  expect(db.prepare('SELECT name FROM contacts').all()).toEqual([{ name: 'Ann Lee' }]);
  expect(stages(db)).toEqual(DEFAULT_STAGES);
  db.exec(`INSERT INTO deals (title, amount, currency, stage_id, probability, owner_id, contact_id, created_by,
             created_at, updated_at) VALUES ('Router', 100, 'CNY', 1, 10, 1, 1, 1, 1, 1)`);
  // The schema itself refuses what the procedures never write: a negative amount, a closed deal without its time.
  expect(() =>
    db.exec(`INSERT INTO deals (title, amount, currency, stage_id, probability, owner_id, created_by, created_at,
               updated_at) VALUES ('Bad', -1, 'CNY', 1, 10, 1, 1, 1, 1)`),
  ).toThrow(/CHECK/);
  expect(() =>
    db.exec(`INSERT INTO deals (title, amount, currency, stage_id, status, probability, owner_id, created_by,
               created_at, updated_at) VALUES ('Bad', 1, 'CNY', 1, 'won', 10, 1, 1, 1, 1)`),
  ).toThrow(/CHECK/);
});
