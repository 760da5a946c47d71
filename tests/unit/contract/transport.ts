import type { AddressInfo } from 'node:net';
import type { CallResult } from '../../../shared/bridge';
import type { CrmErrorShape } from '../../../shared/errors';
import { createCore, type Core } from '../../../electron/core/core';
import { createServer } from '../../../electron/host/server';

/** What a contract case needs of a transport; `status` is the HTTP status, when there is one. */
export type TransportResult = CallResult & { status?: number };

export interface Transport {
  call(name: string, input: unknown, token?: string): Promise<TransportResult>;
}

export interface TransportFixture {
  transport: Transport;
  close(): Promise<void>;
}

export function inProcessFixture(): TransportFixture {
  const core = createCore({ file: ':memory:' });
  return {
    transport: {
      call: (name, input, token) => core.dispatch({ token, remoteAddress: '127.0.0.1' }, name, input),
    },
    close: async () => core.close(),
  };
}

/** Posts to a listening server and reads `{ result }` or `{ error }` back. */
export function httpTransport(baseUrl: string): Transport {
  return {
    async call(name, input, token) {
      const response = await fetch(`${baseUrl}/api/rpc/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify({ input }),
      });
      const body = (await response.json()) as { result: unknown } | { error: CrmErrorShape };
      return 'error' in body
        ? { ok: false, error: body.error, status: response.status }
        : { ok: true, result: body.result, status: response.status };
    },
  };
}

export async function listen(core: Core, options: Omit<Parameters<typeof createServer>[0], 'core'> = {}) {
  const app = createServer({ core, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

export async function httpFixture(): Promise<TransportFixture> {
  const core = createCore({ file: ':memory:' });
  const { app, baseUrl } = await listen(core, { loopbackOnly: true });
  return {
    transport: httpTransport(baseUrl),
    close: async () => {
      await app.close();
      core.close();
    },
  };
}
