import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { IndexSource } from './entry';
import {
  ANSWER,
  BUSY,
  DONE,
  FAILED,
  type IndexRows,
  PREPARED,
  STARTED,
  type WriterData,
  type WriterMessage,
} from './protocol';

/** New contacts are sent to the writer thread in chunks of this many, so it starts at once. */
const CHUNK = 2000;
/** How long the thread that answers calls waits for the writer before it gives up on a batch. */
const ANSWER_TIMEOUT_MS = 120_000;

export interface SearchIndexWriterOptions {
  /** The bundled worker.ts (scripts/build.mjs). */
  workerPath: string;
  /** The search index file (attach.ts searchIndexFile). */
  file: string;
  /** The company database, whose log the writer copies into the file after batches (worker.ts). */
  companyFile: string;
  nativeBinding?: string;
}

/**
 * The full-text entries of one batch of new contacts, written by the writer thread in a
 * transaction of the index file that stays open until the contacts' own transaction has
 * committed (`startCommit`, `committed`) or failed (`rollback`).
 */
export interface IndexBatch {
  add(id: number, source: IndexSource): void;
  /** Blocks until every entry is written; throws if the writer failed. */
  prepare(seq: number): void;
  /** Lets the writer commit, while the contacts' transaction commits too; `committed` waits for it. */
  startCommit(): void;
  committed(): void;
  rollback(): void;
}

/**
 * The search index's writer thread. Calls are synchronous, as the contacts repository's
 * transactions are: the caller blocks (Atomics.wait) only for the writer's answer at the end of
 * a batch, by which time the writer has mostly caught up. A writer that fails or stops is not
 * used again (`usable`); the repository then writes the index itself.
 */
export function createSearchIndexWriter(options: SearchIndexWriterOptions) {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const { port1: errors, port2: workerErrors } = new MessageChannel();
  const worker = new Worker(options.workerPath, {
    workerData: {
      file: options.file,
      companyFile: options.companyFile,
      nativeBinding: options.nativeBinding,
      state,
      errors: workerErrors,
    } satisfies WriterData,
    transferList: [workerErrors],
  });
  let usable = true;
  const started = new Promise<boolean>((resolve) => {
    worker.once('message', () => resolve(true));
    const stopped = () => {
      usable = false;
      resolve(false);
    };
    worker.on('error', stopped);
    worker.on('exit', stopped);
  });
  worker.unref();

  const send = (message: WriterMessage) => worker.postMessage(message);

  /** Sends a message that the writer answers (`answered`). */
  function ask(message: WriterMessage): void {
    Atomics.store(state, ANSWER, BUSY);
    send(message);
  }

  /** Waits for the writer's answer to the last message; throws unless it is `expected`. */
  function answered(expected: number): void {
    const waited = Atomics.wait(state, ANSWER, BUSY, ANSWER_TIMEOUT_MS);
    const answer = Atomics.load(state, ANSWER);
    if (waited === 'timed-out' || answer !== expected) {
      // Not used again; stopping it ends any transaction it still holds open.
      usable = false;
      void worker.terminate();
      const reason =
        answer === FAILED ? receiveMessageOnPort(errors)?.message : `no answer in ${ANSWER_TIMEOUT_MS} ms`;
      throw new Error(`the search index writer failed: ${String(reason)}`);
    }
  }

  return {
    /**
     * Until the writer has opened its databases (its thread takes a moment to start, and may not
     * start at all), batches are indexed by the caller: nothing ever waits for a writer that is not there.
     */
    get usable() {
      return usable && Atomics.load(state, STARTED) === 1;
    },

    /** True once the writer has opened its databases; false if it failed to start. */
    started: () => started,

    begin(): IndexBatch {
      const empty = (firstId: number): IndexRows => ({
        type: 'rows',
        firstId,
        names: [],
        companyNames: [],
        emails: [],
        phones: [],
        customTexts: [],
      });
      let rows: IndexRows | null = null;
      const flush = () => {
        if (rows) send(rows);
        rows = null;
      };
      return {
        add(id, source) {
          rows ??= empty(id);
          rows.names.push(source.name);
          rows.companyNames.push(source.companyName);
          rows.emails.push(source.emails);
          rows.phones.push(source.phones);
          rows.customTexts.push(source.customText);
          if (rows.names.length === CHUNK) flush();
        },
        prepare(seq) {
          flush();
          ask({ type: 'prepare', seq });
          answered(PREPARED);
        },
        startCommit: () => ask({ type: 'commit' }),
        committed() {
          answered(DONE);
          send({ type: 'checkpoint' });
        },
        rollback() {
          // A writer that failed was stopped, and its transaction with it.
          if (!usable) return;
          ask({ type: 'rollback' });
          answered(DONE);
        },
      };
    },

    async close(): Promise<void> {
      usable = false;
      errors.close();
      await worker.terminate();
    },
  };
}

export type SearchIndexWriter = ReturnType<typeof createSearchIndexWriter>;
