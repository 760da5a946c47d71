import { afterEach, describe, expect, test } from 'vitest';
import {
  exportChunks,
  listedContacts,
} from '../../../electron/core/modules/contacts/transfer/export-contacts';
import { ALL_CUSTOMERS } from '../../../electron/core/modules/contacts/visibility';
import { closeCores, setupCore, type TestCore } from '../core/helpers';
import { allContacts, importFile } from '../transfer/helpers';
import { downloaded, runImport, upload } from '../transfer/runs-helpers';
import { everyType, key } from './helpers';

afterEach(closeCores);

const HEADER = 'Name,Email,note,BUDGET,Birthday,Level,Interests,Newsletter';

describe('importing custom fields', () => {
  test('a column named as a field’s label fills it, each cell read by the field’s type', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const file = [
      HEADER,
      'Ann,ann@x.com,Likes tea,"1,234.5",2025/3/1,gold,tea; cake,是',
      'Bob,bob@x.com,,,,,,',
    ].join('\n');
    const { summary } = await importFile(t, file);
    expect(summary).toMatchObject({ created: 2, failed: 0, errors: [] });
    expect(allContacts(t).map((c) => [c.name, c.custom])).toEqual([
      [
        'Ann',
        {
          [key(f.note)]: 'Likes tea',
          [key(f.budget)]: 1234.5,
          [key(f.birthday)]: '2025-03-01',
          [key(f.level)]: 'Gold',
          [key(f.interests)]: ['Tea', 'Cake'],
          [key(f.newsletter)]: true,
        },
      ],
      ['Bob', {}],
    ]);
    expect((await t.call('contacts.search', { query: 'likes tea' })).items.map((c) => c.name)).toEqual([
      'Ann',
    ]);
  });

  test('a cell that does not fit is reported and left out; the rest of the row is imported', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const file = [HEADER, 'Ann,ann@x.com,ok,lots,2025-02-30,Platinum,tea|wine,maybe'].join('\n');
    const { summary } = await importFile(t, file);
    expect(summary).toMatchObject({ read: 1, created: 1, failed: 0 });
    expect(summary.errors).toEqual([
      { row: 2, field: 'Budget', message: '"lots": not a number; the row was imported without it' },
      {
        row: 2,
        field: 'Birthday',
        message: '"2025-02-30": a day that does not exist; the row was imported without it',
      },
      {
        row: 2,
        field: 'Level',
        message: '"Platinum": not one of the field’s choices; the row was imported without it',
      },
      {
        row: 2,
        field: 'Interests',
        message: '"tea|wine": not one of the field’s choices; the row was imported without it',
      },
      { row: 2, field: 'Newsletter', message: '"maybe": not yes or no; the row was imported without it' },
    ]);
    expect(allContacts(t).map((c) => [c.name, c.custom])).toEqual([['Ann', { [key(f.note)]: 'ok' }]]);
  });

  test('a duplicate updated from the file keeps its other values and takes the file’s', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    await t.call('contacts.create', {
      name: 'Ann',
      emails: ['ann@x.com'],
      custom: { [key(f.note)]: 'old note', [key(f.level)]: 'Silver' },
    });
    const { summary } = await importFile(t, 'Name,Email,Level,Budget\nAnn,ann@x.com,Gold,7\n', {
      onDuplicate: 'update',
    });
    expect(summary).toMatchObject({ updated: 1, created: 0 });
    expect(allContacts(t)[0]!.custom).toEqual({
      [key(f.note)]: 'old note',
      [key(f.level)]: 'Gold',
      [key(f.budget)]: 7,
    });
  });

  test('undoing an import that updated a contact gives it back its custom values', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    await t.call('contacts.create', {
      name: 'Ann',
      emails: ['ann@x.com'],
      custom: { [key(f.level)]: 'Silver' },
    });
    const run = await runImport(t, 'Name,Email,Level\nAnn,ann@x.com,Gold\n', { onDuplicate: 'update' });
    expect(allContacts(t)[0]!.custom).toEqual({ [key(f.level)]: 'Gold' });
    expect(await t.call('contacts.import.undo', { importId: run.id })).toMatchObject({ restored: 1 });
    expect(allContacts(t)[0]!.custom).toEqual({ [key(f.level)]: 'Silver' });
  });

  test('a column map may name custom.<id>; an archived or unknown field is refused before any row', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    await importFile(t, 'Full name,Rank\nAnn,Silver\n', { map: `Full name=name,Rank=custom.${f.level.id}` });
    expect(allContacts(t)[0]!.custom).toEqual({ [key(f.level)]: 'Silver' });
    await t.call('customFields.update', { id: f.level.id, version: 1, patch: { archived: true } });
    await expect(
      importFile(t, 'Name,Rank\nBob,Gold\n', { map: `Rank=custom.${f.level.id}` }),
    ).rejects.toThrow(/custom\.\d+.*archived/);
    await expect(importFile(t, 'Name,Rank\nBob,Gold\n', { map: 'Rank=custom.999' })).rejects.toThrow(
      /custom\.999/,
    );
    expect(allContacts(t).map((c) => c.name)).toEqual(['Ann']);
  });

  test('through the app: the preview proposes the field, the import fills it, the errors download names the cell', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const file = 'Name,Ｌｅｖｅｌ,Newsletter\nAnn,Gold,x\nBob,Bronze,no\n';
    const preview = await t.call('contacts.import.preview', { uploadId: await upload(t, file) });
    expect(preview.mapping).toEqual(['name', `custom.${f.level.id}`, `custom.${f.newsletter.id}`]);
    const run = await runImport(t, file, { mapping: preview.mapping });
    expect(run).toMatchObject({ status: 'finished', created: 2, failed: 0 });
    expect(allContacts(t).map((c) => c.custom)).toEqual([
      { [key(f.level)]: 'Gold', [key(f.newsletter)]: true },
      { [key(f.newsletter)]: false },
    ]);
    const errors = await t.call('contacts.import.errors', { importId: run.id });
    expect(downloaded(t, errors.downloadId)).toContain('3,Level,"""Bronze"": not one of the field’s choices');
    await t.fail(
      'contacts.import.start',
      {
        uploadId: await upload(t, file),
        mapping: ['name', 'custom.999', null],
        match: 'none',
        onDuplicate: 'create',
      },
      'VALIDATION',
    );
  });
});

