import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { createCallHandler, type CallSender } from '../../../electron/main/ipc/call-handler';
import { createTransferHandler } from '../../../electron/main/ipc/transfer-handler';
import { WindowSessions } from '../../../electron/main/ipc/window-sessions';
import type { CallResult } from '../../../shared/bridge';

const OWNER = { companyName: 'Acme', ownerName: 'Ann Owner', username: 'ann', password: 'password123' };
const ourWindow: CallSender = { contentsId: 1, frame: { url: 'app://crm/', parent: null } };
const foreignFrame: CallSender = { contentsId: 1, frame: { url: 'https://evil.example/', parent: null } };

let core: Core;
let sessions: WindowSessions;
let saved: { from: string; to: string; text: string }[];
let savePath: string | null;

const handlers = () => {
  const handleCall = createCallHandler({ dispatch: core.dispatch, sessions });
  const transfer = createTransferHandler({
    core,
    sessions,
    chooseSavePath: async () => savePath,
    copyFile: async (from, to) => {
      saved.push({ from, to, text: readFileSync(from, 'utf8') });
    },
  });
  return { handleCall, transfer };
};

beforeEach(() => {
  core = createCore({ file: ':memory:' });
  sessions = new WindowSessions();
  sessions.open(ourWindow.contentsId);
  saved = [];
  savePath = '/home/ann/contacts.csv';
});
afterEach(() => core.close());

const resultOf = <T>(outcome: CallResult<T>): T => {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result;
};

test("the window's user uploads a file over IPC and previews it", async () => {
  const { handleCall, transfer } = handlers();
  expect(await transfer.upload(ourWindow, 'a.csv', new TextEncoder().encode('Name\nAnn\n'))).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  await handleCall(ourWindow, 'auth.setup', OWNER);
  const { uploadId } = resultOf(
    await transfer.upload(ourWindow, 'a.csv', new TextEncoder().encode('Name\nAnn\n')),
  );
  const preview = resultOf(await handleCall(ourWindow, 'contacts.import.preview', { uploadId }));
  expect(preview).toMatchObject({ headers: ['Name'], rows: [['Ann']] });
});

test('a download is saved where the user chooses, or not at all when they cancel', async () => {
  const { handleCall, transfer } = handlers();
  await handleCall(ourWindow, 'auth.setup', OWNER);
  await handleCall(ourWindow, 'contacts.create', { name: 'Ann Lee' });
  const exported = await handleCall(ourWindow, 'contacts.export', { format: 'vcard' });
  const { downloadId } = resultOf(exported) as { downloadId: string };

  expect(resultOf(await transfer.download(ourWindow, downloadId))).toEqual({ saved: true });
  expect(saved).toEqual([expect.objectContaining({ to: '/home/ann/contacts.csv' })]);
  expect(saved[0]!.text).toContain('FN:Ann Lee');

  savePath = null;
  expect(resultOf(await transfer.download(ourWindow, downloadId))).toEqual({ saved: false });
  expect(saved).toHaveLength(1);
});

test('a frame showing another site may neither upload nor download', async () => {
  const { handleCall, transfer } = handlers();
  await handleCall(ourWindow, 'auth.setup', OWNER);
  const upload = await transfer.upload(foreignFrame, 'a.csv', new Uint8Array([65]));
  expect(upload).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const download = await transfer.download(foreignFrame, 'A'.repeat(24));
  expect(download).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
