import { afterEach, describe, expect, test } from 'vitest';
import { MAX_CUSTOM_FIELDS, MAX_FIELDS_IN_ALL } from '../../../shared/custom-fields/contract';
import { closeCores, issuePaths, setupCore } from '../core/helpers';
import { recordEvents } from '../followups/helpers';
import { contactField, key } from './helpers';

afterEach(closeCores);

const fieldRows = (t: Awaited<ReturnType<typeof setupCore>>) =>
  t.core.context.db.prepare('SELECT * FROM custom_fields ORDER BY id').all();

describe('defining fields', () => {
  test('a new field goes at the end of its entity’s list; the list shows each entity’s own', async () => {
    const t = await setupCore();
    const level = await contactField(t, 'Level', {
      type: 'choice',
      choices: ['Gold', 'Silver'],
      inList: true,
    });
    const source = await contactField(t, 'Source');
    const region = await t.call('customFields.create', { entity: 'deal', label: 'Region', type: 'text' });

    expect(level).toEqual({
      id: level.id,
      entity: 'contact',
      label: 'Level',
      type: 'choice',
      choices: ['Gold', 'Silver'],
      inList: true,
      archived: false,
      position: 1,
      version: 1,
    });
    expect(source).toMatchObject({ position: 2, inList: false, choices: [] });
    expect((await t.call('customFields.list', { entity: 'contact' })).items).toEqual([level, source]);
    expect((await t.call('customFields.list', { entity: 'deal' })).items).toEqual([region]);
  });

  test('staff may read the fields but not define or change them', async () => {
    const t = await setupCore();
    const level = await contactField(t, 'Level');
    const sam = await t.addUser('staff', 'sam');
    const admin = await t.addUser('admin', 'ada');

    expect((await t.call('customFields.list', { entity: 'contact' }, sam.token)).items).toEqual([level]);
    const rows = fieldRows(t);
    await t.fail('customFields.create', { entity: 'contact', label: 'X', type: 'text' }, 'FORBIDDEN', {
      token: sam.token,
    });
    await t.fail('customFields.update', { id: level.id, version: 1, patch: { label: 'Y' } }, 'FORBIDDEN', {
      token: sam.token,
    });
    await t.fail('customFields.reorder', { entity: 'contact', ids: [level.id] }, 'FORBIDDEN', {
      token: sam.token,
    });
    expect(fieldRows(t)).toEqual(rows);
    expect(
      await t.call('customFields.create', { entity: 'contact', label: 'X', type: 'text' }, admin.token),
    ).toMatchObject({ label: 'X' });
  });

  test('a choice field needs choices, listed once each regardless of case; other types take none', async () => {
    const t = await setupCore();
    const noChoices = await t.fail(
      'customFields.create',
      { entity: 'contact', label: 'L', type: 'choice' },
      'VALIDATION',
    );
    expect(issuePaths(noChoices)).toEqual(['choices']);
    const twice = await t.fail(
      'customFields.create',
      { entity: 'contact', label: 'L', type: 'choices', choices: ['VIP', 'vip'] },
      'VALIDATION',
    );
    expect(issuePaths(twice)).toEqual(['choices.1']);
    const text = await t.fail(
      'customFields.create',
      { entity: 'contact', label: 'L', type: 'text', choices: ['a'] },
      'VALIDATION',
    );
    expect(issuePaths(text)).toEqual(['choices']);
    expect(fieldRows(t)).toEqual([]);
  });

  test('two live fields of an entity may not share a label, in any case or width', async () => {
    const t = await setupCore();
    const level = await contactField(t, 'Level');
    const clash = await t.fail(
      'customFields.create',
      { entity: 'contact', label: 'ＬＥＶＥＬ', type: 'number' },
      'VALIDATION',
    );
    expect(clash.details?.issues).toEqual([
      { path: ['label'], message: 'another field is already called "ＬＥＶＥＬ"' },
    ]);
    // Deals have labels of their own; an archived field leaves its label free.
    await t.call('customFields.create', { entity: 'deal', label: 'Level', type: 'text' });
    await t.call('customFields.update', { id: level.id, version: 1, patch: { archived: true } });
    const second = await contactField(t, 'level');
    // …and so it cannot come back while another live field holds the label.
    const back = await t.fail(
      'customFields.update',
      { id: level.id, version: 2, patch: { archived: false } },
      'VALIDATION',
    );
    expect(issuePaths(back)).toEqual(['patch.label']);
    // A field may change its own label's case.
    expect(
      await t.call('customFields.update', { id: second.id, version: 1, patch: { label: 'LEVEL' } }),
    ).toMatchObject({ label: 'LEVEL', version: 2 });
  });

  test(`at most ${MAX_CUSTOM_FIELDS} live fields per entity; archiving one makes room`, async () => {
    const t = await setupCore();
    const fields = [];
    for (let i = 0; i < MAX_CUSTOM_FIELDS; i++) fields.push(await contactField(t, `Field ${i}`));
    const full = await t.fail(
      'customFields.create',
      { entity: 'contact', label: 'One more', type: 'text' },
      'VALIDATION',
    );
    expect(full.details?.issues).toEqual([
      { path: ['entity'], message: `at most ${MAX_CUSTOM_FIELDS} fields; archive one to add another` },
    ]);
    const everyValue = Object.fromEntries(fields.map((field) => [key(field), 'x']));
    const ann = await t.call('contacts.create', { name: 'Ann', custom: everyValue });
    await t.call('customFields.update', { id: fields[0]!.id, version: 1, patch: { archived: true } });
    const oneMore = await contactField(t, 'One more');
    expect(oneMore).toMatchObject({ position: MAX_CUSTOM_FIELDS + 1 });
    // The contact keeps the archived field's value beside a value of every live field.
    const updated = await t.call('contacts.update', {
      id: ann.id,
      version: 1,
      patch: { custom: { ...everyValue, [key(oneMore)]: 'y' } },
    });
    expect(Object.keys(updated.custom)).toHaveLength(MAX_CUSTOM_FIELDS + 1);
    expect((await t.call('contacts.get', { id: ann.id })).custom).toEqual(updated.custom);
  });
});

