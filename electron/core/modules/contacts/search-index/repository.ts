import type { Database } from 'better-sqlite3';

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
    /** Entries of contacts with consecutive ids from `firstId`; a null phone key means no phones. */
    insert(firstId: number, words: readonly string[], phoneKeys: readonly (string | null)[]): void {
      for (let i = 0; i < words.length; i++) {
        insertWords.run(firstId + i, words[i]!);
        const keys = phoneKeys[i];
        if (keys) insertPhoneKeys.run(firstId + i, keys);
      }
    },
    caughtUpWith: (seq: number) => setSeq.run(seq),
    end: (commit: boolean) => db.exec(commit ? 'COMMIT' : 'ROLLBACK'),
  };
}

/** The company database's side: its write-ahead log copied into the file (worker.ts). */
export const checkpoint = (company: Database) => company.pragma('wal_checkpoint(PASSIVE)');
