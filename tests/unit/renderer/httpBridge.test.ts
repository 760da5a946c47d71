import { describe, expect, it } from 'vitest';
import { createHttpBridge } from '../../../renderer/bridge/httpBridge';
import { fakeFetch, json, memoryTokens, recordingChannel } from './fakes';

const session = { token: 'tok-1', user: { id: 1 }, company: { id: 1, name: 'Acme' } };

function bridgeWith(answers: (() => Response)[], token: string | null = null) {
  const tokens = memoryTokens(token);
  const events = recordingChannel();
  const { fetch, requests } = fakeFetch(answers);
  const bridge = createHttpBridge({ fetch, tokens, events });
  return { bridge, tokens, events, requests };
}

describe('HTTP bridge', () => {
  it('posts the input to /api/rpc/<name> with the session token and returns the result', async () => {
    const { bridge, requests } = bridgeWith([() => json(200, { result: { items: [] } })], 'tok-9');
    const outcome = await bridge.call('contacts.search', { query: 'wei' });
    expect(outcome).toEqual({ ok: true, result: { items: [] } });
    expect(requests[0]!.url).toBe('/api/rpc/contacts.search');
    expect(requests[0]!.headers.Authorization).toBe('Bearer tok-9');
    expect(requests[0]!.body).toEqual({ input: { query: 'wei' } });
  });

  it('sends no Authorization header before sign-in', async () => {
    const { bridge, requests } = bridgeWith([() => json(200, { result: { setupDone: true } })]);
    await bridge.call('auth.status', {});
    expect(requests[0]!.headers.Authorization).toBeUndefined();
  });

  it('turns an error answer into a typed error result with its code and details', async () => {
    const error = { code: 'CONFLICT', message: 'Stale', details: { currentVersion: 4 } };
    const { bridge } = bridgeWith([() => json(409, { error })], 'tok');
    expect(await bridge.call('contacts.update', {})).toEqual({ ok: false, error });
  });

  it('keeps the token from a sign-in and connects the push channel with it', async () => {
    const { bridge, tokens, events } = bridgeWith([() => json(200, { result: session })]);
    await bridge.call('auth.login', { username: 'li', password: 'secret123' });
    expect(tokens.value).toBe('tok-1');
    expect(events.started).toEqual(['tok-1']);
  });

  it('connects the push channel at once when a token survives a reload', () => {
    const { events } = bridgeWith([], 'kept');
    expect(events.started).toEqual(['kept']);
  });

  it('clears the token and closes the push channel on a 401', async () => {
    const answer = () => json(401, { error: { code: 'UNAUTHENTICATED', message: 'Please sign in.' } });
    const { bridge, tokens, events } = bridgeWith([answer], 'expired');
    const outcome = await bridge.call('contacts.list', {});
    expect(outcome).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(tokens.value).toBeNull();
    expect(events.stops).toBe(1);
  });

  it('forgets the session on logout even when the host cannot be reached', async () => {
    const { bridge, tokens, events } = bridgeWith(
      [() => Promise.reject(new TypeError('offline')) as never],
      'tok',
    );
    await expect(bridge.call('auth.logout', {})).rejects.toThrow('offline');
    expect(tokens.value).toBeNull();
    expect(events.stops).toBe(1);
  });

  it('reports a non-JSON failure (a proxy error page) as INTERNAL', async () => {
    const { bridge } = bridgeWith([() => new Response('<html>Bad gateway</html>', { status: 502 })], 'tok');
    expect(await bridge.call('contacts.list', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'HTTP 502' },
    });
  });

  it('refuses an error code it does not know, rather than passing it on', async () => {
    const { bridge } = bridgeWith([() => json(418, { error: { code: 'TEAPOT', message: 'no' } })], 'tok');
    expect(await bridge.call('contacts.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
