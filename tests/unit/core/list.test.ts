import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Contact, ContactFilter, ContactInput, ContactSort } from '../../../shared/contacts/contract';
import type { ProcedureOutput } from '../../../shared/contract';
import { closeCores, ids, issuePaths, names, SECOND, setupCore, type TestCore } from './helpers';

interface Truth {
  id: number;
  name: string;
  updatedAt: number;
  deletedAt: number | null;
  ownerId: number | null;
  tags: string[];
}

/** What is in the database, read straight from the contacts table, to compare lists against. */
function truth(t: TestCore): Truth[] {
  return t.core.context.db
    .prepare<
      [],
      {
        id: number;
        name: string;
        updated_at: number;
        deleted_at: number | null;
        owner_id: number | null;
        tags: string;
      }
    >('SELECT id, name, updated_at, deleted_at, owner_id, tags FROM contacts')
    .all()
    .map((row) => ({
      id: row.id,
      name: row.name,
      updatedAt: row.updated_at,
      deletedAt: row.deleted_at,
      ownerId: row.owner_id,
      tags: JSON.parse(row.tags) as string[],
    }));
}

const bytes = (text: string) => Buffer.from(text.toLowerCase().trim(), 'utf8');

/** The order a user expects: names A to Z ignoring case, newest change first, latest deleted first. */
function expectedOrder(rows: Truth[], sort: ContactSort | 'trash'): number[] {
  const sorted = [...rows].sort((a, b) => {
    if (sort === 'name') return Buffer.compare(bytes(a.name), bytes(b.name)) || a.id - b.id;
    if (sort === 'updated') return b.updatedAt - a.updatedAt || b.id - a.id;
    return (b.deletedAt ?? 0) - (a.deletedAt ?? 0) || b.id - a.id;
  });
  return sorted.map((row) => row.id);
}

function matching(t: TestCore, filter: ContactFilter): Truth[] {
  return truth(t).filter(
    (row) =>
      (filter.trash ? row.deletedAt !== null : row.deletedAt === null) &&
      (filter.ownerId === undefined || row.ownerId === filter.ownerId) &&
      (filter.tag === undefined || row.tags.includes(filter.tag)),
  );
}

/** Every page of a list, following nextCursor to the end. */
async function pageThrough(
  t: TestCore,
  { sort, filter, limit }: { sort?: ContactSort; filter?: ContactFilter; limit: number },
): Promise<{ items: Contact[]; pages: number }> {
  const items: Contact[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: ProcedureOutput<'contacts.list'> = await t.call('contacts.list', {
      cursor,
      limit,
      sort,
      filter,
    });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
    if (pages > 1000) throw new Error('the list never ends');
  } while (cursor !== null);
  return { items, pages };
}

function expectNoDuplicates(items: readonly Contact[]): void {
  expect(new Set(ids(items)).size).toBe(items.length);
}

