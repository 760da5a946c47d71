import { afterEach, describe, expect, test } from 'vitest';
import type { ContactInput } from '../../../shared/contacts/contract';
import { phoneKeysOf } from '../../../shared/contacts/phone';
import { closeCores, setupCore, type TestCore } from './helpers';

afterEach(closeCores);

/** Contacts whose input order is the reverse of their name order, as an import file may hold them. */
const reverseNamed = (count: number, extra: (i: number) => Partial<ContactInput> = () => ({})) =>
  Array.from({ length: count }, (_, i) => ({
    name: `Person ${String(count - i).padStart(5, '0')}`,
    ...extra(i),
  }));

const found = async (t: TestCore, query: string) =>
  (await t.call('contacts.search', { query, limit: 100 })).items.map((item) => item.name);

describe('bulk insert of contacts', () => {
  test('new ids follow the input order, whatever the order of the names', async () => {
    const t = await setupCore();
    const first = t.core.context.contacts.insertMany(reverseNamed(3), null, t.clock.now());
    const inputs = [{ name: 'Zoë Zimmer' }, { name: 'Anna Abel', companyName: 'Acme Ltd' }, { name: '王伟' }];
    const created = t.core.context.contacts.insertMany(inputs, t.owner.user.id, t.clock.now());

    expect(created).toEqual([first[2]! + 1, first[2]! + 2, first[2]! + 3]);
    const stored = created.map((id) => t.core.context.contacts.get(id));
    expect(stored.map((contact) => contact.name)).toEqual(['Zoë Zimmer', 'Anna Abel', '王伟']);
    expect(stored.map((contact) => contact.companyName)).toEqual([null, 'Acme Ltd', null]);
    expect(stored.map((contact) => contact.ownerId)).toEqual([
      t.owner.user.id,
      t.owner.user.id,
      t.owner.user.id,
    ]);
  });

  test('every contact of a batch is found by its words, its phone and its tag', async () => {
    const t = await setupCore();
    const inputs = reverseNamed(60, (i) => ({
      emails: [`person${i}@example.com`],
      phones: [`+86 139 0000 ${String(1000 + i)}`],
      tags: [i % 2 === 0 ? 'even' : 'odd'],
    }));
    t.core.context.contacts.insertMany(inputs, null, t.clock.now());

    for (const i of [0, 17, 59]) {
      const name = inputs[i]!.name;
      expect(await found(t, name)).toEqual([name]);
      expect(await found(t, `person${i}@example.com`)).toEqual([name]);
      expect(await found(t, `139 0000 ${1000 + i}`)).toEqual([name]);
      expect(await found(t, String(1000 + i))).toEqual([name]);
    }
    const { items: tags } = await t.call('contacts.tags', {});
    expect(tags).toEqual([
      { tag: 'even', count: 30 },
      { tag: 'odd', count: 30 },
    ]);
  });

  test('a batch adds its words to the full-text index in one pass, not a segment per contact', async () => {
    // FTS5 writes its pending words out whenever a contact id is not above the last one, so a
    // batch indexed in name order rather than id order would write many times more index rows.
    const t = await setupCore();
    const count = 2000;
    const changes = () =>
      t.core.context.db.prepare<[], { n: number }>('SELECT total_changes() AS n').get()!.n;
    const before = changes();
    t.core.context.contacts.insertMany(reverseNamed(count), null, t.clock.now());
    // Per contact: its row, its words and their size (kept by FTS5 for contentless_delete).
    const rowsPerContact = 3 * count;
    expect(changes() - before - rowsPerContact).toBeLessThan(count / 10);
    expect(await found(t, 'person')).toHaveLength(100);
  });

  test("a contact's numbers give each index key once, in every format they were typed", () => {
    expect(phoneKeysOf(['+86 138 0013 8000', '138-0013-8000', '(020) 7946 0000'])).toEqual([
      'p13800138000',
      's0008310083168',
      's00083100831',
      'p2079460000',
      's00006497020',
    ]);
    expect(phoneKeysOf([])).toEqual([]);
  });
});
