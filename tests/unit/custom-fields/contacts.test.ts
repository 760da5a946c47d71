import { afterEach, describe, expect, test } from 'vitest';
import type { ContactFilter } from '../../../shared/contacts/contract';
import { closeCores, setupCore, type TestCore } from '../core/helpers';
import { everyType, key } from './helpers';

afterEach(closeCores);

const contactRows = (t: TestCore) => t.core.context.db.prepare('SELECT * FROM contacts ORDER BY id').all();

describe('custom values of contacts', () => {
  test('a value of every type is stored as given and returned by get, list and search', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const custom = {
      [key(f.note)]: 'Likes green tea',
      [key(f.budget)]: 1234.5,
      [key(f.birthday)]: '1990-02-28',
      [key(f.level)]: 'Gold',
      [key(f.interests)]: ['Tea', 'Cake'],
      [key(f.newsletter)]: true,
    };
    const ann = await t.call('contacts.create', { name: 'Ann', custom });
    expect(ann.custom).toEqual(custom);
    expect((await t.call('contacts.get', { id: ann.id })).custom).toEqual(custom);
    expect((await t.call('contacts.list', {})).items[0]!.custom).toEqual(custom);
    expect((await t.call('contacts.search', { query: 'Ann' })).items[0]!.custom).toEqual(custom);
    const bob = await t.call('contacts.create', { name: 'Bob' });
    expect(bob.custom).toEqual({});
  });

  test('blank values are no values; text is trimmed; several choices keep the field’s order', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const ann = await t.call('contacts.create', {
      name: 'Ann',
      custom: { [key(f.note)]: '  tea  ', [key(f.level)]: '  ', [key(f.interests)]: ['Cake', 'Tea', 'Cake'] },
    });
    expect(ann.custom).toEqual({ [key(f.note)]: 'tea', [key(f.interests)]: ['Tea', 'Cake'] });
  });

  test('each value that does not fit is refused at custom.<id>, with its problem, and nothing is stored', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const before = contactRows(t);
    const refused = await t.fail(
      'contacts.create',
      {
        name: 'Ann',
        custom: {
          [key(f.note)]: 42,
          [key(f.budget)]: 'a lot',
          [key(f.birthday)]: '2025-02-30',
          [key(f.level)]: 'Platinum',
          [key(f.interests)]: ['Tea', 'Wine'],
          [key(f.newsletter)]: 'yes',
          999: 'who?',
        },
      },
      'VALIDATION',
    );
    expect(refused.details?.issues).toEqual([
      { path: ['custom', key(f.note)], message: 'not a value of this field’s type', problem: 'wrongType' },
      { path: ['custom', key(f.budget)], message: 'not a value of this field’s type', problem: 'wrongType' },
      { path: ['custom', key(f.birthday)], message: 'a day that does not exist', problem: 'noSuchDay' },
      { path: ['custom', key(f.level)], message: 'not one of the field’s choices', problem: 'notAChoice' },
      {
        path: ['custom', key(f.interests)],
        message: 'not one of the field’s choices',
        problem: 'notAChoice',
      },
      {
        path: ['custom', key(f.newsletter)],
        message: 'not a value of this field’s type',
        problem: 'wrongType',
      },
      { path: ['custom', '999'], message: 'no such field', problem: 'unknownField' },
    ]);
    const tooLong = await t.fail(
      'contacts.create',
      { name: 'Ann', custom: { [key(f.note)]: 'x'.repeat(1001) } },
      'VALIDATION',
    );
    expect(tooLong.details?.issues).toEqual([expect.objectContaining({ path: ['custom', key(f.note)] })]);
    expect(contactRows(t)).toEqual(before);
  });

  test('an update’s custom replaces the map, left out it changes nothing; a bad value refuses the whole update', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const ann = await t.call('contacts.create', {
      name: 'Ann',
      custom: { [key(f.note)]: 'tea', [key(f.budget)]: 5 },
    });
    const renamed = await t.call('contacts.update', { id: ann.id, version: 1, patch: { name: 'Ann Lee' } });
    expect(renamed.custom).toEqual(ann.custom);
    const replaced = await t.call('contacts.update', {
      id: ann.id,
      version: 2,
      patch: { custom: { [key(f.budget)]: 7, [key(f.newsletter)]: false } },
    });
    expect(replaced.custom).toEqual({ [key(f.budget)]: 7, [key(f.newsletter)]: false });
    const rows = contactRows(t);
    const refused = await t.fail(
      'contacts.update',
      { id: ann.id, version: 3, patch: { title: 'CEO', custom: { [key(f.birthday)]: 'soon' } } },
      'VALIDATION',
    );
    expect(refused.details?.issues).toEqual([
      { path: ['patch', 'custom', key(f.birthday)], message: 'not a date (YYYY-MM-DD)', problem: 'notADate' },
    ]);
    expect(contactRows(t)).toEqual(rows);
  });

  test('values of an archived field stay untouched through edits and may not be changed', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const ann = await t.call('contacts.create', {
      name: 'Ann',
      custom: { [key(f.note)]: 'tea', [key(f.level)]: 'Gold' },
    });
    await t.call('customFields.update', { id: f.note.id, version: 1, patch: { archived: true } });
    // A form that no longer shows the field sends the other values only.
    const edited = await t.call('contacts.update', {
      id: ann.id,
      version: 1,
      patch: { custom: { [key(f.level)]: 'Silver' } },
    });
    expect(edited.custom).toEqual({ [key(f.note)]: 'tea', [key(f.level)]: 'Silver' });
    // One that sends the archived value back unchanged is fine as well.
    const resent = await t.call('contacts.update', {
      id: ann.id,
      version: 2,
      patch: { custom: edited.custom },
    });
    expect(resent.custom).toEqual(edited.custom);
    const changed = await t.fail(
      'contacts.update',
      { id: ann.id, version: 3, patch: { custom: { [key(f.note)]: 'coffee' } } },
      'VALIDATION',
    );
    expect(changed.details?.issues).toEqual([
      { path: ['patch', 'custom', key(f.note)], message: 'this field is archived', problem: 'archivedField' },
    ]);
    await t.fail('contacts.create', { name: 'Bob', custom: { [key(f.note)]: 'x' } }, 'VALIDATION');
  });

  test('a stored value that no longer fits (its choice removed while in the trash) does not block other edits', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const bob = await t.call('contacts.create', { name: 'Bob', custom: { [key(f.level)]: 'Silver' } });
    await t.call('contacts.delete', { id: bob.id });
    await t.call('customFields.update', { id: f.level.id, version: 1, patch: { choices: ['Gold'] } });
    const restored = await t.call('contacts.restore', { id: bob.id });
    const edited = await t.call('contacts.update', {
      id: bob.id,
      version: restored.version,
      patch: { name: 'Bob Li', custom: restored.custom },
    });
    expect(edited.custom).toEqual({ [key(f.level)]: 'Silver' });
    await t.fail(
      'contacts.update',
      { id: bob.id, version: edited.version, patch: { custom: { [key(f.level)]: 'Bronze' } } },
      'VALIDATION',
    );
  });

  test('the timeline gets one change per custom field, named custom.<id>, with old and new values', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const ann = await t.call('contacts.create', {
      name: 'Ann',
      custom: { [key(f.note)]: 'tea', [key(f.newsletter)]: true },
    });
    await t.call('contacts.update', {
      id: ann.id,
      version: 1,
      patch: {
        title: 'CEO',
        custom: { [key(f.note)]: 'tea', [key(f.newsletter)]: false, [key(f.interests)]: ['Cake'] },
      },
    });
    const { items } = await t.call('timeline.forContact', { contactId: ann.id });
    const changes = items.map((entry) => entry.kind === 'contact_change' && entry.data);
    expect(changes).toHaveLength(3);
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: 'title', oldValue: null, newValue: 'CEO' },
        { field: `custom.${f.interests.id}`, oldValue: null, newValue: ['Cake'] },
        { field: `custom.${f.newsletter.id}`, oldValue: true, newValue: false },
      ]),
    );
  });

  test('the search finds a contact by a word of a text field, not by a choice or a number', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const ann = await t.call('contacts.create', {
      name: 'Ann',
      custom: { [key(f.note)]: 'Met at the Canton Fair', [key(f.level)]: 'Gold', [key(f.budget)]: 4711 },
    });
    const found = async (query: string) =>
      (await t.call('contacts.search', { query })).items.map((c) => c.name);
    expect(await found('canton')).toEqual(['Ann']);
    expect(await found('gold')).toEqual([]);
    expect(await found('4711')).toEqual([]);
    await t.call('contacts.update', {
      id: ann.id,
      version: 1,
      patch: { custom: { [key(f.note)]: 'Shenzhen expo' } },
    });
    expect(await found('canton')).toEqual([]);
    expect(await found('expo')).toEqual(['Ann']);
  });
});

