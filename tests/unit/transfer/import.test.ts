import { afterEach, describe, expect, test } from 'vitest';
import {
  exportChunks,
  listedContacts,
} from '../../../electron/core/modules/contacts/transfer/export-contacts';
import { rowErrorsCsv } from '../../../electron/core/modules/contacts/transfer/errors-csv';
import { ImportFileError } from '../../../electron/core/modules/contacts/transfer/import-file-error';
import { csvRecords } from '../../../electron/core/modules/contacts/transfer/csv-records';
import type { ContactInput } from '../../../shared/contacts/contract';
import { closeCores, names, setupCore, type TestCore } from '../core/helpers';
import { allContacts, gbk, importFile, transferred, utf8 } from './helpers';
import { ALL_CUSTOMERS } from '../../../electron/core/modules/contacts/visibility';

afterEach(closeCores);

const exportText = (t: TestCore, format: 'csv' | 'vcard', bom = false) =>
  [...exportChunks(listedContacts(t.core.context.contacts, {}, 'name', ALL_CUSTOMERS), { format, bom })].join(
    '',
  );

describe('reading CSV files into contacts', () => {
  test('quoted line breaks, a BOM and a semicolon delimiter', async () => {
    const t = await setupCore();
    const file = '\uFEFFName;Company;Notes\r\n"Lee, Ann";"Acme; Inc.";"line 1\r\nline 2"\r\nBob;;\r\n';
    const { summary } = await importFile(t, file);
    expect(summary).toMatchObject({ read: 2, created: 2, failed: 0, errors: [] });
    expect(allContacts(t).map((c) => [c.name, c.companyName, c.notes])).toEqual([
      ['Bob', null, null],
      ['Lee, Ann', 'Acme; Inc.', 'line 1\r\nline 2'],
    ]);
  });

  test('GBK bytes from Chinese Excel, tab-delimited', async () => {
    const t = await setupCore();
    const { summary } = await importFile(t, gbk('姓名\t公司\n张伟\t王公司\n'));
    expect(summary.created).toBe(1);
    expect(allContacts(t).map((c) => [c.name, c.companyName])).toEqual([['张伟', '王公司']]);
  });

  test('ragged rows: short rows are padded, long rows are reported and left out', async () => {
    const t = await setupCore();
    const file = 'Name,Email,Phone\nAnn\nBob,bob@x.example,555 0100,surprise\nCy,cy@x.example,555 0101,\n';
    const { summary } = await importFile(t, file);
    expect(summary).toMatchObject({ read: 3, created: 2, failed: 1 });
    expect(summary.errors).toEqual([
      { row: 3, field: null, message: 'the row has 4 cells but the header has 3' },
    ]);
    expect(names(allContacts(t))).toEqual(['Ann', 'Cy']);
  });

  test('invalid rows become row errors with row, field and value, and are not imported', async () => {
    const t = await setupCore();
    const file =
      'Name,Email,Phone\n,a@x.example,\nBad,not-an-email,\nWorse,,=cmd\nGood,g@x.example,555 0100\n';
    const { summary } = await importFile(t, file);
    expect(summary).toMatchObject({ read: 4, created: 1, failed: 3 });
    expect(summary.errors).toEqual([
      { row: 2, field: 'name', message: 'a name is required' },
      { row: 3, field: 'emails', message: expect.stringMatching(/^"not-an-email": /) },
      { row: 4, field: 'phones', message: expect.stringMatching(/^"=cmd": /) },
    ]);
    expect(names(allContacts(t))).toEqual(['Good']);
    expect(rowErrorsCsv(summary.errors).split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFRow,Field,Problem',
      '2,name,a name is required',
    ]);
  });

  test('an empty file, a binary file and a file with no name column are refused and write nothing', async () => {
    const t = await setupCore();
    const refusals = [
      [new Uint8Array(), 'empty'],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'binary'],
      [utf8('Colour,Size\nred,XL\n'), 'no-name-column'],
    ] as const;
    for (const [bytes, problem] of refusals) {
      const attempt = importFile(t, bytes);
      await expect(attempt).rejects.toBeInstanceOf(ImportFileError);
      await expect(attempt).rejects.toMatchObject({ problem });
    }
    expect(allContacts(t)).toEqual([]);
  });

  test('--map names the columns itself; other columns are left out', async () => {
    const t = await setupCore();
    const file = 'Kunde,Firma,Name\nAnn,Acme,not this\n';
    await importFile(t, file, { map: 'Kunde=name,firma=companyName' });
    expect(allContacts(t).map((c) => [c.name, c.companyName])).toEqual([['Ann', 'Acme']]);
    await expect(importFile(t, file, { map: 'Kundin=name' })).rejects.toMatchObject({
      problem: 'unknown-column',
    });
  });
});