describe('exporting custom fields', () => {
  const exportText = (t: TestCore) =>
    [
      ...exportChunks(listedContacts(t.core.context.contacts, {}, 'name', ALL_CUSTOMERS), {
        format: 'csv',
        customFields: t.core.context.customFields.live('contact'),
      }),
    ].join('');

  test('one column per live field after the standard ones, named by its label; formulas neutralised', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    await t.call('customFields.update', { id: f.birthday.id, version: 1, patch: { archived: true } });
    await t.call('contacts.create', {
      name: 'Ann',
      custom: {
        [key(f.note)]: '=HYPERLINK("x")',
        [key(f.budget)]: -1234.5,
        [key(f.level)]: 'Gold',
        [key(f.interests)]: ['Tea', 'Cake'],
        [key(f.newsletter)]: false,
      },
    });
    const [header, row] = exportText(t).split('\r\n');
    expect(header).toBe(
      'Name,Company,Title,Phone,Email,Address,Tags,Notes,Note,Budget,Level,Interests,Newsletter',
    );
    expect(row).toBe(`Ann,,,,,,,,"'=HYPERLINK(""x"")",'-1234.5,Gold,Tea; Cake,no`);
  });

  test('what is exported imports back to the same values', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const custom = {
      [key(f.note)]: 'Likes tea, and "cake"',
      [key(f.budget)]: -0.5,
      [key(f.birthday)]: '2024-02-29',
      [key(f.level)]: 'Silver',
      [key(f.interests)]: ['Tea', 'Coffee'],
      [key(f.newsletter)]: true,
    };
    await t.call('contacts.create', { name: 'Ann', custom });
    const text = exportText(t);
    const u = await setupCore();
    await everyType(u);
    const { summary } = await importFile(u, text);
    expect(summary).toMatchObject({ created: 1, errors: [] });
    expect(allContacts(u)[0]!.custom).toEqual(custom);
  });

  test('the app’s export carries the live fields too', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    await t.call('contacts.create', { name: 'Ann', custom: { [key(f.level)]: 'Gold' } });
    const prepared = await t.call('contacts.export', { format: 'csv' });
    const [header, row] = downloaded(t, prepared.downloadId).split('\r\n');
    expect(header).toMatch(/,Note,Budget,Birthday,Level,Interests,Newsletter$/);
    expect(row).toBe('Ann,,,,,,,,,,,Gold,,');
  });
});
