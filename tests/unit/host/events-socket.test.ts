import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLOSE_UNAUTHENTICATED, EVENTS_MAX_PAYLOAD } from '../../../electron/host/events-socket';
import { startHost, type Host } from './helpers';

let host: Host;
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await host.close();
});

interface Client {
  socket: WebSocket;
  messages: unknown[];
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves with the first message (already received or still to come) that matches. */
  waitFor(match: (message: unknown) => boolean): Promise<unknown>;
}

async function connect(): Promise<Client> {
  const socket = new WebSocket(`${host.baseUrl.replace('http', 'ws')}/api/events`);
  sockets.push(socket);
  const messages: unknown[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(data.toString()));
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const waitFor = async (match: (message: unknown) => boolean) => {
    for (;;) {
      const found = messages.find(match);
      if (found !== undefined) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { socket, messages, closed, waitFor };
}

async function signedInClient(token: string): Promise<Client> {
  const client = await connect();
  client.socket.send(JSON.stringify({ type: 'auth', token }));
  await client.waitFor((m) => (m as { type: string }).type === 'ready');
  return client;
}

/** A second user of the company, with a session of their own. */
function secondUser() {
  const user = host.core.context.users.create(
    { username: 'bo', displayName: 'Bo Staff', role: 'staff', passwordHash: 'unused' },
    Date.now(),
  );
  return { user, token: host.core.context.sessions.create(user.id) };
}

const isContactEvent = (message: unknown) => (message as { name?: string }).name === 'contact.changed';

describe('GET /api/events (WebSocket)', () => {
  it('answers { type: ready } to a valid auth message', async () => {
    host = await startHost();
    const client = await connect();
    client.socket.send(JSON.stringify({ type: 'auth', token: host.ownerToken }));
    expect(await client.waitFor(() => true)).toEqual({ type: 'ready' });
  });

  it.each([
    ['a wrong token', JSON.stringify({ type: 'auth', token: 'made-up' })],
    ['a message that is not JSON', 'hello'],
    ['a message of another type', JSON.stringify({ type: 'subscribe', token: 'x' })],
    ['an auth message without a token', JSON.stringify({ type: 'auth' })],
  ])('closes with 4401 on %s', async (_label, message) => {
    host = await startHost();
    const client = await connect();
    client.socket.send(message);
    expect((await client.closed).code).toBe(CLOSE_UNAUTHENTICATED);
    expect(client.messages).toEqual([]);
  });

  it('closes with 4401 when no auth message comes in time', async () => {
    host = await startHost({ server: { events: { authTimeoutMs: 200 } } });
    const client = await connect();
    const started = Date.now();
    expect((await client.closed).code).toBe(CLOSE_UNAUTHENTICATED);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('refuses a message over the payload limit', async () => {
    host = await startHost();
    const client = await connect();
    client.socket.send(JSON.stringify({ type: 'auth', token: 'x'.repeat(EVENTS_MAX_PAYLOAD) }));
    expect((await client.closed).code).toBe(1009);
  });

  it('sends nothing before auth, then only what happens after', async () => {
    host = await startHost();
    const client = await connect();
    await host.rpc('contacts.create', { name: 'Before Auth' }, host.ownerToken);
    await sleep(100);
    expect(client.messages).toEqual([]);

    client.socket.send(JSON.stringify({ type: 'auth', token: host.ownerToken }));
    await client.waitFor((m) => (m as { type: string }).type === 'ready');
    const created = await host.rpc('contacts.create', { name: 'After Auth' }, host.ownerToken);
    const id = (created.body.result as { id: number }).id;
    expect(await client.waitFor(isContactEvent)).toEqual({
      type: 'event',
      name: 'contact.changed',
      data: { id, action: 'created', version: 1 },
    });
    expect(client.messages.filter(isContactEvent)).toHaveLength(1);
  });

  it("carries the owner's new contact to a second user's socket", async () => {
    host = await startHost();
    const bo = secondUser();
    const client = await signedInClient(bo.token);
    const created = await host.rpc('contacts.create', { name: '张伟' }, host.ownerToken);
    const id = (created.body.result as { id: number }).id;
    expect(await client.waitFor(isContactEvent)).toEqual({
      type: 'event',
      name: 'contact.changed',
      data: { id, action: 'created', version: 1 },
    });
  });

  it('sends an event only to the users it is addressed to', async () => {
    host = await startHost();
    const bo = secondUser();
    const owners = await signedInClient(host.ownerToken);
    const bos = await signedInClient(bo.token);
    host.core.events.emit(
      'contact.changed',
      { id: 7, action: 'updated', version: 3 },
      { kind: 'users', userIds: [host.ownerId] },
    );
    host.core.events.emit(
      'contact.changed',
      { id: 8, action: 'updated', version: 2 },
      { kind: 'users', userIds: [bo.user.id] },
    );
    expect(await owners.waitFor(isContactEvent)).toMatchObject({ data: { id: 7 } });
    expect(await bos.waitFor(isContactEvent)).toMatchObject({ data: { id: 8 } });
    await sleep(50);
    expect(owners.messages.filter(isContactEvent)).toHaveLength(1);
    expect(bos.messages.filter(isContactEvent)).toHaveLength(1);
  });

  it('closes the socket of a signed-out token at the next event', async () => {
    host = await startHost();
    const bo = secondUser();
    const client = await signedInClient(bo.token);
    expect((await host.rpc('auth.logout', {}, bo.token)).status).toBe(200);
    await host.rpc('contacts.create', { name: 'Secret Deal' }, host.ownerToken);
    expect((await client.closed).code).toBe(CLOSE_UNAUTHENTICATED);
    expect(client.messages.filter(isContactEvent)).toEqual([]);
  });

  it('closes the socket of a signed-out token even when nothing happens', async () => {
    host = await startHost({ server: { events: { sessionCheckMs: 100 } } });
    const client = await signedInClient(host.ownerToken);
    await sleep(250);
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
    const logout = await host.rpc('auth.logout', {}, host.ownerToken);
    expect(logout.status).toBe(200);
    expect((await client.closed).code).toBe(CLOSE_UNAUTHENTICATED);
  });

  it('stops listening to the core when a socket closes', async () => {
    host = await startHost();
    let listening = 0;
    const subscribe = host.core.events.subscribe.bind(host.core.events);
    host.core.events.subscribe = (listener) => {
      listening++;
      const unsubscribe = subscribe(listener);
      return () => {
        listening--;
        return unsubscribe();
      };
    };
    const client = await signedInClient(host.ownerToken);
    const refused = await connect();
    refused.socket.send('{}');
    await refused.closed;
    expect(listening).toBe(1);
    client.socket.close();
    await client.closed;
    await sleep(50);
    expect(listening).toBe(0);
  });

  it('answers a plain GET with 426 in the error shape', async () => {
    host = await startHost();
    const response = await fetch(`${host.baseUrl}/api/events`);
    expect(response.status).toBe(426);
    expect(await response.json()).toMatchObject({ error: { code: 'VALIDATION' } });
  });
});
