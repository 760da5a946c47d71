import { afterEach, describe, expect, test } from 'vitest';
import { IMPORT_BATCH } from '../../../electron/core/modules/contacts/transfer/transfer-procedures';
import { closeCores, DAY, setupCore, START } from '../core/helpers';
import { licenseOptions } from '../license/keys';
import { allContacts, transferred } from './helpers';
import { downloaded, importState, people, recordEvents, runImport, upload } from './runs-helpers';

afterEach(closeCores);

describe('contacts.import.preview', () => {
  test('shows the encoding, delimiter, columns with a proposed mapping and the first rows, changing nothing', async () => {
    const t = await setupCore();
    const uploadId = await upload(t, '姓名;手机;Email;Shoe size\n张伟;13800138000;zw@example.cn;42\n');
    const before = importState(t);
    expect(await t.call('contacts.import.preview', { uploadId })).toEqual({
      fileName: 'people.csv',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      headers: ['姓名', '手机', 'Email', 'Shoe size'],
      mapping: ['name', 'phones', 'emails', null],
      rows: [['张伟', '13800138000', 'zw@example.cn', '42']],
    });
    expect(importState(t)).toEqual(before);
  });

  test("another user's upload is not found", async () => {
    const t = await setupCore();
    const uploadId = await upload(t, 'Name\nAnn\n');
    const staff = await t.addUser('staff', 'sam');
    await t.fail('contacts.import.preview', { uploadId }, 'NOT_FOUND', { token: staff.token });
  });
});

describe('contacts.import.start', () => {
  test.each([
    ['an unknown match field', { match: 'fax' }, 'VALIDATION'],
    ['a mapping for another number of columns', { mapping: ['name'] }, 'VALIDATION'],
    ['a mapping without a name', { mapping: ['emails', 'phones'] }, 'VALIDATION'],
    ['an upload id that was never given', { uploadId: 'A'.repeat(24) }, 'NOT_FOUND'],
  ] as const)('refuses %s and changes nothing', async (_name, change, code) => {
    const t = await setupCore();
    const uploadId = await upload(t, 'Name,Email\nAnn,ann@example.com\n');
    const before = importState(t);
    await t.fail('contacts.import.start', { uploadId, match: 'email', onDuplicate: 'skip', ...change }, code);
    expect(importState(t)).toEqual(before);
  });

  test('records who imported which file, what it did, and tells only that user how it goes', async () => {
    const t = await setupCore();
    const staff = await t.addUser('staff', 'sam');
    await t.call('contacts.create', { name: 'Ann Lee', emails: ['ann@example.com'] });
    const events = recordEvents(t);
    const run = await runImport(
      t,
      'Name,Email,Phone\nAnn Again,ANN@example.com,\nBob,bob@example.com,\n,nobody@example.com,\nCy,,12\n',
      { match: 'email', onDuplicate: 'skip' },
      staff,
    );
    expect(run).toMatchObject({
      userId: staff.user.id,
      userName: staff.user.displayName,
      fileName: 'people.csv',
      status: 'finished',
      read: 4,
      created: 1,
      skipped: 1,
      failed: 2,
      startedAt: START,
      finishedAt: START,
      undoneAt: null,
    });
    expect(run.errors.map((error) => [error.row, error.field])).toEqual([
      [4, 'name'],
      [5, 'phones'],
    ]);
    expect(allContacts(t).map((c) => c.name)).toEqual(['Ann Lee', 'Bob']);

    const progress = events.filter((event) => event.name === 'import.progress');
    expect(progress.at(-1)?.data).toMatchObject({ importId: run.id, read: 4, created: 1, fraction: 1 });
    const finished = events.filter((event) => event.name === 'import.finished');
    expect(finished.map((event) => event.data)).toEqual([{ importId: run.id, status: 'finished' }]);
    for (const event of [...progress, ...finished]) {
      expect(event.audience).toEqual({ kind: 'users', userIds: [staff.user.id] });
    }
    // Everyone's customer list reloads once, instead of one event per imported contact.
    const bulk = events.filter((event) => event.name === 'contacts.changedInBulk');
    expect(bulk.map((event) => [event.data, event.audience])).toEqual([
      [{ reason: 'import' }, { kind: 'company' }],
    ]);
  });

  test('cancel stops between batches and keeps the batches committed', async () => {
    const t = await setupCore();
    const uploadId = await upload(t, people(IMPORT_BATCH * 5));
    const { importId } = await t.call('contacts.import.start', {
      uploadId,
      match: 'none',
      onDuplicate: 'create',
    });
    expect((await t.call('contacts.import.get', { importId })).status).toBe('running');
    await t.call('contacts.import.cancel', { importId });
    await t.core.context.jobs.settled(importId);

    const run = await t.call('contacts.import.get', { importId });
    expect(run).toMatchObject({ status: 'cancelled', created: IMPORT_BATCH, read: IMPORT_BATCH });
    expect(allContacts(t)).toHaveLength(IMPORT_BATCH);
  });

  test('only its user or an admin may cancel an import', async () => {
    const t = await setupCore();
    const staff = await t.addUser('staff', 'sam');
    const uploadId = await upload(t, people(IMPORT_BATCH * 2));
    const { importId } = await t.call('contacts.import.start', {
      uploadId,
      match: 'none',
      onDuplicate: 'create',
    });
    await t.fail('contacts.import.cancel', { importId }, 'FORBIDDEN', { token: staff.token });
    await t.core.context.jobs.settled(importId);
    expect((await t.call('contacts.import.get', { importId })).status).toBe('finished');
  });
});

