import { beforeAll, describe, expect, it } from 'vitest';
import { call, onSessionEnded } from '../../../renderer/bridge/call';
import type { CallError } from '../../../renderer/bridge/CallError';
import { createHttpBridge } from '../../../renderer/bridge/httpBridge';
import { fakeFetch, json, memoryTokens, recordingChannel } from './fakes';

// `call()` finds its bridge on window.crm, as in Electron; here it is the HTTP bridge over a fake fetch.
const answers: (() => Response | Promise<Response>)[] = [];
const tokens = memoryTokens('tok');
const { fetch } = fakeFetch(answers);

beforeAll(() => {
  const bridge = createHttpBridge({ fetch, tokens, events: recordingChannel() });
  Object.assign(globalThis, { window: { crm: bridge } });
});

async function thrown(promise: Promise<unknown>): Promise<CallError> {
  try {
    await promise;
  } catch (error) {
    return error as CallError;
  }
  throw new Error('expected the call to throw');
}

describe('call()', () => {
  it('resolves with the result', async () => {
    answers.push(() => json(200, { result: { setupDone: true } }));
    expect(await call('auth.status', {})).toEqual({ setupDone: true });
  });

  it('throws a CallError carrying the code, message, details and procedure', async () => {
    const issues = [{ path: ['name'], message: 'Too small' }];
    answers.push(() =>
      json(400, {
        error: { code: 'VALIDATION', message: 'Some fields are not valid.', details: { issues } },
      }),
    );
    const error = await thrown(call('contacts.create', { name: '' }));
    expect(error.name).toBe('CallError');
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Some fields are not valid.');
    expect(error.details).toEqual({ issues });
    expect(error.procedure).toBe('contacts.create');
  });

  it('throws NETWORK when the host cannot be reached', async () => {
    answers.push(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await thrown(call('contacts.tags', {}))).code).toBe('NETWORK');
  });

  it('reports an ended session, but not a refused sign-in', async () => {
    let ended = 0;
    const stop = onSessionEnded(() => (ended += 1));
    const unauthenticated = () => json(401, { error: { code: 'UNAUTHENTICATED', message: 'no' } });
    answers.push(unauthenticated, unauthenticated);
    await thrown(call('auth.login', { username: 'li', password: 'wrong-password' }));
    expect(ended).toBe(0);
    await thrown(call('contacts.list', {}));
    expect(ended).toBe(1);
    stop();
  });
});
