import Database from 'better-sqlite3';
import { attachSearchIndex } from '../modules/contacts/search-index/attach';
import { migrate, refuseNewer } from './migrate';
import { migrations } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of an Electron build of better-sqlite3 (DESIGN §3); Node's build otherwise. */
  nativeBinding?: string;
}

export const PAGE_SIZE = 16384;

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // Before any pragma that writes (journal_mode does): a newer app's database is never touched.
    refuseNewer(db, migrations);
    // Only a new, empty file can take a page size. 16 KiB pages make the indexes of a large
    // customer list shallower: a 1M-contact build needs about a fifth less work than with 4 KiB.
    if (db.pragma('page_count', { simple: true }) === 0) db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 64 MiB of page cache, and reads through the OS's file cache by memory map, so that a
    // million customers' indexes are not copied page by page on every read.
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 268435456');
    migrate(db, migrations);
    attachSearchIndex(db, file, PAGE_SIZE);
    // Statistics saved while the company was nearly empty mislead the planner once it is large:
    // re-analyse (bounded) the tables whose size changed much since their last analysis.
    db.pragma('analysis_limit = 1000');
    db.pragma('optimize = 0x10002');
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