describe('small lists', () => {
  afterEach(closeCores);

  test('by name: every contact once, A to Z ignoring case, ties in the order they were added', async () => {
    const t = await setupCore();
    const inputs: ContactInput[] = [
      'Bob',
      'ann',
      'Same Name',
      'Chen',
      'Same Name',
      'Ann',
      'Same Name',
      'bob',
      'Same Name',
      'Same Name',
      'Zed',
      'Same Name',
      'Same Name',
      'chen',
      'Same Name',
      'Same Name',
      'Alice',
      'Same Name',
      'Same Name',
      'Same Name',
      'Same Name',
      'Yan',
      'Same Name',
    ].map((name) => ({ name }));
    t.core.context.contacts.insertMany(inputs, t.owner.user.id, t.clock.now());

    const { items, pages } = await pageThrough(t, { limit: 4 });

    expect(pages).toBe(6);
    expectNoDuplicates(items);
    expect(ids(items)).toEqual(expectedOrder(matching(t, {}), 'name'));
    expect(names(items).slice(0, 6)).toEqual(['Alice', 'ann', 'Ann', 'Bob', 'bob', 'Chen']);
    expect(names(items).at(-1)).toBe('Zed');
  });

  test('by last update: newest change first, ties by newest contact, across pages', async () => {
    const t = await setupCore();
    const at = t.clock.now();
    const batch = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}` }));
    t.core.context.contacts.insertMany(batch('Old', 5), null, at);
    t.core.context.contacts.insertMany(batch('Middle', 7), null, at + SECOND);
    t.core.context.contacts.insertMany(batch('New', 3), null, at + 2 * SECOND);

    const { items, pages } = await pageThrough(t, { sort: 'updated', limit: 4 });

    expect(pages).toBe(4);
    expectNoDuplicates(items);
    expect(ids(items)).toEqual(expectedOrder(matching(t, {}), 'updated'));
    expect(names(items).slice(0, 4)).toEqual(['New 2', 'New 1', 'New 0', 'Middle 6']);
  });

  test('an edited contact moves to the top of the "last update" list', async () => {
    const t = await setupCore();
    const first = await t.call('contacts.create', { name: 'First' });
    t.clock.advance(SECOND);
    await t.call('contacts.create', { name: 'Second' });
    t.clock.advance(SECOND);
    await t.call('contacts.update', { id: first.id, version: first.version, patch: { title: 'CEO' } });
    expect(names((await t.call('contacts.list', { sort: 'updated' })).items)).toEqual(['First', 'Second']);
  });

  test('paging keeps its place when contacts are added between pages', async () => {
    const t = await setupCore();
    t.core.context.contacts.insertMany(
      ['Amy', 'Ben', 'Cat', 'Dan', 'Eve', 'Fay'].map((name) => ({ name })),
      null,
      t.clock.now(),
    );
    const first = await t.call('contacts.list', { limit: 3 });
    expect(names(first.items)).toEqual(['Amy', 'Ben', 'Cat']);
    await t.call('contacts.create', { name: 'Abe' });
    await t.call('contacts.create', { name: 'Dot' });
    const second = await t.call('contacts.list', { limit: 3, cursor: first.nextCursor });
    expect(names(second.items)).toEqual(['Dan', 'Dot', 'Eve']);
    const third = await t.call('contacts.list', { limit: 3, cursor: second.nextCursor });
    expect(names(third.items)).toEqual(['Fay']);
    expect(third.nextCursor).toBeNull();
  });

  test('an empty list has one empty page', async () => {
    const t = await setupCore();
    expect(await t.call('contacts.list', {})).toEqual({ items: [], nextCursor: null });
  });

  test('a list that exactly fills its page says there is no next page', async () => {
    const t = await setupCore();
    t.core.context.contacts.insertMany([{ name: 'A' }, { name: 'B' }], null, t.clock.now());
    expect((await t.call('contacts.list', { limit: 2 })).nextCursor).toBeNull();
  });

  test('50 contacts a page unless asked, and no more than 200', async () => {
    const t = await setupCore();
    t.core.context.contacts.insertMany(
      Array.from({ length: 60 }, (_, i) => ({ name: `C${i}` })),
      null,
      t.clock.now(),
    );
    expect((await t.call('contacts.list', {})).items).toHaveLength(50);
    await t.fail('contacts.list', { limit: 201 }, 'VALIDATION');
    await t.fail('contacts.list', { limit: 0 }, 'VALIDATION');
  });

  test('filter by owner: only their contacts, in order, across pages', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const inputs = Array.from({ length: 20 }, (_, i) => ({
      name: i % 4 === 0 ? 'Tie' : `Person ${String.fromCharCode(90 - i)}`,
      ownerId: i % 2 === 0 ? sam.user.id : t.owner.user.id,
    }));
    t.core.context.contacts.insertMany(inputs, null, t.clock.now());

    for (const sort of ['name', 'updated'] as const) {
      const filter = { ownerId: sam.user.id };
      const { items } = await pageThrough(t, { sort, filter, limit: 3 });
      expect(items).toHaveLength(10);
      expect(items.every((c) => c.ownerId === sam.user.id && c.ownerName === 'sam (staff)')).toBe(true);
      expect(ids(items)).toEqual(expectedOrder(matching(t, filter), sort));
    }
  });

  test('an owner with no contacts gets an empty list', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    await t.call('contacts.create', { name: 'Ann' });
    expect((await t.call('contacts.list', { filter: { ownerId: sam.user.id } })).items).toEqual([]);
  });
});

describe('filter by tag, for a rare tag and for tags on thousands of contacts', () => {
  let t: TestCore;
  let sam: number;
  // 'common' is on 2100 contacts, 'edge' on exactly 2000, 'under' on 1999 and 'rare' on 10:
  // the repository reads a tag's contacts first below 2000 and scans the list above.
  beforeAll(async () => {
    t = await setupCore();
    sam = (await t.addUser('staff', 'sam')).user.id;
    const start = t.clock.now();
    for (let batch = 0; batch < 4; batch++) {
      const inputs: ContactInput[] = [];
      for (let i = batch * 600; i < (batch + 1) * 600; i++) {
        const tags = [
          ...(i < 2100 ? ['common'] : []),
          ...(i >= 400 && i < 2400 ? ['edge'] : []),
          ...(i >= 300 && i < 2299 ? ['under'] : []),
          ...(i % 240 === 17 ? ['rare'] : []),
        ];
        inputs.push({
          name: `Customer ${String(i % 37).padStart(2, '0')}`,
          tags,
          ownerId: i % 7 < 3 ? sam : null,
        });
      }
      t.core.context.contacts.insertMany(inputs, null, start + batch * SECOND);
    }
  });
  afterAll(closeCores);

  test('the data has the tag sizes this suite means to test', async () => {
    const counts = Object.fromEntries((await t.call('contacts.tags', {})).items.map((i) => [i.tag, i.count]));
    expect(counts).toEqual({ common: 2100, edge: 2000, under: 1999, rare: 10 });
  });

  test.each([
    ['rare', 'name'],
    ['rare', 'updated'],
    ['under', 'name'],
    ['under', 'updated'],
    ['edge', 'name'],
    ['edge', 'updated'],
    ['common', 'name'],
    ['common', 'updated'],
  ] as const)('tag %s sorted by %s: exactly its contacts, in order, no repeats', async (tag, sort) => {
    const filter = { tag };
    const { items } = await pageThrough(t, { sort, filter, limit: tag === 'rare' ? 3 : 200 });
    expectNoDuplicates(items);
    expect(items.every((c) => c.tags.includes(tag))).toBe(true);
    expect(ids(items)).toEqual(expectedOrder(matching(t, filter), sort));
  });

  test.each([['rare'], ['common']] as const)('tag %s together with an owner', async (tag) => {
    const filter = { tag, ownerId: sam };
    const { items } = await pageThrough(t, { filter, limit: 150 });
    expect(items.length).toBeGreaterThan(0);
    expect(ids(items)).toEqual(expectedOrder(matching(t, filter), 'name'));
  });

  test('a tag nobody has gives an empty list', async () => {
    expect(await t.call('contacts.list', { filter: { tag: 'nobody' } })).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  test('tags match exactly: a tag is not found by its prefix or another case', async () => {
    expect((await t.call('contacts.list', { filter: { tag: 'comm' } })).items).toEqual([]);
    expect((await t.call('contacts.list', { filter: { tag: 'RARE' } })).items).toEqual([]);
  });
});

describe('trash', () => {
  afterEach(closeCores);

  async function withTrash() {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const created: Contact[] = [];
    for (let i = 0; i < 9; i++) {
      created.push(
        await t.call('contacts.create', {
          name: `Contact ${i}`,
          tags: i % 2 === 0 ? ['vip'] : ['lead'],
          ownerId: i < 4 ? sam.user.id : t.owner.user.id,
        }),
      );
    }
    // Deleted in three moments, several at the same millisecond.
    for (const [step, group] of [
      [0, [3, 0]],
      [1, [5, 1, 7]],
      [2, [2]],
    ] as const) {
      t.clock.advance(step * SECOND + SECOND);
      for (const i of group) await t.call('contacts.delete', { id: created[i]!.id });
    }
    return { t, sam, created };
  }

  test('the trash lists deleted contacts only, latest deleted first, across pages', async () => {
    const { t } = await withTrash();
    const { items } = await pageThrough(t, { filter: { trash: true }, limit: 2 });
    expectNoDuplicates(items);
    expect(ids(items)).toEqual(expectedOrder(matching(t, { trash: true }), 'trash'));
    expect(names(items)).toEqual([
      'Contact 2',
      'Contact 7',
      'Contact 5',
      'Contact 1',
      'Contact 3',
      'Contact 0',
    ]);
    expect(items.every((c) => c.deletedAt !== null)).toBe(true);
  });

  test('deleted contacts leave the ordinary lists', async () => {
    const { t } = await withTrash();
    expect(names((await t.call('contacts.list', {})).items)).toEqual(['Contact 4', 'Contact 6', 'Contact 8']);
    expect(names((await t.call('contacts.list', { sort: 'updated' })).items)).toEqual([
      'Contact 8',
      'Contact 6',
      'Contact 4',
    ]);
  });

  test('a restored contact leaves the trash and is back in the list', async () => {
    const { t, created } = await withTrash();
    await t.call('contacts.restore', { id: created[5]!.id });
    const trash = await t.call('contacts.list', { filter: { trash: true } });
    expect(names(trash.items)).not.toContain('Contact 5');
    expect(names((await t.call('contacts.list', {})).items)).toContain('Contact 5');
  });

  test('the trash can be filtered by owner', async () => {
    const { t, sam } = await withTrash();
    const filter = { trash: true, ownerId: sam.user.id };
    expect(names((await t.call('contacts.list', { filter })).items)).toEqual([
      'Contact 2',
      'Contact 1',
      'Contact 3',
      'Contact 0',
    ]);
  });

  test('the trash can be filtered by tag', async () => {
    const { t } = await withTrash();
    const trash = await t.call('contacts.list', { filter: { trash: true, tag: 'vip' } });
    expect(names(trash.items)).toEqual(['Contact 2', 'Contact 0']);
    expect(ids(trash.items)).toEqual(expectedOrder(matching(t, { trash: true, tag: 'vip' }), 'trash'));
  });
});

describe('cursors', () => {
  afterEach(closeCores);

  async function withPages() {
    const t = await setupCore();
    t.core.context.contacts.insertMany(
      Array.from({ length: 5 }, (_, i) => ({ name: `C${i}` })),
      null,
      t.clock.now(),
    );
    return t;
  }

  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  test.each([
    ['garbage'],
    ['%%%'],
    [encode([1, 2])],
    [encode({ key: 'sort_name', value: 'c1', id: 1 })],
    [encode(['sort_name', 'c1', 1.5])],
    [encode(['sort_name', null, 1])],
    [encode(['name; DROP TABLE contacts', 'c1', 1])],
  ])('a malformed cursor %j is refused, and the list is unharmed', async (cursor) => {
    const t = await withPages();
    const error = await t.fail('contacts.list', { cursor, limit: 2 }, 'VALIDATION');
    expect(issuePaths(error)).toEqual(['cursor']);
    expect((await t.call('contacts.list', {})).items).toHaveLength(5);
  });

  test('a cursor from the name order is refused by the update order and by the trash', async () => {
    const t = await withPages();
    const { nextCursor } = await t.call('contacts.list', { limit: 2, sort: 'name' });
    expect(nextCursor).not.toBeNull();
    await t.fail('contacts.list', { cursor: nextCursor, sort: 'updated' }, 'VALIDATION');
    await t.fail('contacts.list', { cursor: nextCursor, filter: { trash: true } }, 'VALIDATION');
    expect((await t.call('contacts.list', { cursor: nextCursor, limit: 2 })).items).toHaveLength(2);
  });

  test('a cursor from the update order is refused by the name order', async () => {
    const t = await withPages();
    const { nextCursor } = await t.call('contacts.list', { limit: 2, sort: 'updated' });
    await t.fail('contacts.list', { cursor: nextCursor, sort: 'name' }, 'VALIDATION');
  });

  test('a cursor over 500 characters is refused', async () => {
    const t = await withPages();
    await t.fail('contacts.list', { cursor: 'a'.repeat(501) }, 'VALIDATION');
  });
});

describe('tag counts', () => {
  afterEach(closeCores);

  test('count live contacts only, by tag name, and follow trash and restore', async () => {
    const t = await setupCore();
    const a = await t.call('contacts.create', { name: 'A', tags: ['vip', 'lead'] });
    await t.call('contacts.create', { name: 'B', tags: ['vip'] });
    const c = await t.call('contacts.create', { name: 'C', tags: ['wholesale'] });
    expect((await t.call('contacts.tags', {})).items).toEqual([
      { tag: 'lead', count: 1 },
      { tag: 'vip', count: 2 },
      { tag: 'wholesale', count: 1 },
    ]);

    await t.call('contacts.delete', { id: a.id });
    await t.call('contacts.delete', { id: c.id });
    expect((await t.call('contacts.tags', {})).items).toEqual([{ tag: 'vip', count: 1 }]);

    await t.call('contacts.restore', { id: a.id });
    expect((await t.call('contacts.tags', {})).items).toEqual([
      { tag: 'lead', count: 1 },
      { tag: 'vip', count: 2 },
    ]);
  });

  test('a tag removed from its last contact disappears from the counts', async () => {
    const t = await setupCore();
    const a = await t.call('contacts.create', { name: 'A', tags: ['vip', 'lead'] });
    await t.call('contacts.update', { id: a.id, version: a.version, patch: { tags: ['vip'] } });
    expect((await t.call('contacts.tags', {})).items).toEqual([{ tag: 'vip', count: 1 }]);
  });
});
