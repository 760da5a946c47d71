import { describe, expect, test } from 'vitest';
import type { PipelineTotals } from '../../../shared/deals/contract';
import { openCurrencies, stageBars } from '../../../renderer/dashboard/pipelineChart';
import { relativeTime } from '../../../renderer/dashboard/relativeTime';

const total = (currency: string, count: number, amount: number) => ({ currency, count, amount, weighted: 0 });
const none = { count: 0, totals: [] };

const stages = [
  { id: 1, name: 'Lead', probability: 10 },
  { id: 2, name: 'Offer', probability: 50 },
  { id: 3, name: 'Talks', probability: 80 },
];

const totals: PipelineTotals = {
  stages: [
    { stageId: 2, count: 3, totals: [total('CNY', 2, 1_250_000), total('USD', 1, 99_99)] },
    { stageId: 1, count: 2, totals: [total('CNY', 1, 300_00), total('EUR', 1, 10_00)] },
  ],
  won: { count: 4, totals: [total('USD', 4, 1_000_00)] },
  lost: none,
};

describe('pipeline chart rows', () => {
  test('one bar per open stage in board order, in the chosen currency, missing ones as zero', () => {
    expect(stageBars(totals, stages, 'CNY')).toEqual([
      { stageId: 1, name: 'Lead', amount: 300_00, count: 1 },
      { stageId: 2, name: 'Offer', amount: 1_250_000, count: 2 },
      { stageId: 3, name: 'Talks', amount: 0, count: 0 },
    ]);
    expect(stageBars(totals, stages, 'USD').map((bar) => bar.amount)).toEqual([0, 99_99, 0]);
  });

  test('currencies of open deals, the most used first; won deals do not count', () => {
    expect(openCurrencies(totals)).toEqual(['CNY', 'EUR', 'USD']);
    expect(openCurrencies({ stages: [], won: totals.won, lost: none })).toEqual([]);
  });
});

describe('relativeTime', () => {
  const now = Date.UTC(2025, 0, 6, 12);
  test.each([
    [now - 20_000, 'en', 'now'],
    [now - 3 * 60_000, 'en', '3 minutes ago'],
    [now - 2 * 3_600_000 - 59 * 60_000, 'en', '2 hours ago'],
    [now - 26 * 3_600_000, 'en', 'yesterday'],
    [now - 3 * 86_400_000, 'en', '3 days ago'],
    [now - 40 * 86_400_000, 'en', 'last month'],
    [now - 3 * 60_000, 'zh-CN', '3分钟前'],
  ])('%i in %s', (at, language, expected) => {
    expect(relativeTime(at, now, language)).toBe(expected);
  });
});
