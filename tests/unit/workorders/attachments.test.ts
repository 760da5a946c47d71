import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { receiveUpload } from '../../../electron/core/jobs/file-transfer';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../../../shared/workorders/attachments';
import { closeCores, setupCore, START, type TestCore, type TestUser } from '../core/helpers';
import { recordEvents } from '../followups/helpers';
import { utf8 } from '../transfer/helpers';
import { workOrderOf } from './helpers';

const dataDirs: string[] = [];
afterEach(() => {
  closeCores();
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function companyOnDisk() {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-attachments-test-'));
  dataDirs.push(dataDir);
  const t = await setupCore({ file: undefined, dataDir });
  const workOrder = await t.call('workorders.create', workOrderOf());
  return { t, dataDir, workOrder };
}

/** Sends a file as the upload route and the desktop's IPC do. */
async function uploaded(t: TestCore, bytes: Uint8Array, fileName: string, user: TestUser = t.owner) {
  return (await receiveUpload(t.core, user.token, fileName, [bytes])).uploadId;
}

const storedFiles = (dataDir: string) =>
  existsSync(join(dataDir, 'attachments')) ? readdirSync(join(dataDir, 'attachments')) : [];

describe('attaching files to a work order', () => {
  test('a file is kept under the data directory, listed with who added it, and downloaded byte for byte', async () => {
    const { t, dataDir, workOrder } = await companyOnDisk();
    const events = recordEvents(t);
    const bytes = new Uint8Array([0, 255, 1, 254, ...utf8('photo of tray 2')]);

    const added = await t.call('workorders.attachments.add', {
      workOrderId: workOrder.id,
      uploadId: await uploaded(t, bytes, 'C:\\Users\\ann\\tray 2.jpg'),
    });

    expect(added).toMatchObject({
      workOrderId: workOrder.id,
      fileName: 'tray 2.jpg',
      size: bytes.length,
      addedById: t.owner.user.id,
      addedAt: START,
    });
    expect((await t.call('workorders.attachments.list', { workOrderId: workOrder.id })).items).toEqual([
      added,
    ]);
    // Stored under a name of its own: nothing the user typed reaches a path.
    const [stored] = storedFiles(dataDir);
    expect(stored).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(new Uint8Array(readFileSync(join(dataDir, 'attachments', stored!)))).toEqual(bytes);
    expect(events.filter((e) => e.name === 'workorder.attachmentsChanged').map((e) => e.data)).toEqual([
      { workOrderId: workOrder.id },
    ]);

    const { downloadId, fileName } = await t.call('workorders.attachments.download', { id: added.id });
    expect(fileName).toBe('tray 2.jpg');
    const download = t.core.context.files.download(downloadId, t.owner.user.id);
    expect(new Uint8Array(readFileSync(download.path))).toEqual(bytes);
  });

  test('the upload is used up: attaching it twice is refused', async () => {
    const { t, workOrder } = await companyOnDisk();
    const uploadId = await uploaded(t, utf8('log'), 'app.log');
    await t.call('workorders.attachments.add', { workOrderId: workOrder.id, uploadId });
    await t.fail('workorders.attachments.add', { workOrderId: workOrder.id, uploadId }, 'NOT_FOUND');
  });

  test('any colleague sees and downloads the files; only the one who added it or an admin removes it', async () => {
    const { t, dataDir, workOrder } = await companyOnDisk();
    const sam = await t.addUser('staff', 'sam');
    const kim = await t.addUser('agent', 'kim');
    const admin = await t.addUser('admin', 'ada');
    const bySam = await t.call(
      'workorders.attachments.add',
      { workOrderId: workOrder.id, uploadId: await uploaded(t, utf8('a'), 'a.txt', sam) },
      sam.token,
    );
    const byKim = await t.call(
      'workorders.attachments.add',
      { workOrderId: workOrder.id, uploadId: await uploaded(t, utf8('b'), 'b.txt', kim) },
      kim.token,
    );
    expect(
      (await t.call('workorders.attachments.list', { workOrderId: workOrder.id }, kim.token)).items.map(
        (a) => a.fileName,
      ),
    ).toEqual(['a.txt', 'b.txt']);
    await t.call('workorders.attachments.download', { id: bySam.id }, kim.token);

    await t.fail('workorders.attachments.remove', { id: bySam.id }, 'FORBIDDEN', { token: kim.token });
    expect(storedFiles(dataDir)).toHaveLength(2);
    expect(await t.call('workorders.attachments.remove', { id: bySam.id }, sam.token)).toEqual({
      id: bySam.id,
    });
    expect(await t.call('workorders.attachments.remove', { id: byKim.id }, admin.token)).toEqual({
      id: byKim.id,
    });
    expect(storedFiles(dataDir)).toEqual([]);
    expect((await t.call('workorders.attachments.list', { workOrderId: workOrder.id })).items).toEqual([]);
    await t.fail('workorders.attachments.download', { id: bySam.id }, 'NOT_FOUND');
  });

  test('a download made before the file was removed still holds it', async () => {
    const { t, workOrder } = await companyOnDisk();
    const added = await t.call('workorders.attachments.add', {
      workOrderId: workOrder.id,
      uploadId: await uploaded(t, utf8('kept'), 'kept.txt'),
    });
    const { downloadId } = await t.call('workorders.attachments.download', { id: added.id });
    await t.call('workorders.attachments.remove', { id: added.id });
    const download = t.core.context.files.download(downloadId, t.owner.user.id);
    expect(readFileSync(download.path, 'utf8')).toBe('kept');
  });
});

describe('refused attachments change nothing', () => {
  test('a file over the size limit is refused with PAYLOAD_TOO_LARGE and not kept', async () => {
    const { t, dataDir, workOrder } = await companyOnDisk();
    const uploadId = await uploaded(t, new Uint8Array(MAX_ATTACHMENT_BYTES + 1), 'huge.bin');
    const error = await t.fail(
      'workorders.attachments.add',
      { workOrderId: workOrder.id, uploadId },
      'PAYLOAD_TOO_LARGE',
    );
    expect(error.details).toEqual({ limit: MAX_ATTACHMENT_BYTES });
    expect(storedFiles(dataDir)).toEqual([]);
    expect((await t.call('workorders.attachments.list', { workOrderId: workOrder.id })).items).toEqual([]);
  });

  test(`a work order holds at most ${MAX_ATTACHMENTS} files`, async () => {
    const { t, dataDir, workOrder } = await companyOnDisk();
    for (let i = 0; i < MAX_ATTACHMENTS; i++) {
      await t.call('workorders.attachments.add', {
        workOrderId: workOrder.id,
        uploadId: await uploaded(t, utf8(`${i}`), `${i}.txt`),
      });
    }
    const error = await t.fail(
      'workorders.attachments.add',
      { workOrderId: workOrder.id, uploadId: await uploaded(t, utf8('one more'), 'more.txt') },
      'VALIDATION',
    );
    expect(error.message).toMatch(/at most 50 files/);
    expect(storedFiles(dataDir)).toHaveLength(MAX_ATTACHMENTS);
  });

  test('unknown work orders, foreign or malformed upload ids and unknown attachments are refused', async () => {
    const { t, dataDir, workOrder } = await companyOnDisk();
    const sam = await t.addUser('staff', 'sam');
    const ownersUpload = await uploaded(t, utf8('x'), 'x.txt');
    await t.fail('workorders.attachments.add', { workOrderId: 999, uploadId: ownersUpload }, 'NOT_FOUND');
    // Someone else's upload is not theirs to attach.
    await t.fail(
      'workorders.attachments.add',
      { workOrderId: workOrder.id, uploadId: ownersUpload },
      'NOT_FOUND',
      {
        token: sam.token,
      },
    );
    await t.fail(
      'workorders.attachments.add',
      { workOrderId: workOrder.id, uploadId: '../../etc/passwd' },
      'VALIDATION',
    );
    await t.fail('workorders.attachments.add', { workOrderId: workOrder.id }, 'VALIDATION');
    await t.fail('workorders.attachments.list', { workOrderId: 999 }, 'NOT_FOUND');
    await t.fail('workorders.attachments.download', { id: 999 }, 'NOT_FOUND');
    await t.fail('workorders.attachments.remove', { id: 999 }, 'NOT_FOUND');
    expect(storedFiles(dataDir)).toEqual([]);
    // The refused calls left the owner's upload usable.
    await t.call('workorders.attachments.add', { workOrderId: workOrder.id, uploadId: ownersUpload });
  });

  test('a file gone from the data folder gives a clear NOT_FOUND on download', async () => {
    const { t, dataDir, workOrder } = await companyOnDisk();
    const added = await t.call('workorders.attachments.add', {
      workOrderId: workOrder.id,
      uploadId: await uploaded(t, utf8('gone'), 'gone.txt'),
    });
    rmSync(join(dataDir, 'attachments'), { recursive: true });
    const error = await t.fail('workorders.attachments.download', { id: added.id }, 'NOT_FOUND');
    expect(error.details).toMatchObject({ file: 'missing' });
  });
});

test('an in-memory company keeps its files in a temporary folder removed on close', async () => {
  const t = await setupCore();
  const workOrder = await t.call('workorders.create', workOrderOf());
  await t.call('workorders.attachments.add', {
    workOrderId: workOrder.id,
    uploadId: await uploaded(t, utf8('tmp'), 'tmp.txt'),
  });
  const { attachment, storedAs } = t.core.context.attachments.get(1);
  const path = t.core.context.attachmentFiles.pathOf(storedAs)!;
  expect(attachment.fileName).toBe('tmp.txt');
  expect(existsSync(path)).toBe(true);
  t.core.close();
  expect(existsSync(path)).toBe(false);
});
