import { createCore, type Core, type CoreOptions } from '../../../electron/core/core';
import type { ServerOptions } from '../../../electron/host/server';
import { listen } from '../contract/transport';

export const OWNER = {
  companyName: 'Acme',
  ownerName: 'Ann Owner',
  username: 'ann',
  password: 'password123',
};

export interface Host {
  core: Core;
  baseUrl: string;
  ownerToken: string;
  ownerId: number;
  /** POSTs `{ input }` to a procedure; returns the status and the parsed body. */
  rpc(name: string, input: unknown, token?: string): Promise<{ status: number; body: RpcBody }>;
  close(): Promise<void>;
}

export type RpcBody = {
  result?: unknown;
  error?: { code: string; message: string; details?: Record<string, unknown> };
};

/** A listening server over a fresh in-memory company with its owner signed in. */
export async function startHost(
  options: { core?: Partial<CoreOptions>; server?: Omit<ServerOptions, 'core'> } = {},
): Promise<Host> {
  const core = createCore({ file: ':memory:', ...options.core });
  const { app, baseUrl } = await listen(core, { loopbackOnly: true, ...options.server });
  const rpc = async (name: string, input: unknown, token?: string) => {
    const response = await fetch(`${baseUrl}/api/rpc/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ input }),
    });
    return { status: response.status, body: (await response.json()) as RpcBody };
  };
  const setup = await rpc('auth.setup', OWNER);
  const session = setup.body.result as { token: string; user: { id: number } };
  return {
    core,
    baseUrl,
    ownerToken: session.token,
    ownerId: session.user.id,
    rpc,
    close: async () => {
      await app.close();
      core.close();
    },
  };
}
