import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { ALL_CUSTOMERS } from '../../../electron/core/modules/contacts/visibility';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import { OWNER } from '../core/helpers';
import { useCrmCli } from '../transfer/process-helpers';

let work: string;
let dataDir: string;
let level: CustomFieldDef;
let since: CustomFieldDef;

const crm = useCrmCli('crm-custom-fields-test');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'crm-custom-cli-'));
  dataDir = join(work, 'company');
  const core = createCore({ dataDir, sleep: async () => {} });
  const setup = await core.dispatch({}, 'auth.setup', OWNER);
  if (!setup.ok) throw new Error(setup.error.message);
  level = core.context.customFields.create(
    { entity: 'contact', label: 'Level', type: 'choice', choices: ['Gold', 'Silver'] },
    0,
  );
  since = core.context.customFields.create({ entity: 'contact', label: 'Customer since', type: 'date' }, 0);
  core.close();
  expect((await crm('help')).stdout).toMatch(/custom\.<id>/);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

test('npm run crm: a column named as a field fills it, --map may name custom.<id>, the export writes them', async () => {
  const input = join(work, 'in.csv');
  writeFileSync(input, 'Name,Rank,Customer since\nAnn,gold,2020/1/31\nBob,Silver,never\n');
  const imported = await crm(
    'import',
    '--data-dir',
    dataDir,
    '--entity',
    'contacts',
    '--map',
    `Name=name,Rank=custom.${level.id},Customer since=custom.${since.id}`,
    input,
  );
  expect(imported.code).toBe(0);
  expect(imported.stdout).toMatch(/2 rows, 2 created/);
  expect(imported.stdout).toMatch(/row 3 \(Customer since\): "never": not a date/);

  const core = createCore({ dataDir });
  try {
    const { items } = core.context.contacts.list({
      limit: 10,
      sort: 'name',
      filter: {},
      scope: ALL_CUSTOMERS,
    });
    expect(items.map((c) => [c.name, c.custom])).toEqual([
      ['Ann', { [level.id]: 'Gold', [since.id]: '2020-01-31' }],
      ['Bob', { [level.id]: 'Silver' }],
    ]);
  } finally {
    core.close();
  }

  const output = join(work, 'out.csv');
  const exported = await crm(
    'export',
    '--data-dir',
    dataDir,
    '--entity',
    'contacts',
    '--format',
    'csv',
    output,
  );
  expect(exported.code).toBe(0);
  expect(readFileSync(output, 'utf8').split('\r\n').slice(0, 3)).toEqual([
    'Name,Company,Title,Phone,Email,Address,Tags,Notes,Level,Customer since',
    'Ann,,,,,,,,Gold,2020-01-31',
    'Bob,,,,,,,,Silver,',
  ]);

  // Without --map, the headers find their fields by label; an unknown custom.<id> is refused.
  writeFileSync(input, 'Name,LEVEL\nCai,Silver\n');
  expect((await crm('import', '--data-dir', dataDir, '--entity', 'contacts', input)).stdout).toMatch(
    /1 created/,
  );
  const refused = await crm(
    'import',
    '--data-dir',
    dataDir,
    '--entity',
    'contacts',
    '--map',
    'LEVEL=custom.999',
    input,
  );
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/custom\.999/);
}, 60_000);
