// The search index's writer thread (scripts/build.mjs bundles it beside the host and the Electron
// main): it writes the full-text entries of a batch of new contacts into the index file while the
// thread that answers calls writes the contacts themselves into company.db, so both cores work.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { DONE, FAILED, PREPARED, type WriterData, type WriterMessage } from './protocol';

const { file, companyFile, nativeBinding, state, errors } = workerData as WriterData;
const db = new Database(file, nativeBinding ? { nativeBinding } : {});
const company = new Database(companyFile, nativeBinding ? { nativeBinding } : {});
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -65536');
const insertWords = db.prepare('INSERT INTO contacts_fts (rowid, words) VALUES (?, ?)');
const insertPhoneKeys = db.prepare('INSERT INTO contact_phones_fts (rowid, keys) VALUES (?, ?)');
const setSeq = db.prepare('UPDATE index_state SET seq = ?');

/** The first error of the current batch; later messages of that batch are answered with it. */
let failure: Error | null = null;

function answer(value: number): void {
  Atomics.store(state, 0, value);
  Atomics.notify(state, 0);
}

function fail(error: unknown): void {
  failure ??= error instanceof Error ? error : new Error(String(error));
}

function handle(message: WriterMessage): void {
  switch (message.type) {
    case 'rows':
      if (failure) return;
      try {
        if (!db.inTransaction) db.exec('BEGIN IMMEDIATE');
        for (let i = 0; i < message.words.length; i++) {
          insertWords.run(message.firstId + i, message.words[i]);
          const keys = message.phoneKeys[i];
          if (keys) insertPhoneKeys.run(message.firstId + i, keys);
        }
      } catch (error) {
        fail(error);
      }
      return;
    case 'prepare':
      try {
        if (failure) throw failure;
        if (!db.inTransaction) db.exec('BEGIN IMMEDIATE');
        setSeq.run(message.seq);
        answer(PREPARED);
      } catch (error) {
        fail(error);
        errors.postMessage(failure!.message);
        answer(FAILED);
      }
      return;
    case 'checkpoint':
      try {
        company.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // The next commit of the thread that answers calls checkpoints instead.
      }
      return;
    case 'commit':
    case 'rollback':
      try {
        if (db.inTransaction) db.exec(message.type === 'commit' ? 'COMMIT' : 'ROLLBACK');
        failure = null;
        answer(DONE);
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        failure = null;
        errors.postMessage(error instanceof Error ? error.message : String(error));
        answer(FAILED);
      }
  }
}

parentPort!.on('message', handle);
