import { afterEach, describe, expect, test } from 'vitest';
import type { TimelineEntry } from '../../../shared/timeline/contract';
import { closeCores, HOUR, MINUTE, setupCore, START } from '../core/helpers';
import { call } from './helpers';

afterEach(closeCores);

const keys = (items: readonly TimelineEntry[]) => items.map((item) => `${item.kind}:${item.id}@${item.at}`);

describe('contact field changes', () => {
  test('an update records who changed which field, when, from what to what', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const ann = await t.call('contacts.create', { name: 'Ann Lee', phones: ['138 0013 8000'] });
    t.clock.advance(HOUR);
    await t.call(
      'contacts.update',
      {
        id: ann.id,
        version: 1,
        patch: { title: 'CEO', phones: ['138 0013 8000', '010 1234 5678'], name: 'Ann Lee' },
      },
      sam.token,
    );
    const { items } = await t.call('timeline.forContact', { contactId: ann.id });
    const actor = { id: sam.user.id, name: sam.user.displayName };
    expect(items).toEqual([
      {
        kind: 'contact_change',
        id: 2,
        at: START + HOUR,
        actor,
        data: { field: 'phones', oldValue: ['138 0013 8000'], newValue: ['138 0013 8000', '010 1234 5678'] },
      },
      {
        kind: 'contact_change',
        id: 1,
        at: START + HOUR,
        actor,
        data: { field: 'title', oldValue: null, newValue: 'CEO' },
      },
    ]);
  });

  test('a stale update records nothing', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    await t.call('contacts.update', { id: ann.id, version: 1, patch: { title: 'CEO' } });
    await t.fail('contacts.update', { id: ann.id, version: 1, patch: { title: 'CTO' } }, 'CONFLICT');
    const { items } = await t.call('timeline.forContact', { contactId: ann.id });
    expect(items.map((item) => item.data)).toEqual([{ field: 'title', oldValue: null, newValue: 'CEO' }]);
  });
});

describe('timeline.forContact', () => {
  test('merges follow-ups and field changes newest first across pages, without repeats', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    const bo = await t.call('contacts.create', { name: 'Bo' });
    let version = 1;
    // Changes and follow-ups interleave, and several share one instant across the two sources.
    for (let i = 0; i < 6; i++) {
      t.clock.set(START + i * MINUTE);
      await t.call('contacts.update', { id: ann.id, version: version++, patch: { title: `Title ${i}` } });
      await t.call('followups.create', call(ann.id, START + i * MINUTE));
      await t.call('followups.create', call(ann.id, START + i * MINUTE + 30_000));
    }
    await t.call('followups.create', call(bo.id, START));
    await t.call('contacts.update', { id: bo.id, version: 1, patch: { title: 'Not Ann' } });

    const all = (await t.call('timeline.forContact', { contactId: ann.id, limit: 200 })).items;
    expect(all).toHaveLength(18);
    const ats = all.map((item) => item.at);
    expect(ats).toEqual([...ats].sort((a, b) => b - a));

    for (const limit of [1, 4, 5, 17]) {
      const seen: TimelineEntry[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: TimelineEntry[]; nextCursor: string | null } = await t.call(
          'timeline.forContact',
          {
            contactId: ann.id,
            cursor,
            limit,
          },
        );
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(keys(seen), `pages of ${limit}`).toEqual(keys(all));
    }
  });

  test('follow-up entries carry their kind, subject, due time, state and creator', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    const made = await t.call(
      'followups.create',
      call(ann.id, START + HOUR, { kind: 'visit', subject: 'Visit' }),
    );
    await t.call('followups.complete', { id: made.id, version: 1, done: true });
    expect((await t.call('timeline.forContact', { contactId: ann.id })).items).toEqual([
      {
        kind: 'followup',
        id: made.id,
        at: START + HOUR,
        actor: { id: t.owner.user.id, name: t.owner.user.displayName },
        contactId: ann.id,
        data: { followupKind: 'visit', subject: 'Visit', dueAt: START + HOUR, done: true },
      },
    ]);
  });

  test('an unknown contact is NOT_FOUND; a bad cursor is VALIDATION', async () => {
    const t = await setupCore();
    const ann = await t.call('contacts.create', { name: 'Ann Lee' });
    await t.fail('timeline.forContact', { contactId: 4242 }, 'NOT_FOUND');
    await t.fail('timeline.forContact', { contactId: ann.id, cursor: 'WzEsMl0' }, 'VALIDATION');
  });
});