test('matching by name finds the same name at the same company, never the name alone', async () => {
  const t = await setupCore();
  const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Huawei Ltd' });
  const other = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'ZTE' });
  const run = await runImport(
    t,
    'Name,Company,Title\nann  LEE,ＨＵＡＷＥＩ Ltd,Buyer\nAnn Lee,,Intern\nAnn Lee,Alibaba,CFO\n',
    { match: 'name', onDuplicate: 'update' },
  );
  expect(run).toMatchObject({ updated: 1, created: 2, failed: 0 });
  expect(await t.call('contacts.get', { id: ann.id })).toMatchObject({ title: 'Buyer' });
  expect(await t.call('contacts.get', { id: other.id })).toMatchObject({ title: null });
});

describe('contacts.import.undo', () => {
  async function importedOverAnn() {
    const t = await setupCore();
    const ann = await t.call('contacts.create', {
      name: 'Ann Lee',
      companyName: 'Huawei',
      emails: ['ann@example.com'],
      tags: ['vip'],
      notes: 'met at the fair',
    });
    t.clock.advance(DAY);
    const run = await runImport(
      t,
      'Name,Email,Company,Tags\nAnn Li,ann@example.com,ZTE,lead\nBob,bob@example.com,,\nCy,cy@example.com,,\n',
      { match: 'email', onDuplicate: 'update' },
    );
    return { t, ann, run };
  }

  test('takes the created contacts away and gives updated ones back their fields, in one step', async () => {
    const { t, ann, run } = await importedOverAnn();
    expect(run).toMatchObject({ created: 2, updated: 1 });
    expect(transferred(await t.call('contacts.get', { id: ann.id }))).toMatchObject({
      name: 'Ann Li',
      companyName: 'ZTE',
      tags: ['vip', 'lead'],
    });

    expect(await t.call('contacts.import.undo', { importId: run.id })).toEqual({
      removed: 2,
      restored: 1,
      kept: [],
    });
    expect(allContacts(t).map(transferred)).toEqual([transferred(ann)]);
    expect(await t.call('contacts.import.get', { importId: run.id })).toMatchObject({
      status: 'undone',
      undoneAt: START + DAY,
    });
    await t.fail('contacts.import.undo', { importId: run.id }, 'CONFLICT');
  });

  test('leaves contacts changed since the import as they are and names them', async () => {
    const { t, ann, run } = await importedOverAnn();
    const annNow = await t.call('contacts.get', { id: ann.id });
    await t.call('contacts.update', { id: ann.id, version: annNow.version, patch: { title: 'CEO' } });
    const bob = allContacts(t).find((c) => c.name === 'Bob')!;
    await t.call('contacts.update', { id: bob.id, version: bob.version, patch: { title: 'Buyer' } });
    const cy = allContacts(t).find((c) => c.name === 'Cy')!;
    await t.call('contacts.delete', { id: cy.id });

    expect(await t.call('contacts.import.undo', { importId: run.id })).toEqual({
      removed: 0,
      restored: 0,
      kept: [
        { id: bob.id, name: 'Bob', reason: 'changed' },
        { id: cy.id, name: 'Cy', reason: 'gone' },
        { id: ann.id, name: 'Ann Li', reason: 'changed' },
      ],
    });
    expect(await t.call('contacts.get', { id: ann.id })).toMatchObject({ name: 'Ann Li', title: 'CEO' });
    expect(await t.call('contacts.get', { id: bob.id })).toMatchObject({ title: 'Buyer', deletedAt: null });
  });

  test('another staff user may not undo it; an admin may', async () => {
    const { t, run } = await importedOverAnn();
    const staff = await t.addUser('staff', 'sam');
    const admin = await t.addUser('admin', 'ada');
    const before = importState(t);
    await t.fail('contacts.import.undo', { importId: run.id }, 'FORBIDDEN', { token: staff.token });
    expect(importState(t)).toEqual(before);
    await t.call('contacts.import.undo', { importId: run.id }, admin.token);
    expect(allContacts(t).map((c) => c.name)).toEqual(['Ann Lee']);
  });
});

