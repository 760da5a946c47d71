import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { migrations } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of an Electron build of better-sqlite3 (DESIGN §3); Node's build otherwise. */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('optimize');
  db.close();
}
