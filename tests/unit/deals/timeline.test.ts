import { afterEach, expect, test } from 'vitest';
import { closeCores, DAY, HOUR, setupCore, START } from '../core/helpers';
import { dealOf, STAGES } from './helpers';

afterEach(closeCores);

test('a deal’s creation, moves and outcome show on its contact’s timeline, newest first', async () => {
  const t = await setupCore();
  const ann = await t.call('contacts.create', { name: 'Ann Lee' });
  const bo = await t.call('contacts.create', { name: 'Bo Chen' });
  const deal = await t.call('deals.create', dealOf({ contactId: ann.id }));
  await t.call('deals.create', dealOf({ contactId: bo.id, title: 'Not Ann’s' }));
  t.clock.advance(HOUR);
  await t.call('deals.move', { id: deal.id, version: 1, stageId: STAGES.proposal });
  t.clock.advance(DAY);
  await t.call('deals.update', { id: deal.id, version: 2, patch: { amount: 2_000_000 } });
  await t.call('deals.close', { id: deal.id, version: 3, outcome: 'won', reason: 'Best price' });

  const { items } = await t.call('timeline.forContact', { contactId: ann.id });
  const owner = { id: t.owner.user.id, name: t.owner.user.displayName };
  const about = { dealId: deal.id, title: 'Router upgrade', amount: 2_000_000, currency: 'CNY' };
  expect(items.filter((item) => item.kind === 'deal')).toEqual([
    {
      kind: 'deal',
      id: expect.any(Number),
      at: START + HOUR + DAY,
      actor: owner,
      data: { ...about, change: 'won', stageName: 'Proposal', reason: 'Best price' },
    },
    {
      kind: 'deal',
      id: expect.any(Number),
      at: START + HOUR,
      actor: owner,
      data: { ...about, change: 'stage', stageName: 'Proposal', reason: null },
    },
    {
      kind: 'deal',
      id: expect.any(Number),
      at: START,
      actor: owner,
      data: { ...about, change: 'created', stageName: 'Qualification', reason: null },
    },
  ]);
});

test('a deal’s history follows it to another contact, and to the one its contact is merged into', async () => {
  const t = await setupCore();
  const ann = await t.call('contacts.create', { name: 'Ann Lee' });
  const bo = await t.call('contacts.create', { name: 'Bo Chen' });
  const deal = await t.call('deals.create', dealOf({ contactId: ann.id }));
  const dealEntries = async (contactId: number) =>
    (await t.call('timeline.forContact', { contactId })).items.filter((item) => item.kind === 'deal');

  await t.call('deals.update', { id: deal.id, version: 1, patch: { contactId: bo.id } });
  expect(await dealEntries(ann.id)).toEqual([]);
  expect(await dealEntries(bo.id)).toHaveLength(1);

  const [keep, gone] = [
    await t.call('contacts.get', { id: ann.id }),
    await t.call('contacts.get', { id: bo.id }),
  ];
  const { mergeId } = await t.call('contacts.merge', {
    targetId: keep.id,
    targetVersion: keep.version,
    sources: [{ id: gone.id, version: gone.version }],
    patch: {},
  });
  expect(await dealEntries(bo.id)).toEqual([]);
  expect(await dealEntries(ann.id)).toHaveLength(1);
  expect(await t.call('deals.get', { id: deal.id })).toMatchObject({ contactId: ann.id, version: 3 });

  await t.call('contacts.merge.undo', { mergeId });
  expect(await t.call('deals.get', { id: deal.id })).toMatchObject({ contactId: bo.id, version: 4 });
  expect(await dealEntries(bo.id)).toHaveLength(1);
});
