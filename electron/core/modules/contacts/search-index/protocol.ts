import type { MessagePort } from 'node:worker_threads';

/** What the contacts repository and the search index's writer thread (worker.ts) tell each other. */

/**
 * New contacts with consecutive ids from `firstId`, as the index takes them (entry.ts IndexSource),
 * one array per field: a structured clone of five arrays costs less than one of many objects.
 */
export interface IndexRows {
  type: 'rows';
  firstId: number;
  names: string[];
  companyNames: (string | null)[];
  emails: string[];
  phones: string[];
  customTexts: (string | null)[];
}

/** The batch is complete: write `seq` as the change caught up with, and hold the transaction. */
export interface IndexPrepare {
  type: 'prepare';
  seq: number;
}

/**
 * A batch has committed; its pages are in company.db's write-ahead log, which the thread that
 * answers calls did not copy into the database file (its commit skips that). The writer copies
 * it now and then (worker.ts). Unanswered.
 */
export interface Checkpoint {
  type: 'checkpoint';
}

export type WriterMessage = IndexRows | IndexPrepare | Checkpoint | { type: 'commit' } | { type: 'rollback' };

/** Slots of the shared state: the writer's answer, and whether it has started. */
export const ANSWER = 0;
export const STARTED = 1;

/** The writer's answer; BUSY while it works on the last message. */
export const BUSY = 0;
export const PREPARED = 1;
export const DONE = 2;
export const FAILED = 3;

export interface WriterData {
  file: string;
  /** company.db, whose log the writer checkpoints. */
  companyFile: string;
  nativeBinding?: string;
  /** Int32Array over a SharedArrayBuffer, slots ANSWER and STARTED. */
  state: Int32Array;
  /** Where the writer sends the text of a failure, read without waiting for the event loop. */
  errors: MessagePort;
}
