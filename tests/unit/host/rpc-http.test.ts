import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_INPUT_BYTES } from '../../../shared/limits';
import { OWNER, startHost, type Host, type RpcBody } from './helpers';

let host: Host;

afterEach(async () => {
  // Whatever the previous request did, the server still answers a good one.
  const after = await host.rpc('auth.me', {}, host.ownerToken);
  expect(after.status).toBe(200);
  expect(after.body.result).toMatchObject({ user: { username: 'ann' } });
  await host.close();
});

async function post(path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${host.baseUrl}${path}`, {
    method: 'POST',
    ...init,
    ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as RpcBody };
}

const json = { 'content-type': 'application/json' };

describe('POST /api/rpc/:name', () => {
  it('answers 200 with { result } as JSON', async () => {
    host = await startHost();
    const response = await fetch(`${host.baseUrl}/api/rpc/auth.status`, {
      method: 'POST',
      headers: json,
      body: '{"input":{}}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ result: { setupDone: true } });
  });

  it('treats a missing input as an empty one', async () => {
    host = await startHost();
    expect(await post('/api/rpc/auth.status', { headers: json, body: '{}' })).toMatchObject({
      status: 200,
      body: { result: { setupDone: true } },
    });
  });

  it('answers 400 VALIDATION with the failing fields, and stores nothing', async () => {
    host = await startHost();
    const response = await host.rpc('contacts.create', { name: ['not', 'a', 'string'] }, host.ownerToken);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['name'] }] },
    });
    const list = await host.rpc('contacts.list', {}, host.ownerToken);
    expect(list.body.result).toEqual({ items: [], nextCursor: null });
  });

  it('answers 401 UNAUTHENTICATED without a usable bearer token', async () => {
    host = await startHost();
    expect((await host.rpc('contacts.list', {})).status).toBe(401);
    for (const authorization of [
      `Token ${host.ownerToken}`,
      'Bearer',
      `Basic ${host.ownerToken}`,
      'Bearer wrong',
    ]) {
      const response = await post('/api/rpc/contacts.list', {
        headers: { ...json, authorization },
        body: '{}',
      });
      expect(response, authorization).toMatchObject({
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED' } },
      });
    }
    const lowerCase = await post('/api/rpc/contacts.list', {
      headers: { ...json, authorization: `bearer ${host.ownerToken}` },
      body: '{}',
    });
    expect(lowerCase.status).toBe(200);
  });

  it('answers 403 MODULE_LOCKED for a module outside the licence, and serves the rest', async () => {
    host = await startHost({ core: { isModuleEnabled: (module) => module !== 'contacts' } });
    const locked = await host.rpc('contacts.create', { name: 'Li Na' }, host.ownerToken);
    expect(locked).toMatchObject({
      status: 403,
      body: { error: { code: 'MODULE_LOCKED', details: { module: 'contacts' } } },
    });
    expect((await host.rpc('users.list', {}, host.ownerToken)).status).toBe(200);
  });

  it('answers 404 NOT_FOUND for an unknown procedure, record or API path', async () => {
    host = await startHost();
    expect(await host.rpc('contacts.nothing', {}, host.ownerToken)).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
    expect(await host.rpc('contacts.get', { id: 999 }, host.ownerToken)).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
    expect(await post('/api/rpc', { headers: json, body: '{}' })).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
    for (const path of ['/api/nothing', '/api/rpc/auth.status']) {
      const response = await fetch(`${host.baseUrl}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.json(), path).toEqual({
        error: { code: 'NOT_FOUND', message: expect.any(String) },
      });
    }
  });

  it('answers 409 CONFLICT for a stale version and for a second setup', async () => {
    host = await startHost();
    const created = await host.rpc('contacts.create', { name: 'Wang Fang' }, host.ownerToken);
    const id = (created.body.result as { id: number }).id;
    await host.rpc('contacts.update', { id, version: 1, patch: { title: 'Buyer' } }, host.ownerToken);
    const stale = await host.rpc(
      'contacts.update',
      { id, version: 1, patch: { title: 'Seller' } },
      host.ownerToken,
    );
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } });
    expect(await host.rpc('auth.setup', OWNER)).toMatchObject({
      status: 409,
      body: { error: { code: 'SETUP_DONE' } },
    });
  });

  it('answers 413 PAYLOAD_TOO_LARGE for a body over 1 MiB, sized or streamed, and stores nothing', async () => {
    host = await startHost();
    const oversized = JSON.stringify({ input: { name: 'Big', notes: 'x'.repeat(MAX_INPUT_BYTES) } });
    const headers = { ...json, authorization: `Bearer ${host.ownerToken}` };
    const sized = await post('/api/rpc/contacts.create', { headers, body: oversized });
    expect(sized).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });

    const chunks = new TextEncoder().encode(oversized);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < chunks.length; at += 64 * 1024)
          controller.enqueue(chunks.slice(at, at + 64 * 1024));
        controller.close();
      },
    });
    const chunked = await post('/api/rpc/contacts.create', { headers, body: streamed });
    expect(chunked).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });

    // Just under the limit the body is read, and the procedure judges it.
    const underLimit = JSON.stringify({ input: { name: 'Big', notes: 'x'.repeat(MAX_INPUT_BYTES - 100) } });
    const judged = await post('/api/rpc/contacts.create', { headers, body: underLimit });
    expect(judged).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION' } } });

    const list = await host.rpc('contacts.list', {}, host.ownerToken);
    expect(list.body.result).toEqual({ items: [], nextCursor: null });
  });

  it('answers 429 RATE_LIMITED after repeated failed sign-ins, even for the right password', async () => {
    host = await startHost();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await host.rpc('auth.login', { username: 'ann', password: `guess ${attempt}` });
      expect(wrong.status, `attempt ${attempt}`).toBe(401);
    }
    const response = await fetch(`${host.baseUrl}/api/rpc/auth.login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ input: { username: 'ann', password: OWNER.password } }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('counts failed sign-ins per client address across usernames', async () => {
    host = await startHost();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(
        (await host.rpc('auth.login', { username: `user${attempt}`, password: 'password' })).status,
      ).toBe(401);
    }
    expect((await host.rpc('auth.login', { username: 'someone', password: 'password' })).status).toBe(429);
  });

  it('answers 500 INTERNAL without details when the server fails, and logs the cause', async () => {
    const logError = vi.fn();
    host = await startHost({ core: { logError } });
    const broken = await startHost({ core: { logError } });
    broken.core.context.db.close();
    const response = await fetch(`${broken.baseUrl}/api/rpc/contacts.list`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${broken.ownerToken}` },
      body: '{"input":{}}',
    });
    const text = await response.text();
    await broken.close();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({
      error: { code: 'INTERNAL', message: 'Something went wrong on our side.' },
    });
    expect(text).not.toMatch(/database|stack|\.ts|at /i);
    expect(logError).toHaveBeenCalledOnce();
  });
});

