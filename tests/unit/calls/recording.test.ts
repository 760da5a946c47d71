import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { receiveUpload } from '../../../electron/core/jobs/file-transfer';
import { MAX_RECORDING_BYTES } from '../../../shared/calls/contract';
import { closeCores, type TestCore, type TestUser } from '../core/helpers';
import { utf8 } from '../transfer/helpers';
import { callRows, withCustomer } from './helpers';

const dataDirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  closeCores();
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A company on disk with Ann, and one ended call of the owner's with her. */
async function endedCall() {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-recordings-test-'));
  dataDirs.push(dataDir);
  const { t, ann } = await withCustomer({ file: undefined, dataDir });
  const { call } = await t.call('calls.dial', { number: '+86 13800138000', contactId: ann.id });
  return { t, dataDir, ann, call: await t.call('calls.end', { callId: call.id }) };
}

const uploaded = async (t: TestCore, bytes: Uint8Array, fileName: string, user: TestUser = t.owner) =>
  (await receiveUpload(t.core, user.token, fileName, [bytes])).uploadId;

const storedFiles = (dataDir: string) =>
  existsSync(join(dataDir, 'attachments')) ? readdirSync(join(dataDir, 'attachments')) : [];

describe('a call’s recording', () => {
  test('is attached to an ended call, kept under the data directory and saved byte for byte', async () => {
    const { t, dataDir, call } = await endedCall();
    const bytes = new Uint8Array([0x49, 0x44, 0x33, 0, 255, ...utf8('ring ring')]);

    const withRecording = await t.call('calls.recording.attach', {
      callId: call.id,
      uploadId: await uploaded(t, bytes, 'C:\\PBX\\2026-11-27 Ann.MP3'),
    });

    expect(withRecording).toMatchObject({
      recording: { fileName: '2026-11-27 Ann.MP3', size: bytes.length },
      version: call.version + 1,
    });
    expect(storedFiles(dataDir)).toHaveLength(1);
    const { downloadId, fileName } = await t.call('calls.recording.download', { callId: call.id });
    expect(fileName).toBe('2026-11-27 Ann.MP3');
    const download = t.core.context.files.download(downloadId, t.owner.user.id);
    expect(new Uint8Array(readFileSync(download.path))).toEqual(bytes);
  });

  test('a second recording replaces the first, whose file is deleted; removing deletes the last', async () => {
    const { t, dataDir, call } = await endedCall();
    await t.call('calls.recording.attach', {
      callId: call.id,
      uploadId: await uploaded(t, utf8('one'), 'a.wav'),
    });
    const [first] = storedFiles(dataDir);
    const replaced = await t.call('calls.recording.attach', {
      callId: call.id,
      uploadId: await uploaded(t, utf8('second'), 'b.m4a'),
    });
    expect(replaced.recording).toEqual({ fileName: 'b.m4a', size: 6 });
    expect(storedFiles(dataDir)).toHaveLength(1);
    expect(storedFiles(dataDir)).not.toContain(first);

    const removed = await t.call('calls.recording.remove', { callId: call.id });
    expect(removed.recording).toBeNull();
    expect(storedFiles(dataDir)).toEqual([]);
    await t.fail('calls.recording.remove', { callId: call.id }, 'NOT_FOUND');
    await t.fail('calls.recording.download', { callId: call.id }, 'NOT_FOUND');
  });

  test('a file that is not audio is VALIDATION, a running call CONFLICT; nothing is kept', async () => {
    const { t, dataDir, ann, call } = await endedCall();
    const notAudio = await t.fail(
      'calls.recording.attach',
      { callId: call.id, uploadId: await uploaded(t, utf8('MZ'), 'setup.exe') },
      'VALIDATION',
    );
    expect(notAudio.details).toMatchObject({ issues: [{ path: ['uploadId'] }] });
    await t.fail(
      'calls.recording.attach',
      { callId: call.id, uploadId: await uploaded(t, utf8('x'), 'mp3') },
      'VALIDATION',
    );
    const running = await t.call('calls.dial', { number: '13800138000', contactId: ann.id });
    const before = callRows(t);
    await t.fail(
      'calls.recording.attach',
      { callId: running.call.id, uploadId: await uploaded(t, utf8('x'), 'early.mp3') },
      'CONFLICT',
    );
    expect(callRows(t)).toEqual(before);
    expect(storedFiles(dataDir)).toEqual([]);
  });

  test('a recording over the limit is PAYLOAD_TOO_LARGE before it is kept', async () => {
    const { t, dataDir, call } = await endedCall();
    const uploadId = await uploaded(t, utf8('big'), 'long call.mp3');
    vi.spyOn(t.core.context.files, 'uploadInfo').mockReturnValue({
      fileName: 'long call.mp3',
      size: MAX_RECORDING_BYTES + 1,
    });
    await t.fail('calls.recording.attach', { callId: call.id, uploadId }, 'PAYLOAD_TOO_LARGE');
    expect(storedFiles(dataDir)).toEqual([]);
    expect((await t.call('calls.list', {})).items[0]!.recording).toBeNull();
  });

  test('only the agent, an admin or the owner attaches or removes; a hidden customer’s recording is NOT_FOUND', async () => {
    const { t, call } = await endedCall();
    const sam = await t.addUser('staff', 'sam');
    const ada = await t.addUser('admin', 'ada');
    await t.fail(
      'calls.recording.attach',
      { callId: call.id, uploadId: await uploaded(t, utf8('x'), 'x.mp3', sam) },
      'FORBIDDEN',
      { token: sam.token },
    );
    await t.call(
      'calls.recording.attach',
      { callId: call.id, uploadId: await uploaded(t, utf8('x'), 'x.mp3', ada) },
      ada.token,
    );
    await t.fail('calls.recording.remove', { callId: call.id }, 'FORBIDDEN', { token: sam.token });
    // Everyone sees every customer by default; once staff see only their own, Ann's call is hidden.
    await t.call('calls.recording.download', { callId: call.id }, sam.token);
    await t.call('company.settings.update', { version: 1, patch: { customerVisibility: 'own' } });
    await t.fail('calls.recording.download', { callId: call.id }, 'NOT_FOUND', { token: sam.token });
  });
});
