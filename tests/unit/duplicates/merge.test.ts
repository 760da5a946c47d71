import { afterEach, describe, expect, test } from 'vitest';
import { closeCores, contact, DAY, issuePaths, setupCore, type TestCore } from '../core/helpers';

afterEach(closeCores);

/** Two records of one person, each with a follow-up and an edit in its history. */
async function twoRecords(t: TestCore) {
  const keep = await t.call(
    'contacts.create',
    contact('Wang Fang', { companyName: 'Acme', phones: ['138 0000 1111'], tags: ['vip'] }),
  );
  let other = await t.call(
    'contacts.create',
    contact('Fang Wang', { emails: ['fang@example.com'], tags: ['lead'] }),
  );
  other = await t.call('contacts.update', {
    id: other.id,
    version: other.version,
    patch: { title: 'Buyer' },
  });
  const keepCall = await t.call('followups.create', {
    kind: 'call',
    subject: 'Call Wang',
    contactId: keep.id,
    dueAt: t.clock.now() + DAY,
  });
  const otherNote = await t.call('followups.create', {
    kind: 'note',
    subject: 'Met Fang',
    contactId: other.id,
  });
  return { keep, other, keepCall, otherNote };
}

const followupSubjects = async (t: TestCore, contactId: number) =>
  (await t.call('followups.listForContact', { contactId })).items.map((f) => f.subject).sort();
const timelineKinds = async (t: TestCore, contactId: number) =>
  (await t.call('timeline.forContact', { contactId })).items.map((entry) => entry.kind);

