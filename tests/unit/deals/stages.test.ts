import { afterEach, expect, test } from 'vitest';
import { closeCores, issuePaths, setupCore } from '../core/helpers';
import { recordEvents } from '../followups/helpers';
import { dealOf, pipelineRows, STAGES } from './helpers';

afterEach(closeCores);

const DEFAULTS = [
  { id: STAGES.qualification, name: 'Qualification', probability: 10 },
  { id: STAGES.needsAnalysis, name: 'Needs analysis', probability: 25 },
  { id: STAGES.proposal, name: 'Proposal', probability: 50 },
  { id: STAGES.negotiation, name: 'Negotiation', probability: 75 },
];

test('a new company starts with four stages, readable by staff', async () => {
  const t = await setupCore();
  const sam = await t.addUser('staff', 'sam');
  expect(await t.call('deals.stages.list', {}, sam.token)).toEqual({ version: 1, stages: DEFAULTS });
});

test('an admin renames, reorders and adds stages in one save, and everyone hears of it', async () => {
  const t = await setupCore();
  const admin = await t.addUser('admin', 'ada');
  const events = recordEvents(t);
  const saved = await t.call(
    'deals.stages.save',
    {
      version: 1,
      stages: [
        { id: STAGES.proposal, name: 'Offer sent', probability: 40 },
        { id: STAGES.qualification, name: 'Qualification', probability: 10 },
        { name: 'Contract', probability: 90 },
        { id: STAGES.needsAnalysis, name: 'Needs analysis', probability: 25 },
        { id: STAGES.negotiation, name: 'Negotiation', probability: 75 },
      ],
    },
    admin.token,
  );
  expect(saved.version).toBe(2);
  expect(saved.stages.map((s) => `${s.name} ${s.probability}`)).toEqual([
    'Offer sent 40',
    'Qualification 10',
    'Contract 90',
    'Needs analysis 25',
    'Negotiation 75',
  ]);
  expect(await t.call('deals.stages.list', {})).toEqual(saved);
  expect(events.map((e) => [e.name, e.data, e.audience])).toEqual([
    ['dealStages.changed', { version: 2 }, { kind: 'company' }],
  ]);
  // The first stage is where new deals start.
  expect((await t.call('deals.create', dealOf())).stageName).toBe('Offer sent');
});

test('staff and agents may not change the stages', async () => {
  const t = await setupCore();
  const before = pipelineRows(t);
  for (const role of ['staff', 'agent'] as const) {
    const user = await t.addUser(role, role);
    const input = { version: 1, stages: [{ name: 'Only', probability: 50 }] };
    await t.fail('deals.stages.save', input, 'FORBIDDEN', { token: user.token });
  }
  expect(pipelineRows(t)).toEqual(before);
});

test('a stage holding open deals cannot be removed; nothing changes until they move', async () => {
  const t = await setupCore();
  const deal = await t.call('deals.create', dealOf({ stageId: STAGES.negotiation }));
  const without = { version: 1, stages: DEFAULTS.slice(0, 3).map((s) => ({ ...s, name: `${s.name}!` })) };
  const before = pipelineRows(t);
  const error = await t.fail('deals.stages.save', without, 'STAGE_HAS_DEALS');
  expect(error.details).toEqual({ stageId: STAGES.negotiation, name: 'Negotiation', openDeals: 1 });
  expect(pipelineRows(t)).toEqual(before);

  await t.call('deals.move', { id: deal.id, version: 1, stageId: STAGES.proposal });
  const saved = await t.call('deals.stages.save', without);
  expect(saved.stages.map((s) => s.name)).toEqual(['Qualification!', 'Needs analysis!', 'Proposal!']);
});

test('a removed stage keeps its name on the deals closed in it', async () => {
  const t = await setupCore();
  const deal = await t.call('deals.create', dealOf({ stageId: STAGES.negotiation }));
  await t.call('deals.close', { id: deal.id, version: 1, outcome: 'won' });
  await t.call('deals.stages.save', { version: 1, stages: DEFAULTS.slice(0, 3) });
  expect(await t.call('deals.get', { id: deal.id })).toMatchObject({
    stageName: 'Negotiation',
    status: 'won',
  });
  await t.fail('deals.move', { id: deal.id, version: 2, stageId: STAGES.negotiation }, 'VALIDATION');
  // Reopened, it goes to the first stage, since its own is gone.
  expect(await t.call('deals.reopen', { id: deal.id, version: 2 })).toMatchObject({
    status: 'open',
    stageId: STAGES.qualification,
  });
});

test.each([
  ['no stages', { version: 1, stages: [] }, ['stages']],
  [
    'two stages of one name',
    {
      version: 1,
      stages: [
        { name: 'Won deals', probability: 1 },
        { name: 'won DEALS', probability: 2 },
      ],
    },
    ['stages.1.name'],
  ],
  [
    'a probability of 120',
    { version: 1, stages: [{ name: 'Hot', probability: 120 }] },
    ['stages.0.probability'],
  ],
  [
    'an id that is no stage',
    { version: 1, stages: [{ id: 99, name: 'Ghost', probability: 5 }] },
    ['stages.0.id'],
  ],
])('refuses %s and changes nothing', async (_name, input, paths) => {
  const t = await setupCore();
  const before = pipelineRows(t);
  expect(issuePaths(await t.fail('deals.stages.save', input, 'VALIDATION'))).toEqual(paths);
  expect(pipelineRows(t)).toEqual(before);
});

test('a save from a stale list is CONFLICT and changes nothing', async () => {
  const t = await setupCore();
  await t.call('deals.stages.save', { version: 1, stages: DEFAULTS });
  const before = pipelineRows(t);
  const error = await t.fail('deals.stages.save', { version: 1, stages: DEFAULTS.slice(1) }, 'CONFLICT');
  expect(error.details).toEqual({ currentVersion: 2 });
  expect(pipelineRows(t)).toEqual(before);
});
