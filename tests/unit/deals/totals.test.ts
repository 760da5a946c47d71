import { afterEach, expect, test } from 'vitest';
import { closeCores, setupCore } from '../core/helpers';
import { dealOf, STAGES } from './helpers';

afterEach(closeCores);

test('totals add up each stage per currency, weighted by probability, and won and lost apart', async () => {
  const t = await setupCore();
  const sam = await t.addUser('staff', 'sam');
  const make = (extra: Parameters<typeof dealOf>[0]) => t.call('deals.create', dealOf(extra));
  await make({ amount: 100_001, currency: 'CNY', stageId: STAGES.proposal }); // 50%: 50000.5 rounds up
  await make({ amount: 250_000, currency: 'CNY', stageId: STAGES.proposal, probability: 20 });
  await make({ amount: 5_000, currency: 'JPY', stageId: STAGES.proposal, ownerId: sam.user.id });
  await make({ amount: 999, currency: 'USD', stageId: STAGES.negotiation });
  const won = await make({ amount: 700_000, currency: 'CNY', stageId: STAGES.negotiation });
  await t.call('deals.close', { id: won.id, version: 1, outcome: 'won' });
  const lost = await make({ amount: 30, currency: 'USD' });
  await t.call('deals.close', { id: lost.id, version: 1, outcome: 'lost', reason: 'Budget cut' });

  const totals = await t.call('deals.totals', {});
  expect(totals).toEqual({
    stages: [
      { stageId: STAGES.qualification, count: 0, totals: [] },
      { stageId: STAGES.needsAnalysis, count: 0, totals: [] },
      {
        stageId: STAGES.proposal,
        count: 3,
        totals: [
          { currency: 'CNY', count: 2, amount: 350_001, weighted: 100_001 },
          { currency: 'JPY', count: 1, amount: 5_000, weighted: 2_500 },
        ],
      },
      {
        stageId: STAGES.negotiation,
        count: 1,
        totals: [{ currency: 'USD', count: 1, amount: 999, weighted: 749 }],
      },
    ],
    won: { count: 1, totals: [{ currency: 'CNY', count: 1, amount: 700_000, weighted: 525_000 }] },
    lost: { count: 1, totals: [{ currency: 'USD', count: 1, amount: 30, weighted: 3 }] },
  });

  const sams = await t.call('deals.totals', { ownerId: sam.user.id });
  expect(sams.stages[2]).toEqual({
    stageId: STAGES.proposal,
    count: 1,
    totals: [{ currency: 'JPY', count: 1, amount: 5_000, weighted: 2_500 }],
  });
  expect(sams.won).toEqual({ count: 0, totals: [] });
});

test('the board shows each column’s first cards, soonest close first, with the full count and totals', async () => {
  const t = await setupCore();
  for (const [i, day] of ['2025-05-01', null, '2025-03-01', '2025-04-01'].entries()) {
    await t.call('deals.create', dealOf({ title: `Deal ${i}`, amount: 100, expectedClose: day }));
  }
  const done = await t.call('deals.create', dealOf({ title: 'Done', amount: 5 }));
  await t.call('deals.close', { id: done.id, version: 1, outcome: 'won', reason: 'Good fit' });

  const board = await t.call('deals.board', { perColumn: 3 });
  expect(board.stages.map((column) => column.stage.name)).toEqual([
    'Qualification',
    'Needs analysis',
    'Proposal',
    'Negotiation',
  ]);
  const [first] = board.stages;
  expect(first!.deals.map((deal) => deal.title)).toEqual(['Deal 2', 'Deal 3', 'Deal 0']);
  expect(first!.count).toBe(4);
  expect(first!.totals).toEqual([{ currency: 'CNY', count: 4, amount: 400, weighted: 40 }]);
  expect(board.won).toMatchObject({ count: 1, deals: [{ title: 'Done', closeReason: 'Good fit' }] });
  expect(board.lost).toEqual({ count: 0, totals: [], deals: [] });
});
