import { afterEach, beforeEach, expect, test } from 'vitest';
import { startHost, type Host } from '../host/helpers';

let host: Host;
beforeEach(async () => {
  host = await startHost();
});
afterEach(() => host.close());

async function signedInStaff(username: string): Promise<{ id: number; token: string }> {
  const password = 'staff-password-1';
  const created = await host.rpc(
    'users.create',
    { username, displayName: username, password, role: 'staff' },
    host.ownerToken,
  );
  expect(created.status).toBe(200);
  const login = await host.rpc('auth.login', { username, password });
  const { token, user } = login.body.result as { token: string; user: { id: number } };
  return { id: user.id, token };
}

test('over HTTP, staff under "own" see only their customers; a hidden one is a 404', async () => {
  const sam = await signedInStaff('sam');
  const tina = await signedInStaff('tina');
  const mine = (await host.rpc('contacts.create', { name: 'Sam Customer' }, sam.token)).body.result as {
    id: number;
  };
  const theirs = (await host.rpc('contacts.create', { name: 'Tina Customer' }, tina.token)).body.result as {
    id: number;
  };
  const settings = (await host.rpc('company.settings.get', {}, host.ownerToken)).body.result as {
    version: number;
  };

  const refused = await host.rpc(
    'company.settings.update',
    { version: settings.version, patch: { customerVisibility: 'own' } },
    sam.token,
  );
  expect(refused.status).toBe(403);
  const changed = await host.rpc(
    'company.settings.update',
    { version: settings.version, patch: { customerVisibility: 'own' } },
    host.ownerToken,
  );
  expect(changed.status).toBe(200);

  const list = await host.rpc('contacts.list', {}, sam.token);
  expect((list.body.result as { items: { id: number }[] }).items.map((c) => c.id)).toEqual([mine.id]);
  const search = await host.rpc('contacts.search', { query: 'customer' }, sam.token);
  expect((search.body.result as { items: { id: number }[] }).items.map((c) => c.id)).toEqual([mine.id]);
  const hidden = await host.rpc('contacts.get', { id: theirs.id }, sam.token);
  expect(hidden.status).toBe(404);
  expect(hidden.body.error?.code).toBe('NOT_FOUND');
  const ownerView = await host.rpc('contacts.list', {}, host.ownerToken);
  expect((ownerView.body.result as { items: unknown[] }).items).toHaveLength(2);
});
