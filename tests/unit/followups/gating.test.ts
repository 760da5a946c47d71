import { afterEach, expect, test } from 'vitest';
import { closeCores, DAY, setupCore, START, type TestCore } from '../core/helpers';
import { licenseOptions } from '../license/keys';
import { call } from './helpers';

afterEach(closeCores);

/** Moves the clock to `at`, using the owner's session often enough that it stays alive. */
async function travel(t: TestCore, at: number): Promise<void> {
  while (t.clock.now() + 6 * DAY < at) {
    t.clock.advance(6 * DAY);
    await t.call('auth.me', {});
  }
  t.clock.set(at);
}

test('after the trial, follow-up writes are MODULE_LOCKED while reads and the timeline stay open', async () => {
  const t = await setupCore({ license: licenseOptions() });
  const ann = await t.call('contacts.create', { name: 'Ann Lee' });
  const made = await t.call('followups.create', call(ann.id, START + DAY));
  await travel(t, START + 30 * DAY);

  for (const [name, input] of [
    ['followups.create', call(ann.id, START + 31 * DAY)],
    ['followups.update', { id: made.id, version: 1, patch: { subject: 'x' } }],
    ['followups.complete', { id: made.id, version: 1, done: true }],
    ['followups.delete', { id: made.id, version: 1 }],
  ] as const) {
    const error = await t.fail(name, input, 'MODULE_LOCKED');
    expect(error.details).toMatchObject({ module: 'contacts' });
  }

  expect((await t.call('followups.listForContact', { contactId: ann.id })).items).toEqual([made]);
  expect((await t.call('followups.mine', { timeZone: 'UTC' })).overdue).toEqual([made]);
  expect((await t.call('timeline.forContact', { contactId: ann.id })).items.map((i) => i.id)).toEqual([
    made.id,
  ]);
});
