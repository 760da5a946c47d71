import { describe, expect, test, vi } from 'vitest';
import { createBridge, type RendererIpc } from '../../../electron/preload/bridge';
import { createHttpBridge } from '../../../renderer/bridge/httpBridge';
import { memoryTokens, recordingChannel } from '../renderer/fakes';

function httpBridge(answer: Response) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    return answer;
  }) as typeof globalThis.fetch;
  const saved: { text: Promise<string>; fileName: string }[] = [];
  const bridge = createHttpBridge({
    fetch,
    tokens: memoryTokens('tok-1'),
    events: recordingChannel(),
    saveBlob: (blob, fileName) => saved.push({ text: blob.text(), fileName }),
  });
  return { bridge, requests, saved };
}

describe('HTTP bridge files', () => {
  test('uploads the raw file with its name and the session, and answers its upload id', async () => {
    const answer = Response.json({ result: { uploadId: 'u'.repeat(24), size: 9 } });
    const { bridge, requests } = httpBridge(answer);
    const file = new File(['Name\nAnn\n'], '客户.csv');
    expect(await bridge.upload(file)).toEqual({ ok: true, result: { uploadId: 'u'.repeat(24), size: 9 } });
    expect(requests[0]!.url).toBe('/api/uploads');
    expect(requests[0]!.init?.headers).toEqual({
      'Content-Type': 'application/octet-stream',
      'X-File-Name': encodeURIComponent('客户.csv'),
      Authorization: 'Bearer tok-1',
    });
    expect(requests[0]!.init?.body).toBe(file);
  });

  test('a refused upload answers the error', async () => {
    const answer = Response.json(
      { error: { code: 'PAYLOAD_TOO_LARGE', message: 'too big', details: { limit: 1 } } },
      { status: 413 },
    );
    const { bridge } = httpBridge(answer);
    expect(await bridge.upload(new File(['xx'], 'a.csv'))).toEqual({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'too big', details: { limit: 1 } },
    });
  });

  test('a download is fetched with the session and handed to the browser under its name', async () => {
    const { bridge, requests, saved } = httpBridge(new Response('Name\r\nAnn\r\n'));
    expect(await bridge.download('d'.repeat(24), 'contacts.csv')).toEqual({
      ok: true,
      result: { saved: true },
    });
    expect(requests[0]!.url).toBe(`/api/downloads/${'d'.repeat(24)}`);
    expect(requests[0]!.init?.headers).toEqual({ Authorization: 'Bearer tok-1' });
    expect(saved.map((file) => file.fileName)).toEqual(['contacts.csv']);
    expect(await saved[0]!.text).toBe('Name\r\nAnn\r\n');
  });
});

describe('Electron bridge files', () => {
  test('upload and download go over their own channels with plain data', async () => {
    const invoke = vi.fn(async (channel: string) =>
      channel === 'crm:upload'
        ? { ok: true, result: { uploadId: 'x', size: 2 } }
        : { ok: true, result: { saved: true } },
    );
    const ipc: RendererIpc = { invoke, on: () => undefined, removeListener: () => undefined };
    const bridge = createBridge(ipc);
    await bridge.upload(new File(['hi'], 'a.csv'));
    await bridge.download('d'.repeat(24), 'contacts.csv');
    expect(invoke.mock.calls).toEqual([
      ['crm:upload', 'a.csv', new Uint8Array([104, 105])],
      ['crm:download', 'd'.repeat(24)],
    ]);
  });
});
