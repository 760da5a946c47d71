import { Worker } from 'node:worker_threads';
import type { ImportProgress } from '../../../shared/contacts/transfer-contract';
import type { ImportResult } from '../modules/contacts/transfer/import-contacts';
import { CANCEL_IMPORT, type ImportJob, type ImportWorkerMessage } from './import-job';

/** Where the bundled worker is, and the database it opens. */
export interface ImportThreadOptions {
  workerPath: string;
  file: string;
  nativeBinding?: string;
}

/**
 * Runs imports in a worker thread (DESIGN §3): the thread that answers calls only relays progress
 * and a cancel, and records the outcome the worker reports.
 */
export function createImportThread(options: ImportThreadOptions) {
  return {
    run(
      job: Omit<ImportJob, 'file' | 'nativeBinding'>,
      onProgress: (progress: ImportProgress) => void,
      signal: AbortSignal,
    ): Promise<ImportResult> {
      const worker = new Worker(options.workerPath, {
        workerData: { ...job, file: options.file, nativeBinding: options.nativeBinding } satisfies ImportJob,
      });
      const cancel = () => worker.postMessage(CANCEL_IMPORT);
      signal.addEventListener('abort', cancel, { once: true });
      return new Promise<ImportResult>((resolve, reject) => {
        worker.on('message', (message: ImportWorkerMessage) => {
          if (message.type === 'progress') onProgress(message.progress);
          else if (message.type === 'done') {
            resolve({
              summary: message.summary,
              before: message.before,
              afterVersions: new Map(message.afterVersions),
            });
          } else reject(new Error(`the import worker failed: ${message.message}`));
        });
        worker.on('error', reject);
        // After 'done' or 'failed' this changes nothing; otherwise the worker died without a word.
        worker.on('exit', (code) => reject(new Error(`the import worker stopped (exit code ${code})`)));
      }).finally(() => signal.removeEventListener('abort', cancel));
    },
  };
}

export type ImportThread = ReturnType<typeof createImportThread>;