describe('duplicates', () => {
  async function withExisting(): Promise<{ t: TestCore; annId: number }> {
    const t = await setupCore();
    const ann = await t.call('contacts.create', {
      name: 'Ann Lee',
      phones: ['+86 138 0013 8000'],
      emails: ['Ann.Lee@Acme.example'],
      tags: ['vip'],
      title: 'Buyer',
    });
    return { t, annId: ann.id };
  }
  const file =
    'Name,Email,Phone,Tags,Title\nAnn L.,ann.lee@acme.example,,new,\nZed,,138-0013-8000,,Boss\nNew Person,new@x.example,,,\n';

  test('skip on e-mail: a row with an existing address (any case) is skipped', async () => {
    const { t } = await withExisting();
    const { summary } = await importFile(t, file, { match: 'email', onDuplicate: 'skip' });
    expect(summary).toMatchObject({ read: 3, created: 2, skipped: 1, updated: 0 });
    expect(names(allContacts(t))).toEqual(['Ann Lee', 'New Person', 'Zed']);
  });

  test('update on phone: the match gets the row’s filled fields, lists merged, through its version', async () => {
    const { t, annId } = await withExisting();
    const { summary, before } = await importFile(t, file, { match: 'phone', onDuplicate: 'update' });
    expect(summary).toMatchObject({ read: 3, created: 2, updated: 1, skipped: 0, updatedIds: [annId] });
    expect(before.map((c) => [c.id, c.name, c.version])).toEqual([[annId, 'Ann Lee', 1]]);
    const ann = await t.call('contacts.get', { id: annId });
    expect(ann).toMatchObject({ name: 'Zed', title: 'Boss', version: 2, tags: ['vip'] });
    expect(ann.phones).toEqual(['+86 138 0013 8000', '138-0013-8000']);
    expect(await t.call('contacts.search', { query: '13800138000' })).toMatchObject({
      items: [{ id: annId }],
    });
  });

  test('create: every row goes in, matches or not', async () => {
    const { t } = await withExisting();
    const { summary } = await importFile(t, file, { match: 'email', onDuplicate: 'create' });
    expect(summary).toMatchObject({ created: 3, skipped: 0 });
    expect(allContacts(t)).toHaveLength(4);
  });

  test('a trashed contact is no match', async () => {
    const { t, annId } = await withExisting();
    await t.call('contacts.delete', { id: annId });
    const { summary } = await importFile(t, file, { match: 'email', onDuplicate: 'skip' });
    expect(summary).toMatchObject({ created: 3, skipped: 0 });
  });

  test('inside the file: repeats are reported, and the policy applies to earlier rows of the same batch', async () => {
    const t = await setupCore();
    const rows = [
      'Name,Company,Email,Phone',
      'Ann,Acme,ann@x.example,555 0100',
      'Ann B,,ANN@x.example,',
      'Bob,,,(555) 0100',
      'ann,ACME,,',
      'Cy,,cy@x.example,',
      // One number twice: with its country code, and without.
      'Di,,,+86 138 0013 8000',
      'Ed,,,138-0013-8000',
    ];
    const { summary } = await importFile(t, rows.join('\n'), { match: 'email', onDuplicate: 'update' });
    expect(summary.fileDuplicates).toEqual([
      { row: 3, sameAsRow: 2, by: 'email' },
      { row: 4, sameAsRow: 2, by: 'phone' },
      { row: 5, sameAsRow: 2, by: 'name and company' },
      { row: 8, sameAsRow: 7, by: 'phone' },
    ]);
    expect(summary).toMatchObject({ read: 7, created: 6, updated: 1 });
    expect(names(allContacts(t))).toEqual(['ann', 'Ann B', 'Bob', 'Cy', 'Di', 'Ed']);
    const skipping = await setupCore();
    expect(
      (await importFile(skipping, rows.join('\n'), { match: 'email', onDuplicate: 'skip' })).summary,
    ).toMatchObject({
      created: 6,
      skipped: 1,
    });
  });
});

