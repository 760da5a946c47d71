import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { OWNER } from '../core/helpers';
import { ALL_CUSTOMERS } from '../../../electron/core/modules/contacts/visibility';
import { useCrmCli } from './process-helpers';

let work: string;
let dataDir: string;

const crm = useCrmCli('crm-transfer-test');

function contactCount(): number {
  const core = createCore({ dataDir });
  try {
    return core.context.contacts.list({ limit: 1000, sort: 'name', filter: {}, scope: ALL_CUSTOMERS }).items
      .length;
  } finally {
    core.close();
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'crm-transfer-cli-'));
  dataDir = join(work, 'company');
  const core = createCore({ dataDir, sleep: async () => {} });
  const setup = await core.dispatch({}, 'auth.setup', OWNER);
  core.close();
  expect(setup.ok).toBe(true);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Written the way the export writes, sorted by name, so that the export must give it back byte for byte.
const CSV = [
  'Name,Company,Title,Phone,Email,Address,Tags,Notes',
  `"Ann ""Nan"" Lee","Acme, Inc.",Buyer,"'+1 555 0100\n555 0101",ann@acme.example,,"vip\nwholesale","Met at the fair;\nlikes tea 🍵"`,
  'Zoë Ñandú,,,,zoe@x.example,"Calle 1\nMadrid",,',
  '张伟,北京公司,经理,13800138000,zw@bj.example,北京市朝阳区,批发,',
  '',
].join('\r\n');

describe('npm run crm', () => {
  test('imports a file, then exports the same CSV and a vCard', async () => {
    const input = join(work, 'in.csv');
    writeFileSync(input, CSV);
    const imported = await crm('import', '--data-dir', dataDir, '--entity', 'contacts', input);
    expect(imported.stderr).toMatch(/Importing 100%: 3 rows read, 3 created/);
    expect(imported.stdout).toMatch(
      /^Imported: 3 rows, 3 created, 0 updated, 0 skipped as duplicates, 0 not imported\./,
    );
    expect(imported.code).toBe(0);

    const again = await crm(
      'import',
      '--data-dir',
      dataDir,
      '--entity',
      'contacts',
      '--match',
      'email',
      input,
    );
    expect(again.stdout).toMatch(/3 rows, 0 created, 0 updated, 3 skipped/);

    const csvOut = join(work, 'out.csv');
    const exported = await crm(
      'export',
      '--data-dir',
      dataDir,
      '--entity',
      'contacts',
      '--format',
      'csv',
      '--bom',
      csvOut,
    );
    expect(exported).toMatchObject({ code: 0, stdout: `Exported 3 contacts to ${csvOut}\n` });
    expect(readFileSync(csvOut, 'utf8')).toBe(`\uFEFF${CSV}`);

    const vcardOut = join(work, 'out.vcf');
    expect(
      (await crm('export', '--data-dir', dataDir, '--entity', 'contacts', '--format', 'vcard', vcardOut))
        .code,
    ).toBe(0);
    const vcard = readFileSync(vcardOut, 'utf8');
    expect(vcard.match(/BEGIN:VCARD/g)).toHaveLength(3);
    expect(vcard).toContain('FN:张伟\r\n');
  });

  test('row errors are listed and written to --errors', async () => {
    const input = join(work, 'bad.csv');
    const errors = join(work, 'errors.csv');
    writeFileSync(input, 'Name;Email\n;x@y.example\nOk Person;not-an-email\n');
    const run = await crm('import', '--data-dir', dataDir, '--entity', 'contacts', '--errors', errors, input);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2 not imported/);
    expect(run.stdout).toMatch(/row 2 \(name\): a name is required/);
    expect(readFileSync(errors, 'utf8').split('\r\n')[1]).toBe('2,name,a name is required');
  });

  test.each([
    ['a missing', 'missing', null, /there is no such file/],
    ['an empty', 'empty', new Uint8Array(), /The file is empty\./],
    ['a binary', 'binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /not a text file/],
  ])('%s file exits 1 with a clear message and writes nothing', async (_label, name, bytes, message) => {
    const file = join(work, `${name}.csv`);
    if (bytes) writeFileSync(file, bytes);
    const before = contactCount();
    const run = await crm('import', '--data-dir', dataDir, '--entity', 'contacts', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^crm: cannot (read|import) /);
    expect(run.stderr).toMatch(message);
    expect(contactCount()).toBe(before);
  });

  test.each([
    [[], /usage: npm run crm/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['import', '--data-dir', 'D', 'f.csv'], /--entity is required/],
    [
      ['import', '--data-dir', 'D', '--entity', 'deals', 'f.csv'],
      /--entity must be one of contacts, not "deals"/,
    ],
    [['import', '--data-dir', 'D', '--entity', 'contacts'], /FILE is required/],
    [['import', '--data-dir', 'D', '--entity', 'contacts', 'a', 'b'], /one FILE only/],
    [
      ['import', '--data-dir', 'D', '--entity', 'contacts', '--match', 'fax', 'f'],
      /--match must be one of email, phone, name, none/,
    ],
    [
      ['import', '--data-dir', 'D', '--entity', 'contacts', '--on-duplicate', 'merge', 'f'],
      /--on-duplicate must be one of skip, update, create/,
    ],
    [
      ['import', '--data-dir', 'D', '--entity', 'contacts', '--map', 'Kunde=nom', 'f'],
      /--map: "nom" is not a contact field/,
    ],
    [['import', '--entity', 'contacts', '--verbose', 'f'], /Unknown option '--verbose'/],
    [['export', '--data-dir', 'D', '--entity', 'contacts', 'f'], /--format is required/],
    [
      ['export', '--data-dir', 'D', '--entity', 'contacts', '--format', 'xlsx', 'f'],
      /--format must be one of csv, vcard/,
    ],
    [
      ['export', '--data-dir', 'D', '--entity', 'contacts', '--format', 'vcard', '--bom', 'f'],
      /--bom is for --format csv only/,
    ],
  ])('bad arguments %j exit 2 with one line', async (args, message) => {
    const run = await crm(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test('a folder without a set-up company is refused and left untouched', async () => {
    const empty = join(work, 'no-company');
    mkdirSync(empty);
    const run = await crm(
      'export',
      '--data-dir',
      empty,
      '--entity',
      'contacts',
      '--format',
      'csv',
      join(work, 'x.csv'),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/holds no company \(company\.db\); set the company up in the app first/);
    expect(existsSync(join(empty, 'company.db'))).toBe(false);
    expect(existsSync(join(work, 'x.csv'))).toBe(false);
  });
});