describe('filtering the list by custom fields', () => {
  async function people(t: TestCore) {
    const f = await everyType(t);
    const add = (name: string, custom: Record<string, unknown>) =>
      t.call('contacts.create', { name, custom: custom as never });
    await add('Ann', {
      [key(f.note)]: 'Likes GREEN tea',
      [key(f.budget)]: 100,
      [key(f.birthday)]: '1990-05-01',
      [key(f.level)]: 'Gold',
      [key(f.interests)]: ['Tea', 'Cake'],
      [key(f.newsletter)]: true,
    });
    await add('Bob', {
      [key(f.note)]: 'coffee only',
      [key(f.budget)]: 2500,
      [key(f.birthday)]: '1985-12-24',
      [key(f.level)]: 'Silver',
      [key(f.interests)]: ['Coffee'],
      [key(f.newsletter)]: false,
    });
    await add('Cai', { [key(f.note)]: 'Ｇｒｅｅｎ grocer' });
    return f;
  }
  const names = async (t: TestCore, custom: ContactFilter['custom']) =>
    (await t.call('contacts.list', { filter: { custom } })).items.map((c) => c.name);

  test('each operator on its type', async () => {
    const t = await setupCore();
    const f = await people(t);
    expect(await names(t, [{ op: 'contains', fieldId: f.note.id, text: 'green' }])).toEqual(['Ann', 'Cai']);
    expect(await names(t, [{ op: 'between', fieldId: f.budget.id, min: 100, max: 1000 }])).toEqual(['Ann']);
    expect(await names(t, [{ op: 'between', fieldId: f.budget.id, min: 101 }])).toEqual(['Bob']);
    expect(await names(t, [{ op: 'between', fieldId: f.birthday.id, max: '1989-12-31' }])).toEqual(['Bob']);
    expect(await names(t, [{ op: 'is', fieldId: f.level.id, value: 'Gold' }])).toEqual(['Ann']);
    expect(await names(t, [{ op: 'is', fieldId: f.interests.id, value: 'Coffee' }])).toEqual(['Bob']);
    expect(await names(t, [{ op: 'is', fieldId: f.newsletter.id, value: true }])).toEqual(['Ann']);
    // A box never ticked counts as not ticked.
    expect(await names(t, [{ op: 'is', fieldId: f.newsletter.id, value: false }])).toEqual(['Bob', 'Cai']);
    expect(await names(t, [{ op: 'set', fieldId: f.level.id }])).toEqual(['Ann', 'Bob']);
    expect(await names(t, [{ op: 'unset', fieldId: f.level.id }])).toEqual(['Cai']);
    expect(
      await names(t, [
        { op: 'contains', fieldId: f.note.id, text: 'GREEN' },
        { op: 'set', fieldId: f.budget.id },
      ]),
    ).toEqual(['Ann']);
  });

  test('a condition that does not fit its field is refused, naming the condition', async () => {
    const t = await setupCore();
    const f = await people(t);
    const deal = await t.call('customFields.create', { entity: 'deal', label: 'Region', type: 'text' });
    await t.call('customFields.update', { id: f.note.id, version: 1, patch: { archived: true } });
    const refused = async (custom: ContactFilter['custom']) =>
      (await t.fail('contacts.list', { filter: { custom } }, 'VALIDATION')).details?.issues;
    expect(await refused([{ op: 'contains', fieldId: f.budget.id, text: '1' }])).toEqual([
      {
        path: ['filter', 'custom', '0'],
        message: 'this filter does not fit the field’s type',
        problem: 'wrongOperator',
      },
    ]);
    expect(
      await refused([
        { op: 'set', fieldId: f.level.id },
        { op: 'between', fieldId: f.budget.id, min: '2025-01-01' },
      ]),
    ).toEqual([
      { path: ['filter', 'custom', '1'], message: 'not a value of this field’s type', problem: 'wrongType' },
    ]);
    expect(await refused([{ op: 'is', fieldId: f.level.id, value: 'Bronze' }])).toEqual([
      expect.objectContaining({ problem: 'notAChoice' }),
    ]);
    expect(await refused([{ op: 'set', fieldId: deal.id }])).toEqual([
      expect.objectContaining({ problem: 'unknownField' }),
    ]);
    expect(await refused([{ op: 'set', fieldId: f.note.id }])).toEqual([
      expect.objectContaining({ problem: 'archivedField' }),
    ]);
    // The export of a filtered list checks its filter the same way.
    await t.fail(
      'contacts.export',
      { format: 'csv', filter: { custom: [{ op: 'set', fieldId: 999 }] } },
      'VALIDATION',
    );
  });
});

