import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { closeDatabase, openDatabase, PAGE_SIZE } from '../../../electron/core/db/database';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a new company database gets large pages, write-ahead logging and foreign keys', () => {
  const db = openDatabase(join(dir, 'company.db'));
  expect(db.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  closeDatabase(db);
});

test('an existing database keeps its page size and its data', () => {
  const file = join(dir, 'old.db');
  const old = new Database(file);
  old.pragma('page_size = 4096');
  old.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')");
  old.close();

  const db = openDatabase(file);
  expect(db.pragma('page_size', { simple: true })).toBe(4096);
  expect(db.prepare('SELECT text FROM notes').pluck().get()).toBe('kept');
  closeDatabase(db);
});
