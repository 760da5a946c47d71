import { readdirSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { startHost, type Host } from '../host/helpers';

const hosts: Host[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function host(maxUploadBytes?: number): Promise<Host> {
  const started = await startHost({ server: { maxUploadBytes } });
  hosts.push(started);
  return started;
}

function upload(h: Host, body: BodyInit, token: string | null = h.ownerToken, fileName = '客户.csv') {
  return fetch(`${h.baseUrl}/api/uploads`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
}

test('an uploaded file can be previewed by the user who sent it', async () => {
  const h = await host();
  const response = await upload(h, '姓名,Email\n张伟,zw@example.cn\n');
  expect(response.status).toBe(200);
  const { result } = (await response.json()) as { result: { uploadId: string; size: number } };
  expect(result.size).toBe(Buffer.byteLength('姓名,Email\n张伟,zw@example.cn\n'));
  const preview = await h.rpc('contacts.import.preview', { uploadId: result.uploadId }, h.ownerToken);
  expect(preview.body.result).toMatchObject({ fileName: '客户.csv', headers: ['姓名', 'Email'] });
});

test('an upload needs a session and a name', async () => {
  const h = await host();
  const anonymous = await upload(h, 'Name\nAnn\n', null);
  expect(anonymous.status).toBe(401);
  const nameless = await upload(h, 'Name\nAnn\n', h.ownerToken, ' ');
  expect(nameless.status).toBe(400);
  expect(((await nameless.json()) as { error: { code: string } }).error.code).toBe('VALIDATION');
  // A refused upload's body is not read to its end: the connection closes after the answer.
  expect([anonymous, nameless].map((response) => response.headers.get('connection'))).toEqual([
    'close',
    'close',
  ]);
});

test('a file over the size cap is refused with PAYLOAD_TOO_LARGE and not kept', async () => {
  const h = await host(1000);
  const response = await upload(h, new Uint8Array(1001).fill(65));
  expect(response.status).toBe(413);
  expect(await response.json()).toMatchObject({
    error: { code: 'PAYLOAD_TOO_LARGE', details: { limit: 1000 } },
  });
  // A streamed body of unknown length is cut off where it passes the cap.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(400).fill(65));
      controller.close();
    },
  });
  const streamed = await fetch(`${h.baseUrl}/api/uploads`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': 'a.csv',
      authorization: `Bearer ${h.ownerToken}`,
    },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  expect(streamed.status).toBe(413);
  expect(readdirSync(h.core.context.files.folder)).toEqual([]);
});

test('an export downloads with its name, for its own user only', async () => {
  const h = await host();
  await h.rpc('contacts.create', { name: 'Ann Lee' }, h.ownerToken);
  const prepared = await h.rpc('contacts.export', { format: 'csv', bom: true }, h.ownerToken);
  const { downloadId, fileName } = prepared.body.result as { downloadId: string; fileName: string };
  const url = `${h.baseUrl}/api/downloads/${downloadId}`;

  const response = await fetch(url, { headers: { authorization: `Bearer ${h.ownerToken}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toContain(`filename="${fileName}"`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes)).toContain('Ann Lee');

  expect((await fetch(url)).status).toBe(401);
  const other = await fetch(`${h.baseUrl}/api/downloads/${'B'.repeat(24)}`, {
    headers: { authorization: `Bearer ${h.ownerToken}` },
  });
  expect(other.status).toBe(404);
});

test("another user's token cannot download a user's file", async () => {
  const h = await host();
  const prepared = await h.rpc('contacts.export', { format: 'csv' }, h.ownerToken);
  const { downloadId } = prepared.body.result as { downloadId: string };
  const bo = h.core.context.users.create(
    { username: 'bo', displayName: 'Bo Staff', role: 'staff', passwordHash: 'unused' },
    Date.now(),
  );
  const response = await fetch(`${h.baseUrl}/api/downloads/${downloadId}`, {
    headers: { authorization: `Bearer ${h.core.context.sessions.create(bo.id)}` },
  });
  expect(response.status).toBe(404);
  expect(await response.text()).not.toContain('Name,');
});
