import { afterEach, expect, test } from 'vitest';
import { closeCores, DAY, setupCore, START, type TestCore } from '../core/helpers';
import { licenseOptions } from '../license/keys';
import { dealOf, STAGES } from './helpers';

afterEach(closeCores);

/** Moves the clock to `at`, using the owner's session often enough that it stays alive. */
async function travel(t: TestCore, at: number): Promise<void> {
  while (t.clock.now() + 6 * DAY < at) {
    t.clock.advance(6 * DAY);
    await t.call('auth.me', {});
  }
  t.clock.set(at);
}

test('after the trial, pipeline writes are MODULE_LOCKED while the board and lists stay readable', async () => {
  const t = await setupCore({ license: licenseOptions() });
  const made = await t.call('deals.create', dealOf());
  await travel(t, START + 30 * DAY);

  for (const [name, input] of [
    ['deals.create', dealOf()],
    ['deals.update', { id: made.id, version: 1, patch: { title: 'x' } }],
    ['deals.move', { id: made.id, version: 1, stageId: STAGES.proposal }],
    ['deals.close', { id: made.id, version: 1, outcome: 'won' }],
    ['deals.reopen', { id: made.id, version: 1 }],
    ['deals.delete', { id: made.id, version: 1 }],
    ['deals.stages.save', { version: 1, stages: [{ name: 'Only', probability: 1 }] }],
  ] as const) {
    const error = await t.fail(name, input, 'MODULE_LOCKED');
    expect(error.details).toMatchObject({ module: 'contacts' });
  }

  expect(await t.call('deals.get', { id: made.id })).toEqual(made);
  expect((await t.call('deals.list', {})).items).toEqual([made]);
  expect((await t.call('deals.board', {})).stages[0]!.deals).toEqual([made]);
  expect((await t.call('deals.totals', {})).stages[0]!.count).toBe(1);
  expect((await t.call('deals.stages.list', {})).stages).toHaveLength(4);
});
