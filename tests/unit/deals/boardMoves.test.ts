import { expect, test } from 'vitest';
import type { Deal } from '../../../shared/deals/contract';
import { moveOnBoard, parseTargetId, targetId, type Board } from '../../../renderer/deals/boardMoves';

const deal = (id: number, amount: number, currency: string, stageId: number): Deal => ({
  id,
  title: `Deal ${id}`,
  amount,
  currency,
  stageId,
  stageName: `Stage ${stageId}`,
  status: 'open',
  closeReason: null,
  closedAt: null,
  expectedClose: null,
  probability: 10,
  ownerId: 1,
  ownerName: 'Olivia',
  contactId: null,
  contactName: null,
  companyId: null,
  companyName: null,
  custom: {},
  createdBy: 1,
  createdAt: 0,
  updatedAt: 0,
  version: 1,
});

const a = deal(1, 1000, 'CNY', 1);
const b = deal(2, 500, 'USD', 1);

const board: Board = {
  stages: [
    {
      stage: { id: 1, name: 'Stage 1', probability: 10 },
      count: 2,
      totals: [
        { currency: 'CNY', count: 1, amount: 1000, weighted: 100 },
        { currency: 'USD', count: 1, amount: 500, weighted: 50 },
      ],
      deals: [a, b],
    },
    { stage: { id: 2, name: 'Stage 2', probability: 60 }, count: 0, totals: [], deals: [] },
  ],
  won: { count: 0, totals: [], deals: [] },
  lost: { count: 0, totals: [], deals: [] },
};

test('a card moved to another stage leaves its column and tops the new one, totals following', () => {
  const moved = moveOnBoard(board, a, { kind: 'stage', stageId: 2 });
  expect(moved.stages[0]).toMatchObject({
    count: 1,
    totals: [{ currency: 'USD', count: 1, amount: 500, weighted: 50 }],
    deals: [b],
  });
  expect(moved.stages[1]).toMatchObject({
    count: 1,
    totals: [{ currency: 'CNY', count: 1, amount: 1000, weighted: 600 }],
    deals: [{ id: 1, stageId: 2, stageName: 'Stage 2', probability: 60 }],
  });
});

test('a card dropped on won is counted there; dropped where it is, nothing changes', () => {
  const won = moveOnBoard(board, b, { kind: 'won' });
  expect(won.won).toMatchObject({
    count: 1,
    totals: [{ currency: 'USD', amount: 500 }],
    deals: [{ id: 2, status: 'won' }],
  });
  expect(won.stages[0]!.count).toBe(1);
  expect(moveOnBoard(board, a, { kind: 'stage', stageId: 1 })).toBe(board);
});

test('drop target ids go both ways', () => {
  for (const target of [{ kind: 'stage', stageId: 12 }, { kind: 'won' }, { kind: 'lost' }] as const) {
    expect(parseTargetId(targetId(target))).toEqual(target);
  }
  expect(parseTargetId('stage:x')).toBeNull();
});