describe('requests Fastify refuses before a procedure runs', () => {
  const cases: Array<[string, { body?: string; headers?: Record<string, string> }, number]> = [
    ['malformed JSON', { headers: json, body: '{"input": {' }, 400],
    ['an empty JSON body', { headers: json, body: '' }, 400],
    ['no body at all', {}, 400],
    ['a JSON array', { headers: json, body: '[1,2]' }, 400],
    ['a JSON string', { headers: json, body: '"auth.status"' }, 400],
    ['keys beside input', { headers: json, body: '{"input":{},"token":"x"}' }, 400],
    ['a prototype-poisoning body', { headers: json, body: '{"input":{},"__proto__":{"admin":true}}' }, 400],
    ['a text/plain body', { headers: { 'content-type': 'text/plain' }, body: '{"input":{}}' }, 415],
    [
      'a form body',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'input=1' },
      415,
    ],
  ];

  it.each(cases)('answers %s with the error shape and a fitting status', async (_label, init, status) => {
    host = await startHost();
    const response = await post('/api/rpc/auth.status', init);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ error: { code: 'VALIDATION', message: expect.any(String) } });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers a malformed or overlong address with the error shape and the security headers', async () => {
    host = await startHost();
    const addresses: Array<[string, string, number]> = [
      ['POST', '/api/rpc/%E0%A4%A', 400],
      ['GET', '/contacts/%E0%A4%A', 400],
      ['POST', `/api/rpc/${'a'.repeat(150)}`, 414],
    ];
    for (const [method, path, status] of addresses) {
      const response = await fetch(`${host.baseUrl}${path}`, {
        method,
        headers: json,
        body: method === 'POST' ? '{}' : null,
      });
      expect(response.status, path).toBe(status);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(await response.json(), path).toEqual({
        error: { code: 'VALIDATION', message: expect.any(String) },
      });
    }
  });

  it('accepts JSON with a charset', async () => {
    host = await startHost();
    const response = await post('/api/rpc/auth.status', {
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"input":{}}',
    });
    expect(response).toMatchObject({ status: 200, body: { result: { setupDone: true } } });
  });
});
