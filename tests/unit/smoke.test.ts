import { expect, test } from 'vitest';
import { createCore } from '../../electron/core/core';

test('smoke', async () => {
  const core = createCore({ file: ':memory:' });
  const setup = await core.dispatch({}, 'auth.setup', {
    companyName: 'Acme',
    ownerName: 'Ann',
    username: 'ann',
    password: 'password123',
  });
  expect(setup.ok).toBe(true);
  const token = (setup as any).result.token;
  const c = await core.dispatch({ token }, 'contacts.create', {
    name: '张伟',
    companyName: '华为',
    phones: ['+86 138-0013-8000'],
    emails: ['zw@example.com'],
    tags: ['vip'],
  });
  expect(c).toMatchObject({ ok: true });
  for (const q of [
    '138-0013 8000',
    '+86 13800138000',
    '(138) 0013',
    '8000',
    '张伟',
    '伟',
    '华为',
    'zw@ex',
    'example',
  ]) {
    const r: any = await core.dispatch({ token }, 'contacts.search', { query: q });
    expect(r.result.items.length, q).toBe(1);
  }
  const l: any = await core.dispatch({ token }, 'contacts.list', { filter: { tag: 'vip' } });
  expect(l.result.items.length).toBe(1);
});
