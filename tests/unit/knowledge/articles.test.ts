import { afterEach, describe, expect, test } from 'vitest';
import { ARTICLE_BODY_MAX_BYTES } from '../../../shared/knowledge/contract';
import { closeCores, issuePaths, MINUTE, setupCore } from '../core/helpers';
import { recordEvents } from '../followups/helpers';
import { articleOf, knowledgeRows, titles } from './helpers';

afterEach(closeCores);

describe('articles', () => {
  test('create, get, update and list: who wrote it, its category, latest edited first', async () => {
    const t = await setupCore();
    const printers = await t.call('knowledge.categories.create', { name: 'Printers' });
    const jam = await t.call('knowledge.articles.create', {
      title: '  Paper jam  ',
      body: '# Paper jam\nOpen **tray 2**.',
      categoryId: printers.id,
    });
    expect(jam).toMatchObject({
      title: 'Paper jam',
      body: '# Paper jam\nOpen **tray 2**.',
      categoryId: printers.id,
      categoryName: 'Printers',
      archived: false,
      createdByName: 'Olivia Owner',
      version: 1,
    });
    expect(await t.call('knowledge.articles.get', { id: jam.id })).toEqual(jam);

    t.clock.advance(MINUTE);
    const wifi = await t.call('knowledge.articles.create', articleOf('Wi-Fi drops'));
    expect(wifi.categoryId).toBeNull();
    expect(titles((await t.call('knowledge.articles.list', {})).items)).toEqual(['Wi-Fi drops', 'Paper jam']);

    t.clock.advance(MINUTE);
    const bo = await t.addUser('agent', 'bo');
    const edited = await t.call(
      'knowledge.articles.update',
      { id: jam.id, version: 1, patch: { body: 'Open tray 2, then tray 3.' } },
      bo.token,
    );
    expect(edited).toMatchObject({ title: 'Paper jam', version: 2, updatedByName: 'bo (agent)' });
    expect(titles((await t.call('knowledge.articles.list', {})).items)).toEqual(['Paper jam', 'Wi-Fi drops']);
    expect(titles((await t.call('knowledge.articles.list', { categoryId: printers.id })).items)).toEqual([
      'Paper jam',
    ]);
    expect(titles((await t.call('knowledge.articles.list', { categoryId: null })).items)).toEqual([
      'Wi-Fi drops',
    ]);
  });

  test('the list pages by cursor without repeating or losing an article', async () => {
    const t = await setupCore();
    for (let i = 1; i <= 5; i += 1) {
      await t.call('knowledge.articles.create', articleOf(`Article ${i}`));
      t.clock.advance(MINUTE);
    }
    const first = await t.call('knowledge.articles.list', { limit: 2 });
    const second = await t.call('knowledge.articles.list', { limit: 2, cursor: first.nextCursor });
    const third = await t.call('knowledge.articles.list', { limit: 2, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((a) => a.title)).toEqual([
      'Article 5',
      'Article 4',
      'Article 3',
      'Article 2',
      'Article 1',
    ]);
    expect(third.nextCursor).toBeNull();
  });

  test('a stale save is refused with CONFLICT and changes nothing', async () => {
    const t = await setupCore();
    const made = await t.call('knowledge.articles.create', articleOf('Paper jam'));
    await t.call('knowledge.articles.update', { id: made.id, version: 1, patch: { title: 'Paper jams' } });
    const before = knowledgeRows(t);
    const error = await t.fail(
      'knowledge.articles.update',
      { id: made.id, version: 1, patch: { title: 'Mine' } },
      'CONFLICT',
    );
    expect(error.details).toMatchObject({ currentVersion: 2 });
    await t.fail('knowledge.articles.setArchived', { id: made.id, version: 1, archived: true }, 'CONFLICT');
    expect(knowledgeRows(t)).toEqual(before);
  });

  test('title 1-200, body at most 100 KB of UTF-8, a real category: refused otherwise, nothing stored', async () => {
    const t = await setupCore();
    const cases = [
      [{ title: '   ', body: 'x' }, 'title'],
      [{ title: 'x'.repeat(201), body: 'x' }, 'title'],
      [{ title: 'Big', body: '中'.repeat(Math.floor(ARTICLE_BODY_MAX_BYTES / 3) + 1) }, 'body'],
      [{ title: 'Lost', body: 'x', categoryId: 999 }, 'categoryId'],
      [{ title: 'Odd', body: 'x', extra: 1 }, 'extra'],
    ] as const;
    for (const [input, path] of cases) {
      expect(issuePaths(await t.fail('knowledge.articles.create', input, 'VALIDATION'))).toEqual([path]);
    }
    // Just at the limit is fine, counted in bytes, not characters.
    await t.call('knowledge.articles.create', { title: 'Big', body: 'a'.repeat(ARTICLE_BODY_MAX_BYTES) });
    const made = await t.call('knowledge.articles.create', articleOf('Paper jam'));
    const before = knowledgeRows(t);
    const error = await t.fail(
      'knowledge.articles.update',
      { id: made.id, version: 1, patch: { categoryId: 42 } },
      'VALIDATION',
    );
    expect(issuePaths(error)).toEqual(['patch.categoryId']);
    await t.fail('knowledge.articles.get', { id: 4242 }, 'NOT_FOUND');
    expect(knowledgeRows(t)).toEqual(before);
  });

  test('archived articles leave the list and search, and come back when restored', async () => {
    const t = await setupCore();
    const made = await t.call('knowledge.articles.create', articleOf('Toner smears'));
    const archived = await t.call('knowledge.articles.setArchived', {
      id: made.id,
      version: 1,
      archived: true,
    });
    expect(archived).toMatchObject({ archived: true, version: 2 });
    expect((await t.call('knowledge.articles.list', {})).items).toEqual([]);
    expect(titles((await t.call('knowledge.articles.list', { archived: true })).items)).toEqual([
      'Toner smears',
    ]);
    expect((await t.call('knowledge.search', { query: 'toner' })).items).toEqual([]);

    await t.call('knowledge.articles.setArchived', { id: made.id, version: 2, archived: false });
    expect(titles((await t.call('knowledge.search', { query: 'toner' })).items)).toEqual(['Toner smears']);
  });

  test('staff read; agents write articles; only admins arrange categories', async () => {
    const t = await setupCore();
    const sam = await t.addUser('staff', 'sam');
    const bo = await t.addUser('agent', 'bo');
    const made = await t.call('knowledge.articles.create', articleOf('Paper jam'), bo.token);
    expect(await t.call('knowledge.articles.get', { id: made.id }, sam.token)).toEqual(made);
    expect((await t.call('knowledge.search', { query: 'paper' }, sam.token)).items).toHaveLength(1);
    const before = knowledgeRows(t);
    await t.fail('knowledge.articles.create', articleOf('Mine'), 'FORBIDDEN', { token: sam.token });
    await t.fail('knowledge.articles.update', { id: made.id, version: 1, patch: {} }, 'FORBIDDEN', {
      token: sam.token,
    });
    await t.fail('knowledge.categories.create', { name: 'Printers' }, 'FORBIDDEN', { token: bo.token });
    expect(knowledgeRows(t)).toEqual(before);
  });

  test('every change tells the company: knowledge.changed', async () => {
    const t = await setupCore();
    const seen = recordEvents(t);
    const category = await t.call('knowledge.categories.create', { name: 'Printers' });
    const made = await t.call('knowledge.articles.create', articleOf('Paper jam'));
    await t.call('knowledge.articles.update', { id: made.id, version: 1, patch: { title: 'Jam' } });
    await t.call('knowledge.articles.setArchived', { id: made.id, version: 2, archived: true });
    await t.call('knowledge.categories.delete', { id: category.id, version: 1 });
    expect(seen.map((event) => [event.name, event.data, event.audience.kind])).toEqual([
      ['knowledge.changed', { kind: 'category', action: 'created', id: category.id, version: 1 }, 'company'],
      ['knowledge.changed', { kind: 'article', action: 'created', id: made.id, version: 1 }, 'company'],
      ['knowledge.changed', { kind: 'article', action: 'updated', id: made.id, version: 2 }, 'company'],
      ['knowledge.changed', { kind: 'article', action: 'archived', id: made.id, version: 3 }, 'company'],
      [
        'knowledge.changed',
        { kind: 'category', action: 'deleted', id: category.id, version: null },
        'company',
      ],
    ]);
  });
});

describe('categories', () => {
  test('listed by name with their article counts; renamed with a version; names unique in any case', async () => {
    const t = await setupCore();
    const wifi = await t.call('knowledge.categories.create', { name: 'Wi-Fi' });
    const printers = await t.call('knowledge.categories.create', { name: ' Printers ' });
    const jam = await t.call(
      'knowledge.articles.create',
      articleOf('Paper jam', { categoryId: printers.id }),
    );
    expect((await t.call('knowledge.categories.list', {})).items).toMatchObject([
      { name: 'Printers', articleCount: 1 },
      { name: 'Wi-Fi', articleCount: 0 },
    ]);

    const taken = await t.fail('knowledge.categories.create', { name: 'printers' }, 'VALIDATION');
    expect(issuePaths(taken)).toEqual(['name']);
    await t.fail('knowledge.categories.rename', { id: wifi.id, version: 1, name: 'PRINTERS' }, 'VALIDATION');
    const renamed = await t.call('knowledge.categories.rename', {
      id: wifi.id,
      version: 1,
      name: 'Wireless',
    });
    expect(renamed).toMatchObject({ name: 'Wireless', version: 2 });
    await t.fail('knowledge.categories.rename', { id: wifi.id, version: 1, name: 'Net' }, 'CONFLICT');
    await t.call('knowledge.categories.rename', { id: printers.id, version: 1, name: 'Printing' });
    expect((await t.call('knowledge.articles.get', { id: jam.id })).categoryName).toBe('Printing');
  });

  test('a category holding articles, archived ones too, cannot be deleted; an empty one can', async () => {
    const t = await setupCore();
    const printers = await t.call('knowledge.categories.create', { name: 'Printers' });
    const made = await t.call(
      'knowledge.articles.create',
      articleOf('Paper jam', { categoryId: printers.id }),
    );
    await t.call('knowledge.articles.setArchived', { id: made.id, version: 1, archived: true });
    const before = knowledgeRows(t);
    const error = await t.fail(
      'knowledge.categories.delete',
      { id: printers.id, version: 1 },
      'CATEGORY_HAS_ARTICLES',
    );
    expect(error.details).toEqual({ articles: 1 });
    expect(knowledgeRows(t)).toEqual(before);

    await t.call('knowledge.articles.update', { id: made.id, version: 2, patch: { categoryId: null } });
    await t.call('knowledge.categories.delete', { id: printers.id, version: 1 });
    expect((await t.call('knowledge.categories.list', {})).items).toEqual([]);
    await t.fail('knowledge.categories.delete', { id: printers.id, version: 1 }, 'NOT_FOUND');
  });
});