describe('contacts.import.errors and list', () => {
  test('the row errors download as a CSV a spreadsheet opens', async () => {
    const t = await setupCore();
    const run = await runImport(t, 'Name,Email\n,a@example.com\nBo,not-an-email\n');
    const file = await t.call('contacts.import.errors', { importId: run.id });
    expect(file).toMatchObject({ fileName: `import-${run.id}-errors.csv`, count: 2 });
    expect(downloaded(t, file.downloadId)).toBe(
      '\uFEFFRow,Field,Problem\r\n2,name,a name is required\r\n3,emails,"""not-an-email"": Invalid email address"\r\n',
    );
  });

  test('lists imports newest first, page by page', async () => {
    const t = await setupCore();
    const first = await runImport(t, 'Name\nA\n');
    const second = await runImport(t, 'Name\nB\n');
    const page1 = await t.call('contacts.import.list', { limit: 1 });
    expect(page1.items.map((run) => run.id)).toEqual([second.id]);
    const page2 = await t.call('contacts.import.list', { limit: 1, cursor: page1.nextCursor });
    expect(page2).toEqual({ items: [first], nextCursor: null });
    await t.fail('contacts.import.list', { cursor: 'x' }, 'VALIDATION');
  });
});

describe('contacts.export', () => {
  test('writes the filtered list as CSV with a BOM for Excel, formulas neutralised', async () => {
    const t = await setupCore();
    await t.call('contacts.create', {
      name: '=HYPERLINK("x")',
      tags: ['vip'],
      phones: ['+86 138 0013 8000'],
    });
    await t.call('contacts.create', { name: 'Not tagged' });
    const file = await t.call('contacts.export', { filter: { tag: 'vip' }, format: 'csv', bom: true });
    expect(file).toMatchObject({ fileName: 'contacts-2025-01-06.csv', count: 1 });
    const text = downloaded(t, file.downloadId);
    expect(text.startsWith('\uFEFFName,Company,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""x"")",`);
    expect(text).toContain(`'+86 138 0013 8000`);
    expect(text).not.toContain('Not tagged');
  });

  test('writes chosen contacts as vCard, leaving out trashed ones', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    const bob = await t.call('contacts.create', { name: 'Bob' });
    await t.call('contacts.delete', { id: bob.id });
    const file = await t.call('contacts.export', { ids: [ann.id, bob.id], format: 'vcard' });
    expect(file).toMatchObject({ fileName: 'contacts-2025-01-06.vcf', count: 1 });
    expect(downloaded(t, file.downloadId)).toBe('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nEND:VCARD\r\n');
    await t.fail('contacts.export', { ids: [ann.id], filter: {}, format: 'csv' }, 'VALIDATION');
  });

  test('stays open after the trial ends, while imports are locked', async () => {
    const t = await setupCore({ license: licenseOptions() });
    await t.call('contacts.create', { name: 'Ann Lee' });
    const uploadId = await upload(t, 'Name\nBob\n');
    while (t.clock.now() < START + 30 * DAY) {
      t.clock.advance(6 * DAY);
      await t.call('auth.me', {});
    }
    expect((await t.call('contacts.export', { format: 'csv' })).count).toBe(1);
    await t.fail('contacts.import.start', { uploadId, match: 'email', onDuplicate: 'skip' }, 'MODULE_LOCKED');
  });

  test('a download belongs to the user who asked for it', async () => {
    const t = await setupCore();
    const staff = await t.addUser('staff', 'sam');
    const file = await t.call('contacts.export', { format: 'csv' });
    expect(() => t.core.context.files.download(file.downloadId, staff.user.id)).toThrow(/not available/);
  });
});
