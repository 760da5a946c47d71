import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { IMPORT_BATCH } from '../../../electron/core/modules/contacts/transfer/transfer-procedures';
import { closeCores, setupCore } from '../core/helpers';
import { allContacts } from './helpers';
import { useImportWorker } from './process-helpers';
import { people, recordEvents, runImport, upload } from './runs-helpers';

const WORKER = useImportWorker('import-worker');
const dataDirs: string[] = [];

afterEach(() => {
  closeCores();
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function fileCore() {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-import-worker-'));
  dataDirs.push(dataDir);
  const t = await setupCore({ file: undefined, dataDir, importWorker: WORKER });
  expect(t.core.context.importThread).not.toBeNull();
  return t;
}

test('a company on disk imports in the worker thread, reporting progress and recording the run', async () => {
  const t = await fileCore();
  await t.call('contacts.create', { name: 'Person 1 (already here)', emails: ['p1@example.com'] });
  const events = recordEvents(t);
  const run = await runImport(t, people(IMPORT_BATCH * 2 + 10), { match: 'email', onDuplicate: 'skip' });

  expect(run).toMatchObject({
    status: 'finished',
    read: IMPORT_BATCH * 2 + 10,
    created: IMPORT_BATCH * 2 + 9,
    skipped: 1,
  });
  expect(allContacts(t)).toHaveLength(IMPORT_BATCH * 2 + 10);
  const fractions = events
    .filter((e) => e.name === 'import.progress')
    .map((e) => (e.data as { fraction: number }).fraction);
  expect(fractions.length).toBe(3);
  expect(fractions.at(-1)).toBe(1);
  expect(events.filter((e) => e.name === 'import.finished').map((e) => e.data)).toEqual([
    { importId: run.id, status: 'finished' },
  ]);

  // What the worker recorded is enough to undo it from this thread.
  expect(await t.call('contacts.import.undo', { importId: run.id })).toMatchObject({
    removed: IMPORT_BATCH * 2 + 9,
  });
  expect(allContacts(t).map((c) => c.name)).toEqual(['Person 1 (already here)']);
});

test('calls are answered while the worker imports, and cancel stops it between batches', async () => {
  const t = await fileCore();
  const uploadId = await upload(t, people(IMPORT_BATCH * 20));
  const { importId } = await t.call('contacts.import.start', {
    uploadId,
    match: 'none',
    onDuplicate: 'create',
  });
  expect((await t.call('auth.me', {})).user.id).toBe(t.owner.user.id);
  expect((await t.call('contacts.import.get', { importId })).status).toBe('running');
  await t.call('contacts.import.cancel', { importId });
  await t.core.context.jobs.settled(importId);

  const run = await t.call('contacts.import.get', { importId });
  expect(run.status).toBe('cancelled');
  expect(run.created).toBeLessThan(IMPORT_BATCH * 20);
  expect(run.created % IMPORT_BATCH).toBe(0);
  expect(allContacts(t)).toHaveLength(run.created);
});

test('the worker matches only the customers the importing user sees', async () => {
  const t = await fileCore();
  const sam = await t.addUser('staff', 'sam');
  const tina = await t.addUser('staff', 'tina');
  const hidden = await t.call(
    'contacts.create',
    { name: 'Tina Customer', emails: ['tc@example.com'] },
    tina.token,
  );
  const { version } = await t.call('company.settings.get', {});
  await t.call('company.settings.update', { version, patch: { customerVisibility: 'own' } });

  const run = await runImport(t, 'Name,Email\nSam Version,tc@example.com\n', { onDuplicate: 'update' }, sam);
  expect(run).toMatchObject({ status: 'finished', created: 1, updated: 0 });
  expect(await t.call('contacts.get', { id: hidden.id })).toMatchObject({
    name: 'Tina Customer',
    version: hidden.version,
  });
});
