import { afterEach, describe, expect, test } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import type { SessionResult } from '../../../shared/auth/contract';
import { HTTP_STATUS, type ErrorCode } from '../../../shared/errors';
import { httpTransport, listen, type Transport, type TransportResult } from '../contract/transport';
import { createClock, DAY, HOUR, OWNER, START, type Clock } from '../core/helpers';
import { forgerKey, issue, licenseOptions } from './keys';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

interface Served {
  api: Transport;
  clock: Clock;
  core: Core;
  token: string;
}

/** A company on a server whose clock the test moves, with the owner signed in over HTTP. */
async function serve(): Promise<Served> {
  const clock = createClock();
  const core = createCore({
    file: ':memory:',
    now: clock.now,
    sleep: async () => {},
    license: licenseOptions(),
  });
  const { app, baseUrl } = await listen(core, { loopbackOnly: true });
  open.push({
    close: async () => {
      await app.close();
      core.close();
    },
  });
  const api = httpTransport(baseUrl);
  const setup = await api.call('auth.setup', OWNER);
  if (!setup.ok) throw new Error(setup.error.message);
  return { api, clock, core, token: (setup.result as SessionResult).token };
}

function expectHttpError(response: TransportResult, code: ErrorCode) {
  if (response.ok) throw new Error(`expected ${code}, got ${JSON.stringify(response.result)}`);
  expect(response.error.code).toBe(code);
  expect(response.status).toBe(HTTP_STATUS[code]);
  return response.error;
}

const expectHttpOk = (response: TransportResult) => {
  expect(response.ok, JSON.stringify(response)).toBe(true);
  expect(response.status).toBe(200);
};

describe('the licence over HTTP', () => {
  test('after the trial: 403 MODULE_LOCKED for writes, 200 for reads', async () => {
    const { api, clock, token } = await serve();
    expectHttpOk(await api.call('contacts.create', { name: 'Ann' }, token));
    for (let day = 6; day <= 30; day += 6) {
      clock.set(START + day * DAY);
      expectHttpOk(await api.call('auth.me', {}, token));
    }
    clock.set(START + 30 * DAY);
    const error = expectHttpError(await api.call('contacts.create', { name: 'Bo' }, token), 'MODULE_LOCKED');
    expect(error.details).toEqual({ module: 'contacts', license: 'expired', reason: null });
    expectHttpOk(await api.call('contacts.list', {}, token));
    expectHttpOk(await api.call('contacts.search', { query: 'Ann' }, token));
  });

  test('403 CLOCK_ROLLBACK while the clock is set back', async () => {
    const { api, clock, token } = await serve();
    clock.set(START + 5 * HOUR);
    expectHttpOk(await api.call('contacts.list', {}, token));
    clock.set(START);
    expectHttpError(await api.call('contacts.create', { name: 'Bo' }, token), 'CLOCK_ROLLBACK');
  });

  test('refused keys answer 400 or 422 with their code; a good one 200', async () => {
    const { api, token } = await serve();
    expectHttpError(await api.call('license.activate', { key: 'garbage' }, token), 'LICENSE_MALFORMED');
    expectHttpError(
      await api.call('license.activate', { key: issue({}, forgerKey) }, token),
      'LICENSE_UNKNOWN_KEY',
    );
    expectHttpError(
      await api.call(
        'license.activate',
        { key: issue({ expiresAt: '2025-01-01', issuedAt: '2024-01-01' }) },
        token,
      ),
      'LICENSE_EXPIRED',
    );
    const activated = await api.call(
      'license.activate',
      { key: issue({ edition: 'standard', seats: 2 }) },
      token,
    );
    expectHttpOk(activated);
    expect(activated.ok && activated.result).toMatchObject({ kind: 'licensed', edition: 'standard' });
  });

  test('403 SEATS_EXCEEDED with the numbers', async () => {
    const { api, token } = await serve();
    expectHttpOk(await api.call('license.activate', { key: issue({ seats: 2 }) }, token));
    const user = (username: string) => ({
      username,
      displayName: username,
      password: 'long-enough-1',
      role: 'staff',
    });
    expectHttpOk(await api.call('users.create', user('second'), token));
    const error = expectHttpError(await api.call('users.create', user('third'), token), 'SEATS_EXCEEDED');
    expect(error.details).toEqual({ seats: 2, active: 2 });
  });
});