describe('merging contacts', () => {
  test('the target takes the picked values, every linked item moves to it, the source goes to the trash', async () => {
    const t = await setupCore();
    const { keep, other } = await twoRecords(t);
    const { contact: merged } = await t.call('contacts.merge', {
      targetId: keep.id,
      targetVersion: keep.version,
      sources: [{ id: other.id, version: other.version }],
      patch: { title: 'Buyer', emails: ['fang@example.com'], tags: ['lead', 'vip'] },
    });
    expect(merged).toMatchObject({
      name: 'Wang Fang',
      companyName: 'Acme',
      title: 'Buyer',
      phones: ['138 0000 1111'],
      emails: ['fang@example.com'],
      tags: ['lead', 'vip'],
    });
    expect(await followupSubjects(t, keep.id)).toEqual(['Call Wang', 'Met Fang']);
    expect(await followupSubjects(t, other.id)).toEqual([]);
    // The source's own edit (its title) is now in the merged contact's history.
    const history = (await t.call('timeline.forContact', { contactId: keep.id })).items;
    const changedFields = history.flatMap((entry) =>
      entry.kind === 'contact_change' ? [(entry.data as { field: string }).field] : [],
    );
    // Three from the merge itself, and the source's own earlier edit of its title.
    expect(changedFields.sort()).toEqual(['emails', 'tags', 'title', 'title']);
    expect(await timelineKinds(t, other.id)).toEqual([]);
    expect((await t.call('contacts.get', { id: other.id })).deletedAt).not.toBeNull();
    const found = await t.call('contacts.search', { query: 'fang@example.com' });
    expect(found.items.map((c) => c.id)).toEqual([keep.id]);
  });

  test('undo puts back the fields, the linked items and the source, in one step', async () => {
    const t = await setupCore();
    const { keep, other } = await twoRecords(t);
    const keepTimeline = await timelineKinds(t, keep.id);
    const otherTimeline = await timelineKinds(t, other.id);
    const { mergeId } = await t.call('contacts.merge', {
      targetId: keep.id,
      targetVersion: keep.version,
      sources: [{ id: other.id, version: other.version }],
      patch: { name: 'Fang WANG', notes: 'merged' },
    });
    const { contact: undone, restored } = await t.call('contacts.merge.undo', { mergeId });
    const fields = ({ name, companyName, title, phones, emails, tags, notes, ownerId }: typeof keep) => ({
      name,
      companyName,
      title,
      phones,
      emails,
      tags,
      notes,
      ownerId,
    });
    expect(fields(undone)).toEqual(fields(keep));
    expect(restored.map((c) => [c.id, c.deletedAt])).toEqual([[other.id, null]]);
    expect(await followupSubjects(t, keep.id)).toEqual(['Call Wang']);
    expect(await followupSubjects(t, other.id)).toEqual(['Met Fang']);
    // The source's history is its own again; the target's gains the merge's two field changes
    // (name, notes) and the undo's two that put them back.
    expect(await timelineKinds(t, other.id)).toEqual(otherTimeline);
    // A follow-up due tomorrow sorts above today's edits, so the kinds are compared without their order.
    expect((await timelineKinds(t, keep.id)).sort()).toEqual(
      [...Array<string>(4).fill('contact_change'), ...keepTimeline].sort(),
    );
    expect((await t.call('contacts.search', { query: 'fang@example.com' })).items.map((c) => c.id)).toEqual([
      other.id,
    ]);
    await t.fail('contacts.merge.undo', { mergeId }, 'CONFLICT');
  });

  test('undo is refused once the merged contact was edited again', async () => {
    const t = await setupCore();
    const { keep, other } = await twoRecords(t);
    const { mergeId, contact: merged } = await t.call('contacts.merge', {
      targetId: keep.id,
      targetVersion: keep.version,
      sources: [{ id: other.id, version: other.version }],
      patch: {},
    });
    await t.call('contacts.update', { id: keep.id, version: merged.version, patch: { title: 'Director' } });
    await t.fail('contacts.merge.undo', { mergeId }, 'CONFLICT');
    expect((await t.call('contacts.get', { id: other.id })).deletedAt).not.toBeNull();
    expect((await t.call('contacts.get', { id: keep.id })).title).toBe('Director');
  });

  test('stale versions, repeats, trashed or unknown contacts and bad values change nothing', async () => {
    const t = await setupCore();
    const { keep, other } = await twoRecords(t);
    const third = await t.call('contacts.create', contact('Third'));
    await t.call('contacts.delete', { id: third.id });
    const base = { targetId: keep.id, targetVersion: keep.version, patch: {} };
    const snapshot = () => t.core.context.db.prepare('SELECT * FROM contacts ORDER BY id').all();
    const before = snapshot();

    await t.fail(
      'contacts.merge',
      { ...base, sources: [{ id: other.id, version: other.version - 1 }] },
      'CONFLICT',
    );
    await t.fail(
      'contacts.merge',
      { ...base, targetVersion: keep.version + 1, sources: [{ id: other.id, version: other.version }] },
      'CONFLICT',
    );
    await t.fail(
      'contacts.merge',
      { ...base, sources: [{ id: keep.id, version: keep.version }] },
      'VALIDATION',
    );
    await t.fail(
      'contacts.merge',
      {
        ...base,
        sources: [
          { id: other.id, version: other.version },
          { id: other.id, version: other.version },
        ],
      },
      'VALIDATION',
    );
    await t.fail('contacts.merge', { ...base, sources: [] }, 'VALIDATION');
    await t.fail('contacts.merge', { ...base, sources: [{ id: third.id, version: 2 }] }, 'NOT_FOUND');
    await t.fail('contacts.merge', { ...base, sources: [{ id: 9999, version: 1 }] }, 'NOT_FOUND');
    await t.fail(
      'contacts.merge',
      { ...base, sources: [{ id: other.id, version: other.version }], patch: { emails: ['nope'] } },
      'VALIDATION',
    );
    const badOwner = await t.fail(
      'contacts.merge',
      { ...base, sources: [{ id: other.id, version: other.version }], patch: { ownerId: 999 } },
      'VALIDATION',
    );
    expect(issuePaths(badOwner)).toEqual(['patch.ownerId']);
    await t.fail('contacts.merge.undo', { mergeId: 42 }, 'NOT_FOUND');
    expect(snapshot()).toEqual(before);
    expect(await followupSubjects(t, other.id)).toEqual(['Met Fang']);
  });

  test('only the one who merged, or an admin, may undo; hidden customers cannot be merged', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const tina = await t.addUser('staff', 'tina');
    const a = await t.call('contacts.create', contact('Sam A'), sam.token);
    const b = await t.call('contacts.create', contact('Sam B'), sam.token);
    const tinas = await t.call('contacts.create', contact('Tina C'), tina.token);
    const { mergeId } = await t.call(
      'contacts.merge',
      { targetId: a.id, targetVersion: a.version, sources: [{ id: b.id, version: b.version }], patch: {} },
      sam.token,
    );
    await t.fail('contacts.merge.undo', { mergeId }, 'FORBIDDEN', { token: tina.token });
    await t.call('contacts.merge.undo', { mergeId });

    const settings = await t.call('company.settings.get', {});
    await t.call('company.settings.update', {
      version: settings.version,
      patch: { customerVisibility: 'own' },
    });
    const current = await t.call('contacts.get', { id: a.id });
    await t.fail(
      'contacts.merge',
      {
        targetId: a.id,
        targetVersion: current.version,
        sources: [{ id: tinas.id, version: tinas.version }],
        patch: {},
      },
      'NOT_FOUND',
      { token: sam.token },
    );
    expect((await t.call('contacts.get', { id: tinas.id })).deletedAt).toBeNull();
  });
});