test(`at most ${MAX_FIELDS_IN_ALL} fields of an entity in all, archived ones included`, async () => {
  const t = await setupCore();
  const archive = t.core.context.db.prepare(
    `INSERT INTO custom_fields (entity, label, label_key, type, archived, position, created_at, updated_at)
     VALUES ('contact', ?, ?, 'text', 1, ?, 0, 0)`,
  );
  for (let i = 1; i < MAX_FIELDS_IN_ALL; i++) archive.run(`Old ${i}`, `old ${i}`, i);
  expect(await contactField(t, 'Last one')).toMatchObject({ position: MAX_FIELDS_IN_ALL });
  const refused = await t.fail(
    'customFields.create',
    { entity: 'contact', label: 'X', type: 'text' },
    'VALIDATION',
  );
  expect(refused.details?.issues).toEqual([
    { path: ['entity'], message: `at most ${MAX_FIELDS_IN_ALL} fields in all, archived ones included` },
  ]);
});

describe('changing fields', () => {
  test('an update names the version it read: a stale one is refused with CONFLICT and changes nothing', async () => {
    const t = await setupCore();
    const level = await contactField(t, 'Level', { type: 'choice', choices: ['Gold'] });
    const updated = await t.call('customFields.update', {
      id: level.id,
      version: 1,
      patch: { label: 'Tier', choices: ['Gold', 'Silver'], inList: true },
    });
    expect(updated).toMatchObject({ label: 'Tier', choices: ['Gold', 'Silver'], inList: true, version: 2 });
    const rows = fieldRows(t);
    const stale = await t.fail(
      'customFields.update',
      { id: level.id, version: 1, patch: { label: 'Rank' } },
      'CONFLICT',
    );
    expect(stale.details).toEqual({ currentVersion: 2 });
    expect(fieldRows(t)).toEqual(rows);
    await t.fail('customFields.update', { id: 999, version: 1, patch: { label: 'Rank' } }, 'NOT_FOUND');
  });

  test('a choice still held by a live contact or a deal cannot be removed; one held by nobody can', async () => {
    const t = await setupCore();
    const level = await contactField(t, 'Level', { type: 'choice', choices: ['Gold', 'Silver', 'Bronze'] });
    const tags = await t.call('customFields.create', {
      entity: 'deal',
      label: 'Tags',
      type: 'choices',
      choices: ['Hot', 'Cold'],
    });
    await t.call('contacts.create', { name: 'Ann', custom: { [key(level)]: 'Gold' } });
    const trashed = await t.call('contacts.create', { name: 'Bob', custom: { [key(level)]: 'Silver' } });
    await t.call('contacts.delete', { id: trashed.id });
    await t.call('deals.create', {
      title: 'Router',
      amount: 100,
      currency: 'CNY',
      custom: { [key(tags)]: ['Cold'] },
    });

    const held = await t.fail(
      'customFields.update',
      { id: level.id, version: 1, patch: { choices: ['Silver'] } },
      'VALIDATION',
    );
    expect(held.details?.issues).toEqual([
      { path: ['patch', 'choices'], message: '"Gold" is still chosen on some records; change them first' },
    ]);
    const heldByDeal = await t.fail(
      'customFields.update',
      { id: tags.id, version: 1, patch: { choices: ['Hot'] } },
      'VALIDATION',
    );
    expect(heldByDeal.details?.issues).toEqual([
      { path: ['patch', 'choices'], message: '"Cold" is still chosen on some records; change them first' },
    ]);
    // Silver is held only in the trash, Bronze by nobody.
    expect(
      await t.call('customFields.update', { id: level.id, version: 1, patch: { choices: ['Gold'] } }),
    ).toMatchObject({ choices: ['Gold'], version: 2 });
    const empty = await t.fail(
      'customFields.update',
      { id: tags.id, version: 1, patch: { choices: [] } },
      'VALIDATION',
    );
    expect(issuePaths(empty)).toEqual(['patch.choices']);
  });

  test('reorder takes every field of the entity once, and bumps each version', async () => {
    const t = await setupCore();
    const a = await contactField(t, 'A');
    const b = await contactField(t, 'B');
    const c = await contactField(t, 'C');
    await t.call('customFields.update', { id: c.id, version: 1, patch: { archived: true } });
    const deal = await t.call('customFields.create', { entity: 'deal', label: 'D', type: 'text' });
    const rows = fieldRows(t);
    for (const ids of [
      [b.id, a.id],
      [b.id, a.id, c.id, c.id],
      [b.id, a.id, c.id, deal.id],
      [b.id, a.id, 999],
    ]) {
      const refused = await t.fail('customFields.reorder', { entity: 'contact', ids }, 'VALIDATION');
      expect(issuePaths(refused)).toEqual(['ids']);
    }
    expect(fieldRows(t)).toEqual(rows);

    const { items } = await t.call('customFields.reorder', { entity: 'contact', ids: [c.id, b.id, a.id] });
    expect(items.map((field) => [field.label, field.position, field.version])).toEqual([
      ['C', 1, 3],
      ['B', 2, 2],
      ['A', 3, 2],
    ]);
    expect((await t.call('customFields.list', { entity: 'contact' })).items).toEqual(items);
  });

  test('every change is announced to everyone with its entity', async () => {
    const t = await setupCore();
    const events = recordEvents(t);
    const level = await contactField(t, 'Level');
    await t.call('customFields.update', { id: level.id, version: 1, patch: { inList: true } });
    await t.call('customFields.reorder', { entity: 'contact', ids: [level.id] });
    await t.call('customFields.create', { entity: 'deal', label: 'Region', type: 'text' });
    await t.fail('customFields.update', { id: level.id, version: 1, patch: { inList: false } }, 'CONFLICT');
    expect(events.map((event) => [event.name, event.data, event.audience])).toEqual([
      ['customFields.changed', { entity: 'contact' }, { kind: 'company' }],
      ['customFields.changed', { entity: 'contact' }, { kind: 'company' }],
      ['customFields.changed', { entity: 'contact' }, { kind: 'company' }],
      ['customFields.changed', { entity: 'deal' }, { kind: 'company' }],
    ]);
  });
});
