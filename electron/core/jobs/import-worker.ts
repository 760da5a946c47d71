// The import worker's entry (scripts/build.mjs bundles it beside the host and the Electron main):
// one import on a connection of its own to the company's WAL database, off the thread that answers calls.
import { parentPort, workerData } from 'node:worker_threads';
import { closeDatabase, openDatabase } from '../db/database';
import { createContactRepository } from '../modules/contacts/repository';
import { importContacts } from '../modules/contacts/transfer/import-contacts';
import { openImportSource } from '../modules/contacts/transfer/import-source';
import { createCustomFieldsService } from '../modules/custom-fields/service';
import { CANCEL_IMPORT, type ImportJob, type ImportWorkerMessage } from './import-job';

const port = parentPort!;
const job = workerData as ImportJob;
const post = (message: ImportWorkerMessage) => port.postMessage(message);
const controller = new AbortController();
port.on('message', (message) => {
  if (message === CANCEL_IMPORT) controller.abort();
});

const db = openDatabase(job.file, { nativeBinding: job.nativeBinding });
try {
  const customFields = createCustomFieldsService(db);
  const source = openImportSource(job.bytes, job.fileName, job.mapping, customFields.live('contact'));
  const result = await importContacts({ db, contacts: createContactRepository(db, customFields) }, source, {
    match: job.match,
    onDuplicate: job.onDuplicate,
    ownerId: job.ownerId,
    scope: job.scope,
    now: Date.now,
    batchSize: job.batchSize,
    signal: controller.signal,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({
    type: 'done',
    summary: result.summary,
    before: result.before,
    afterVersions: [...result.afterVersions],
  });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
} finally {
  closeDatabase(db);
  port.close();
}
