import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, DAY, issuePaths, setupCore, START } from '../core/helpers';
import { recordEvents, seenBy } from '../followups/helpers';
import { dealOf, pipelineRows, STAGES } from './helpers';

afterEach(closeCores);

async function withContact() {
  const t = await setupCore();
  const ann = await t.call('contacts.create', { name: 'Ann Lee', companyName: 'Huawei' });
  return { t, ann };
}

describe('deals.create', () => {
  test('stores a deal in the first stage with its probability, owned by the caller', async () => {
    const { t, ann } = await withContact();
    const created = await t.call(
      'deals.create',
      dealOf({ contactId: ann.id, companyId: ann.companyId!, expectedClose: '2025-03-31' }),
    );
    expect(created).toMatchObject({
      title: 'Router upgrade',
      amount: 1_250_000,
      currency: 'CNY',
      stageId: STAGES.qualification,
      stageName: 'Qualification',
      status: 'open',
      closeReason: null,
      closedAt: null,
      expectedClose: '2025-03-31',
      probability: 10,
      ownerId: t.owner.user.id,
      ownerName: t.owner.user.displayName,
      contactId: ann.id,
      contactName: 'Ann Lee',
      companyId: ann.companyId,
      companyName: 'Huawei',
      createdAt: START,
      version: 1,
    });
    expect(await t.call('deals.get', { id: created.id })).toEqual(created);
  });

  test('takes the stage, probability and owner it is given', async () => {
    const { t } = await withContact();
    const sam = await t.addUser('staff', 'sam');
    const created = await t.call(
      'deals.create',
      dealOf({
        stageId: STAGES.proposal,
        probability: 65,
        ownerId: sam.user.id,
        amount: 300,
        currency: 'JPY',
      }),
    );
    expect(created).toMatchObject({
      stageId: STAGES.proposal,
      probability: 65,
      ownerId: sam.user.id,
      amount: 300,
    });
  });

  test('tells everyone in the company', async () => {
    const { t } = await withContact();
    const sam = await t.addUser('staff', 'sam');
    const events = recordEvents(t);
    const created = await t.call('deals.create', dealOf());
    expect(events.map((e) => [e.name, e.data, seenBy(e, [t.owner.user.id, sam.user.id])])).toEqual([
      [
        'deal.changed',
        { id: created.id, action: 'created', version: 1, contactId: null },
        [t.owner.user.id, sam.user.id],
      ],
    ]);
  });

  test.each([
    ['an empty title', { title: '  ' }, ['title']],
    ['a lower-case currency', { currency: 'cny' }, ['currency']],
    ['a currency of four letters', { currency: 'EURO' }, ['currency']],
    ['a negative amount', { amount: -1 }, ['amount']],
    ['a fractional amount', { amount: 12.5 }, ['amount']],
    ['an amount beyond safe integers', { amount: 2 ** 53 }, ['amount']],
    ['a probability over 100', { probability: 101 }, ['probability']],
    ['a day that does not exist', { expectedClose: '2025-02-30' }, ['expectedClose']],
    ['a day in another format', { expectedClose: '31/03/2025' }, ['expectedClose']],
    ['an unknown field', { stage: 'Won' }, ['stage']],
  ])('refuses %s and stores nothing', async (_name, extra, paths) => {
    const { t } = await withContact();
    const before = pipelineRows(t);
    const error = await t.fail('deals.create', { ...dealOf(), ...extra }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(paths);
    expect(pipelineRows(t)).toEqual(before);
  });

  test('refuses a contact, company and owner that do not exist, naming each', async () => {
    const { t } = await withContact();
    const before = pipelineRows(t);
    const error = await t.fail(
      'deals.create',
      dealOf({ contactId: 9999, companyId: 8888, ownerId: 7777 }),
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['contactId', 'companyId', 'ownerId']);
    expect(pipelineRows(t)).toEqual(before);
  });

  test('refuses a contact in the trash, a deactivated owner and an unknown stage', async () => {
    const { t, ann } = await withContact();
    const sam = await t.addUser('staff', 'sam');
    t.deactivate(sam.user.id);
    await t.call('contacts.delete', { id: ann.id });
    const before = pipelineRows(t);
    const error = await t.fail(
      'deals.create',
      dealOf({ contactId: ann.id, ownerId: sam.user.id }),
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['contactId', 'ownerId']);
    expect(issuePaths(await t.fail('deals.create', dealOf({ stageId: 99 }), 'VALIDATION'))).toEqual([
      'stageId',
    ]);
    expect(pipelineRows(t)).toEqual(before);
  });
});

describe('deals.update', () => {
  test('changes what the patch names and nothing else', async () => {
    const { t, ann } = await withContact();
    const made = await t.call('deals.create', dealOf({ contactId: ann.id }));
    t.clock.advance(DAY);
    const updated = await t.call('deals.update', {
      id: made.id,
      version: 1,
      patch: { amount: 990_000, expectedClose: '2025-04-15', contactId: null },
    });
    expect(updated).toEqual({
      ...made,
      amount: 990_000,
      expectedClose: '2025-04-15',
      contactId: null,
      contactName: null,
      updatedAt: START + DAY,
      version: 2,
    });
  });

  test('a stale version is refused with CONFLICT and changes nothing', async () => {
    const { t } = await withContact();
    const made = await t.call('deals.create', dealOf());
    await t.call('deals.update', { id: made.id, version: 1, patch: { title: 'Mine' } });
    const before = pipelineRows(t);
    const error = await t.fail(
      'deals.update',
      { id: made.id, version: 1, patch: { title: 'Theirs' } },
      'CONFLICT',
    );
    expect(error.details).toEqual({ currentVersion: 2 });
    expect(pipelineRows(t)).toEqual(before);
  });

  test('a new stage brings its probability unless the patch names one', async () => {
    const { t } = await withContact();
    const made = await t.call('deals.create', dealOf());
    const moved = await t.call('deals.update', {
      id: made.id,
      version: 1,
      patch: { stageId: STAGES.proposal },
    });
    expect(moved).toMatchObject({ stageId: STAGES.proposal, stageName: 'Proposal', probability: 50 });
    const own = await t.call('deals.update', {
      id: made.id,
      version: 2,
      patch: { stageId: STAGES.negotiation, probability: 60 },
    });
    expect(own).toMatchObject({ stageId: STAGES.negotiation, probability: 60 });
  });

  test('refuses bad references under patch, and a stage change of a closed deal', async () => {
    const { t } = await withContact();
    const made = await t.call('deals.create', dealOf());
    const bad = await t.fail(
      'deals.update',
      { id: made.id, version: 1, patch: { contactId: 9999, stageId: 77 } },
      'VALIDATION',
    );
    expect(issuePaths(bad)).toEqual(['patch.stageId', 'patch.contactId']);
    await t.call('deals.close', { id: made.id, version: 1, outcome: 'won' });
    const before = pipelineRows(t);
    const closed = await t.fail(
      'deals.update',
      { id: made.id, version: 2, patch: { stageId: STAGES.proposal } },
      'VALIDATION',
    );
    expect(issuePaths(closed)).toEqual(['patch.stageId']);
    expect(pipelineRows(t)).toEqual(before);
  });

  test('an unknown deal is NOT_FOUND', async () => {
    const { t } = await withContact();
    await t.fail('deals.update', { id: 404, version: 1, patch: { title: 'x' } }, 'NOT_FOUND');
  });
});

describe('deals.move', () => {
  test('puts the deal in the stage with that stage’s probability, and tells everyone', async () => {
    const { t } = await withContact();
    const made = await t.call('deals.create', dealOf());
    const events = recordEvents(t);
    const moved = await t.call('deals.move', { id: made.id, version: 1, stageId: STAGES.negotiation });
    expect(moved).toMatchObject({
      stageId: STAGES.negotiation,
      stageName: 'Negotiation',
      probability: 75,
      version: 2,
    });
    expect(events.map((e) => e.data)).toEqual([
      { id: made.id, action: 'moved', version: 2, contactId: null },
    ]);
  });

  test('a stale version is CONFLICT, an unknown stage VALIDATION; neither changes anything', async () => {
    const { t } = await withContact();
    const made = await t.call('deals.create', dealOf());
    await t.call('deals.move', { id: made.id, version: 1, stageId: STAGES.proposal });
    const before = pipelineRows(t);
    await t.fail('deals.move', { id: made.id, version: 1, stageId: STAGES.negotiation }, 'CONFLICT');
    const error = await t.fail('deals.move', { id: made.id, version: 2, stageId: 99 }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['stageId']);
    expect(pipelineRows(t)).toEqual(before);
  });

  test('moving a closed deal into a stage opens it again there', async () => {
    const { t } = await withContact();
    const made = await t.call('deals.create', dealOf());
    await t.call('deals.close', { id: made.id, version: 1, outcome: 'lost', reason: 'Too expensive' });
    const reopened = await t.call('deals.move', { id: made.id, version: 2, stageId: STAGES.proposal });
    expect(reopened).toMatchObject({
      status: 'open',
      stageId: STAGES.proposal,
      closeReason: null,
      closedAt: null,
    });
  });
});

describe('deals.close and deals.reopen', () => {
  test('a lost deal needs its reason; nothing changes without one', async () => {
    const { t } = await withContact();
    const made = await t.call('deals.create', dealOf());
    const before = pipelineRows(t);
    for (const reason of [undefined, '   ']) {
      const error = await t.fail(
        'deals.close',
        { id: made.id, version: 1, outcome: 'lost', reason },
        'VALIDATION',
      );
      expect(issuePaths(error)).toEqual(['reason']);
    }
    expect(pipelineRows(t)).toEqual(before);
  });

  test('won without a reason, lost with one, each stamped with the time', async () => {
    const { t } = await withContact();
    const a = await t.call('deals.create', dealOf());
    const b = await t.call('deals.create', dealOf({ title: 'Switches' }));
    t.clock.advance(DAY);
    expect(await t.call('deals.close', { id: a.id, version: 1, outcome: 'won' })).toMatchObject({
      status: 'won',
      closeReason: null,
      closedAt: START + DAY,
      stageId: STAGES.qualification,
    });
    expect(
      await t.call('deals.close', { id: b.id, version: 1, outcome: 'lost', reason: ' Chose a competitor ' }),
    ).toMatchObject({ status: 'lost', closeReason: 'Chose a competitor', closedAt: START + DAY });
  });

  test('reopen puts a closed deal back in the stage it was closed from', async () => {
    const { t } = await withContact();
    const made = await t.call('deals.create', dealOf({ stageId: STAGES.negotiation }));
    await t.call('deals.close', { id: made.id, version: 1, outcome: 'won', reason: 'Best offer' });
    const reopened = await t.call('deals.reopen', { id: made.id, version: 2 });
    expect(reopened).toMatchObject({
      status: 'open',
      stageId: STAGES.negotiation,
      closeReason: null,
      version: 3,
    });
    await t.fail('deals.reopen', { id: made.id, version: 2 }, 'CONFLICT');
  });
});

describe('deals.delete', () => {
  test('removes the deal and its history; a stale version is refused', async () => {
    const { t } = await withContact();
    const made = await t.call('deals.create', dealOf());
    await t.call('deals.update', { id: made.id, version: 1, patch: { title: 'Renamed' } });
    await t.fail('deals.delete', { id: made.id, version: 1 }, 'CONFLICT');
    expect(pipelineRows(t).deals).toHaveLength(1);
    expect(await t.call('deals.delete', { id: made.id, version: 2 })).toEqual({ id: made.id });
    expect(pipelineRows(t)).toMatchObject({ deals: [], history: [] });
    await t.fail('deals.get', { id: made.id }, 'NOT_FOUND');
  });
});

describe('deals.list', () => {
  test('pages by the chosen sort without skipping or repeating, and filters', async () => {
    const { t } = await withContact();
    const sam = await t.addUser('staff', 'sam');
    for (let i = 1; i <= 7; i++) {
      await t.call(
        'deals.create',
        dealOf({ title: `Deal ${i}`, amount: (i % 3) * 1000, ownerId: i % 2 ? sam.user.id : undefined }),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof t.call<'deals.list'>>> = await t.call('deals.list', {
        sort: 'amount',
        limit: 3,
        cursor,
      });
      seen.push(...page.items.map((d) => `${d.amount}:${d.title}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      '2000:Deal 5',
      '2000:Deal 2',
      '1000:Deal 7',
      '1000:Deal 4',
      '1000:Deal 1',
      '0:Deal 6',
      '0:Deal 3',
    ]);

    const ascending = await t.call('deals.list', {
      sort: 'title',
      order: 'asc',
      filter: { ownerId: sam.user.id },
    });
    expect(ascending.items.map((d) => d.title)).toEqual(['Deal 1', 'Deal 3', 'Deal 5', 'Deal 7']);

    const first = await t.call('deals.list', { sort: 'title', limit: 1 });
    await t.call('deals.close', { id: first.items[0]!.id, version: 1, outcome: 'won' });
    const won = await t.call('deals.list', { filter: { status: 'won' } });
    expect(won.items.map((d) => d.title)).toEqual(['Deal 1']);
    const inStage = await t.call('deals.list', { filter: { stageId: STAGES.qualification, status: 'open' } });
    expect(inStage.items).toHaveLength(6);
  });

  test('a cursor made for another sort is refused', async () => {
    const { t } = await withContact();
    await t.call('deals.create', dealOf());
    await t.call('deals.create', dealOf());
    const { nextCursor } = await t.call('deals.list', { sort: 'amount', limit: 1 });
    const error = await t.fail('deals.list', { sort: 'title', cursor: nextCursor }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['cursor']);
  });
});
