import type { Database } from 'better-sqlite3';
import { indexedPhoneKeys, indexedWords, type IndexSource } from './entry';
import type { IndexRows } from './protocol';

/** What the writer thread (worker.ts) writes into the search index file, on its own connection. */
export function createIndexWriterRepository(db: Database) {
  const insertWords = db.prepare<[number, string]>('INSERT INTO contacts_fts (rowid, words) VALUES (?, ?)');
  const insertPhoneKeys = db.prepare<[number, string]>(
    'INSERT INTO contact_phones_fts (rowid, keys) VALUES (?, ?)',
  );
  const setSeq = db.prepare<[number]>('UPDATE index_state SET seq = ?');
  return {
    begin: () => db.exec('BEGIN IMMEDIATE'),
    get inTransaction() {
      return db.inTransaction;
    },
    insert(rows: IndexRows): void {
      for (let i = 0; i < rows.names.length; i++) {
        const source: IndexSource = {
          name: rows.names[i]!,
          companyName: rows.companyNames[i]!,
          emails: rows.emails[i]!,
          phones: rows.phones[i]!,
          customText: rows.customTexts[i]!,
        };
        insertWords.run(rows.firstId + i, indexedWords(source));
        const keys = indexedPhoneKeys(source);
        if (keys !== null) insertPhoneKeys.run(rows.firstId + i, keys);
      }
    },
    caughtUpWith: (seq: number) => setSeq.run(seq),
    end: (commit: boolean) => db.exec(commit ? 'COMMIT' : 'ROLLBACK'),
  };
}

/** The company database's side: its write-ahead log copied into the file (worker.ts). */
export const checkpoint = (company: Database) => company.pragma('wal_checkpoint(PASSIVE)');
