import { afterEach, beforeEach, expect, test } from 'vitest';
import { usePipelineStore } from '../../../renderer/deals/pipelineStore';
import type { CallError } from '../../../renderer/bridge/CallError';
import { closeCores, setupCore, type TestCore } from '../core/helpers';
import { dealOf, STAGES } from './helpers';

let t: TestCore;

// The store's calls go through window.crm, as in Electron; here it is the core in process.
beforeEach(async () => {
  t = await setupCore();
  const bridge = {
    kind: 'electron',
    call: (name: string, input: unknown) => t.core.dispatch({ token: t.owner.token }, name, input),
    on: () => () => undefined,
  };
  Object.assign(globalThis, { window: { crm: bridge } });
  usePipelineStore.getState().reset();
});

afterEach(closeCores);

const titlesIn = (stageIndex: number) =>
  usePipelineStore.getState().board!.stages[stageIndex]!.deals.map((deal) => deal.title);

test('a move shows at once and stays once stored', async () => {
  const deal = await t.call('deals.create', dealOf());
  await usePipelineStore.getState().load();
  const stored = usePipelineStore.getState().move(deal, { kind: 'stage', stageId: STAGES.proposal });
  expect(titlesIn(2)).toEqual(['Router upgrade']);
  expect((await stored).stageId).toBe(STAGES.proposal);
  await usePipelineStore.getState().load();
  expect(titlesIn(0)).toEqual([]);
  expect(titlesIn(2)).toEqual(['Router upgrade']);
});

test('a move refused with CONFLICT is rolled back, and the board shows the colleague’s change', async () => {
  const deal = await t.call('deals.create', dealOf());
  await usePipelineStore.getState().load();
  await t.call('deals.move', { id: deal.id, version: 1, stageId: STAGES.negotiation });

  const attempt = usePipelineStore.getState().move(deal, { kind: 'won' }, 'Signed');
  expect(usePipelineStore.getState().board!.won.count).toBe(1);
  const error = (await attempt.catch((e: unknown) => e)) as CallError;
  expect(error.code).toBe('CONFLICT');
  expect(usePipelineStore.getState().board!.won.count).toBe(0);

  await usePipelineStore.getState().load();
  expect(titlesIn(3)).toEqual(['Router upgrade']);
  expect((await t.call('deals.get', { id: deal.id })).status).toBe('open');
});
