import { afterEach, expect, test } from 'vitest';
import { closeCores, setupCore, type TestCore } from '../core/helpers';
import { dealOf, pipelineRows, STAGES } from '../deals/helpers';

afterEach(closeCores);

async function dealFields(t: TestCore) {
  const field = (label: string, extra: object) =>
    t.call('customFields.create', { entity: 'deal', label, type: 'text', ...extra });
  return {
    region: await field('Region', {}),
    seats: await field('Seats', { type: 'number' }),
    source: await field('Source', { type: 'choice', choices: ['Fair', 'Web'] }),
  };
}

test('a deal stores its custom values; get, list and board return them', async () => {
  const t = await setupCore();
  const f = await dealFields(t);
  const custom = { [f.region.id]: 'South China', [f.seats.id]: 25, [f.source.id]: 'Fair' };
  const deal = await t.call('deals.create', dealOf({ custom }));
  expect(deal.custom).toEqual(custom);
  expect((await t.call('deals.get', { id: deal.id })).custom).toEqual(custom);
  expect((await t.call('deals.list', {})).items[0]!.custom).toEqual(custom);
  const board = await t.call('deals.board', {});
  expect(board.stages[0]!.deals[0]!.custom).toEqual(custom);
  expect((await t.call('deals.create', dealOf())).custom).toEqual({});
});

test('an update’s custom replaces the map; left out (a move, a close) it stays', async () => {
  const t = await setupCore();
  const f = await dealFields(t);
  const deal = await t.call('deals.create', dealOf({ custom: { [f.region.id]: 'South' } }));
  const moved = await t.call('deals.move', { id: deal.id, version: 1, stageId: STAGES.proposal });
  expect(moved.custom).toEqual(deal.custom);
  const updated = await t.call('deals.update', {
    id: deal.id,
    version: moved.version,
    patch: { custom: { [f.seats.id]: 3 } },
  });
  expect(updated.custom).toEqual({ [f.seats.id]: 3 });
  const closed = await t.call('deals.close', { id: deal.id, version: updated.version, outcome: 'won' });
  expect(closed.custom).toEqual({ [f.seats.id]: 3 });
});

test('a value that does not fit, or a contact’s field, is refused and nothing is stored', async () => {
  const t = await setupCore();
  const f = await dealFields(t);
  const contactField = await t.call('customFields.create', {
    entity: 'contact',
    label: 'Level',
    type: 'text',
  });
  const deal = await t.call('deals.create', dealOf());
  const before = pipelineRows(t);
  const created = await t.fail(
    'deals.create',
    dealOf({ custom: { [f.seats.id]: 'many', [f.source.id]: 'Radio', [contactField.id]: 'x' } }),
    'VALIDATION',
  );
  expect(created.details?.issues).toEqual([
    {
      path: ['custom', String(f.seats.id)],
      message: 'not a value of this field’s type',
      problem: 'wrongType',
    },
    {
      path: ['custom', String(f.source.id)],
      message: 'not one of the field’s choices',
      problem: 'notAChoice',
    },
    { path: ['custom', String(contactField.id)], message: 'no such field', problem: 'unknownField' },
  ]);
  const updated = await t.fail(
    'deals.update',
    { id: deal.id, version: 1, patch: { title: 'New', custom: { [f.seats.id]: 'many' } } },
    'VALIDATION',
  );
  expect(updated.details?.issues).toEqual([
    expect.objectContaining({ path: ['patch', 'custom', String(f.seats.id)] }),
  ]);
  expect(pipelineRows(t)).toEqual(before);
});
