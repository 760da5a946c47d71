import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { closeCores, setupCore } from '../core/helpers';
import { allContacts } from '../transfer/helpers';
import { useImportWorker } from '../transfer/process-helpers';
import { runImport } from '../transfer/runs-helpers';
import { everyType, key } from './helpers';

const WORKER = useImportWorker('custom');
const dataDirs: string[] = [];

afterEach(() => {
  closeCores();
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('the import worker thread fills custom fields, indexes their text and reports bad cells', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-custom-worker-'));
  dataDirs.push(dataDir);
  const t = await setupCore({ file: undefined, dataDir, importWorker: WORKER });
  expect(t.core.context.importThread).not.toBeNull();
  const f = await everyType(t);
  const run = await runImport(t, 'Name,Note,Budget\nAnn,met at Canton fair,12\nBob,,lots\n', {
    mapping: ['name', `custom.${f.note.id}`, `custom.${f.budget.id}`],
  });
  expect(run).toMatchObject({ status: 'finished', created: 2, failed: 0 });
  expect(run.errors).toEqual([
    { row: 3, field: 'Budget', message: '"lots": not a number; the row was imported without it' },
  ]);
  expect(allContacts(t).map((c) => [c.name, c.custom])).toEqual([
    ['Ann', { [key(f.note)]: 'met at Canton fair', [key(f.budget)]: 12 }],
    ['Bob', {}],
  ]);
  expect((await t.call('contacts.search', { query: 'canton' })).items.map((c) => c.name)).toEqual(['Ann']);
});
