import { afterEach, expect, test } from 'vitest';
import { closeCores, contact, MINUTE, setupCore } from '../core/helpers';

afterEach(closeCores);

test('a follow-up moved by a contact merge, and back by its undo, is a change an open editor must not overwrite', async () => {
  const t = await setupCore();
  const keep = await t.call('contacts.create', contact('Wang Fang'));
  const other = await t.call('contacts.create', contact('Fang Wang'));
  const opened = await t.call('followups.create', { kind: 'note', subject: 'Met Fang', contactId: other.id });

  t.clock.advance(MINUTE);
  const { mergeId } = await t.call('contacts.merge', {
    targetId: keep.id,
    targetVersion: keep.version,
    sources: [{ id: other.id, version: other.version }],
    patch: {},
  });
  const merged = await t.call('followups.listForContact', { contactId: keep.id });
  expect(merged.items.map((f) => [f.id, f.version, f.updatedAt])).toEqual([
    [opened.id, opened.version + 1, t.clock.now()],
  ]);
  const stale = { id: opened.id, version: opened.version, patch: { subject: 'Met Fang in Shanghai' } };
  await t.fail('followups.update', stale, 'CONFLICT');

  t.clock.advance(MINUTE);
  await t.call('contacts.merge.undo', { mergeId });
  const undone = await t.call('followups.listForContact', { contactId: other.id });
  expect(undone.items.map((f) => [f.id, f.subject, f.version, f.updatedAt])).toEqual([
    [opened.id, 'Met Fang', opened.version + 2, t.clock.now()],
  ]);
  await t.fail('followups.update', { ...stale, version: opened.version + 1 }, 'CONFLICT');
});