describe('merging duplicates', () => {
  test('the merged contact keeps every record’s values, its own winning a clash; undo restores them', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const keep = await t.call('contacts.create', { name: 'Wang Fang', custom: { [key(f.level)]: 'Gold' } });
    const other = await t.call('contacts.create', {
      name: 'Fang Wang',
      custom: { [key(f.level)]: 'Silver', [key(f.note)]: 'met in Shenzhen', [key(f.newsletter)]: true },
    });
    const { mergeId, contact } = await t.call('contacts.merge', {
      targetId: keep.id,
      targetVersion: keep.version,
      sources: [{ id: other.id, version: other.version }],
      patch: { name: 'Wang Fang' },
    });
    expect(contact.custom).toEqual({
      [key(f.level)]: 'Gold',
      [key(f.note)]: 'met in Shenzhen',
      [key(f.newsletter)]: true,
    });
    expect((await t.call('contacts.search', { query: 'shenzhen' })).items.map((c) => c.id)).toEqual([
      keep.id,
    ]);

    const { contact: undone, restored } = await t.call('contacts.merge.undo', { mergeId });
    expect(undone.custom).toEqual(keep.custom);
    expect(restored.map((c) => c.custom)).toEqual([other.custom]);
  });

  test('values the merge names are checked as an edit’s are', async () => {
    const t = await setupCore();
    const f = await everyType(t);
    const keep = await t.call('contacts.create', { name: 'Wang Fang' });
    const other = await t.call('contacts.create', { name: 'Fang Wang' });
    const refused = await t.fail(
      'contacts.merge',
      {
        targetId: keep.id,
        targetVersion: keep.version,
        sources: [{ id: other.id, version: other.version }],
        patch: { custom: { [key(f.level)]: 'Platinum' } },
      },
      'VALIDATION',
    );
    expect(refused.details?.issues).toEqual([
      expect.objectContaining({ path: ['patch', 'custom', key(f.level)] }),
    ]);
    expect((await t.call('contacts.get', { id: other.id })).deletedAt).toBeNull();
  });
});