describe('batches, progress and cancel', () => {
  const manyRows = (n: number) =>
    ['Name,Email', ...Array.from({ length: n }, (_, i) => `Person ${i},p${i}@x.example`)].join('\n');

  test('progress after every batch; the ids created are returned in order', async () => {
    const t = await setupCore();
    const fractions: number[] = [];
    const { summary } = await importFile(t, manyRows(250), {
      batchSize: 100,
      onProgress: (progress) => fractions.push(progress.fraction),
    });
    expect(summary).toMatchObject({ read: 250, created: 250, cancelled: false });
    expect(fractions).toHaveLength(3);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    const created = t.core.context.contacts.get(summary.createdIds[0]!);
    expect(created.name).toBe('Person 0');
    expect(t.core.context.contacts.get(summary.createdIds.at(-1)!).name).toBe('Person 249');
    expect(created.ownerId).toBe(t.owner.user.id);
  });

  test('cancel mid-import keeps the committed batches and reports them', async () => {
    const t = await setupCore();
    const controller = new AbortController();
    const { summary } = await importFile(t, manyRows(1000), {
      batchSize: 100,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.created >= 200) controller.abort();
      },
    });
    expect(summary).toMatchObject({ cancelled: true, read: 200, created: 200 });
    expect(allContacts(t)).toHaveLength(200);
    expect(new Set(summary.createdIds)).toEqual(new Set(allContacts(t).map((c) => c.id)));
  });
});

describe('round trips', () => {
  const people: ContactInput[] = [
    {
      name: '张伟 "Wei" Zhang',
      companyName: 'Acme, Inc.; 北京分公司',
      title: 'Directeur général',
      phones: ['+86 138 0013 8000', '010-6552 9988,,12'],
      emails: ['zhang.wei@acme.example', 'zw@home.example'],
      address: '1 Chang’an Avenue\nBeijing 100000',
      tags: ['vip', '批发', 'emoji 😀'],
      notes: 'Likes "tea";\nsays =1+1, @home\r\n\t-done\\',
    },
    { name: '=HYPERLINK("http://evil.example")', companyName: '+Plus', notes: "'-quoted" },
    { name: 'Zoë Ñandú' },
  ];

  test.each(['csv', 'vcard'] as const)(
    'export to %s and import again keeps every field and character',
    async (format) => {
      const from = await setupCore();
      from.core.context.contacts.insertMany(people, from.owner.user.id, from.clock.now());
      const text = exportText(from, format, format === 'csv');
      const to = await setupCore();
      const { summary } = await importFile(to, text, {
        fileName: `out.${format === 'csv' ? 'csv' : 'vcf'}`,
        match: 'none',
      });
      expect(summary).toMatchObject({ created: people.length, failed: 0 });
      // vCard has one escape for a line break, so a CRLF inside a note comes back as LF.
      const expected = allContacts(from)
        .map(transferred)
        .map((c) => (format === 'vcard' ? { ...c, notes: c.notes?.replaceAll('\r\n', '\n') ?? null } : c));
      expect(allContacts(to).map(transferred)).toEqual(expected);
    },
  );

  test('the CSV export neutralises formulas and starts with a BOM when asked', async () => {
    const t = await setupCore();
    t.core.context.contacts.insertMany(people, t.owner.user.id, t.clock.now());
    const text = exportText(t, 'csv', true);
    expect(text.startsWith('\uFEFFName,Company,Title,Phone,Email,Address,Tags,Notes\r\n')).toBe(true);
    const cells = [...csvRecords(text.slice(1), ',')].flatMap((record) => record.cells);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example")`);
  });
});
