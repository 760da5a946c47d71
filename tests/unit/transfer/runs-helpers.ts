import { readFileSync } from 'node:fs';
import type { CoreEvent } from '../../../electron/core/events';
import { MAX_UPLOAD_BYTES } from '../../../shared/contacts/transfer-contract';
import type { ProcedureInput } from '../../../shared/contract';
import type { TestCore, TestUser } from '../core/helpers';
import { utf8 } from './helpers';

/** Sends a file as `user` (the owner unless told) the way the upload route does; returns its id. */
export async function upload(t: TestCore, text: string, fileName = 'people.csv', user: TestUser = t.owner) {
  const { uploadId } = await t.core.context.files.saveUpload(
    user.user.id,
    fileName,
    [utf8(text)],
    MAX_UPLOAD_BYTES,
  );
  return uploadId;
}

/** Starts an import of `text` and waits until it has ended; returns the recorded run. */
export async function runImport(
  t: TestCore,
  text: string,
  options: Partial<Omit<ProcedureInput<'contacts.import.start'>, 'uploadId'>> = {},
  user: TestUser = t.owner,
) {
  const uploadId = await upload(t, text, 'people.csv', user);
  const { importId } = await t.call(
    'contacts.import.start',
    { uploadId, match: 'email', onDuplicate: 'skip', ...options },
    user.token,
  );
  await t.core.context.jobs.settled(importId);
  return t.call('contacts.import.get', { importId }, user.token);
}

/** The text of a prepared download, as its user would save it. */
export function downloaded(t: TestCore, downloadId: string, user: TestUser = t.owner): string {
  return readFileSync(t.core.context.files.download(downloadId, user.user.id).path, 'utf8');
}

/** Every event the core emits from now on. */
export function recordEvents(t: TestCore): CoreEvent[] {
  const seen: CoreEvent[] = [];
  t.core.events.subscribe((event) => seen.push(event));
  return seen;
}

/** The contact tables and the import record, to show that a refused call changed nothing. */
export const importState = (t: TestCore) => ({
  contacts: t.core.context.db.prepare('SELECT id, name, version, deleted_at FROM contacts ORDER BY id').all(),
  imports: t.core.context.db.prepare('SELECT id, status FROM contact_imports ORDER BY id').all(),
});

/** A CSV of `count` people numbered from 1, each with an e-mail of their own. */
export function people(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `Person ${i + 1},p${i + 1}@example.com`);
  return ['Name,Email', ...rows].join('\n');
}
