import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, test } from 'vitest';
import WebSocket from 'ws';
import { startHost, type Host } from '../host/helpers';

let host: Host;
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await host.close();
});

interface PushMessage {
  type: string;
  name?: string;
  data?: Record<string, unknown>;
}

/** A socket on /api/events signed in with `token`, collecting what it is sent. */
async function listenAs(token: string) {
  const socket = new WebSocket(`${host.baseUrl.replace('http', 'ws')}/api/events`);
  sockets.push(socket);
  const messages: PushMessage[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(data.toString()) as PushMessage);
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const waitFor = async (match: (message: PushMessage) => boolean) => {
    for (;;) {
      const found = messages.find(match);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  socket.send(JSON.stringify({ type: 'auth', token }));
  await waitFor((message) => message.type === 'ready');
  return { messages, waitFor };
}

async function signedInAgent(username: string): Promise<{ id: number; token: string }> {
  const password = 'agent-password-1';
  const created = await host.rpc(
    'users.create',
    { username, displayName: username, password, role: 'agent' },
    host.ownerToken,
  );
  expect(created.status).toBe(200);
  const login = await host.rpc('auth.login', { username, password });
  const { token, user } = login.body.result as { token: string; user: { id: number } };
  return { id: user.id, token };
}

const named = (name: string) => (message: PushMessage) => message.name === name;

test('workorder.assigned reaches the assignee over /api/events and no other user; both windows hear of the change', async () => {
  host = await startHost();
  const bo = await signedInAgent('bo');
  const cy = await signedInAgent('cy');
  const bos = await listenAs(bo.token);
  const cys = await listenAs(cy.token);

  const created = await host.rpc(
    'workorders.create',
    { subject: 'Router down', assigneeId: bo.id },
    host.ownerToken,
  );
  expect(created.status).toBe(200);
  const order = created.body.result as { id: number; number: string };

  expect(await bos.waitFor(named('workorder.assigned'))).toEqual({
    type: 'event',
    name: 'workorder.assigned',
    data: {
      id: order.id,
      number: order.number,
      subject: 'Router down',
      assigneeId: bo.id,
      byId: host.ownerId,
      byName: 'Ann Owner',
      reason: null,
    },
  });
  expect(await cys.waitFor(named('workorder.changed'))).toMatchObject({
    data: { id: order.id, action: 'created', status: 'assigned', assigneeId: bo.id },
  });

  const reassigned = await host.rpc(
    'workorders.assign',
    { id: order.id, version: 1, assigneeId: cy.id, reason: 'Bo is out' },
    bo.token,
  );
  expect(reassigned.status).toBe(200);
  expect(await cys.waitFor(named('workorder.assigned'))).toMatchObject({
    data: { id: order.id, assigneeId: cy.id, byId: bo.id, reason: 'Bo is out' },
  });
  await bos.waitFor((message) => message.name === 'workorder.changed' && message.data?.action === 'assigned');
  await sleep(50);
  expect(bos.messages.filter(named('workorder.assigned'))).toHaveLength(1);
  expect(cys.messages.filter(named('workorder.assigned'))).toHaveLength(1);
});
