// The search index's writer thread (scripts/build.mjs bundles it beside the host and the Electron
// main): it writes the full-text entries of a batch of new contacts into the index file while the
// thread that answers calls writes the contacts themselves into company.db, so both cores work.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { ANSWER, DONE, FAILED, PREPARED, STARTED, type WriterData, type WriterMessage } from './protocol';
import { checkpoint, createIndexWriterRepository } from './repository';

const { file, companyFile, nativeBinding, state, errors } = workerData as WriterData;
const db = new Database(file, nativeBinding ? { nativeBinding } : {});
const company = new Database(companyFile, nativeBinding ? { nativeBinding } : {});
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -65536');
const index = createIndexWriterRepository(db);

/** The first error of the current batch; later messages of that batch are answered with it. */
let failure: Error | null = null;

/**
 * company.db's log is copied into the file after every few batches, or once batches stop: a
 * batch rewrites much the same index pages as the one before, so each copy serves several.
 */
const CHECKPOINT_EVERY = 4;
const CHECKPOINT_IDLE_MS = 1000;
let batchesSinceCheckpoint = 0;
let idleCheckpoint: NodeJS.Timeout | undefined;

function checkpointCompany(): void {
  clearTimeout(idleCheckpoint);
  batchesSinceCheckpoint = 0;
  try {
    checkpoint(company);
  } catch {
    // A commit of the thread that answers calls checkpoints instead.
  }
}

function answer(value: number): void {
  Atomics.store(state, ANSWER, value);
  Atomics.notify(state, ANSWER);
}

function fail(error: unknown): void {
  failure ??= error instanceof Error ? error : new Error(String(error));
}

function handle(message: WriterMessage): void {
  switch (message.type) {
    case 'rows':
      clearTimeout(idleCheckpoint);
      if (failure) return;
      try {
        if (!index.inTransaction) index.begin();
        index.insert(message);
      } catch (error) {
        fail(error);
      }
      return;
    case 'prepare':
      try {
        if (failure) throw failure;
        if (!index.inTransaction) index.begin();
        index.caughtUpWith(message.seq);
        answer(PREPARED);
      } catch (error) {
        fail(error);
        errors.postMessage(failure!.message);
        answer(FAILED);
      }
      return;
    case 'checkpoint':
      if (++batchesSinceCheckpoint >= CHECKPOINT_EVERY) checkpointCompany();
      else idleCheckpoint = setTimeout(checkpointCompany, CHECKPOINT_IDLE_MS);
      return;
    case 'commit':
    case 'rollback':
      try {
        if (index.inTransaction) index.end(message.type === 'commit');
        failure = null;
        answer(DONE);
      } catch (error) {
        if (index.inTransaction) index.end(false);
        failure = null;
        errors.postMessage(error instanceof Error ? error.message : String(error));
        answer(FAILED);
      }
  }
}

parentPort!.on('message', handle);
Atomics.store(state, STARTED, 1);
parentPort!.postMessage('started');
