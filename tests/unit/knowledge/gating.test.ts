import { afterEach, expect, test } from 'vitest';
import { closeCores, setupCore } from '../core/helpers';
import { issue, licenseOptions } from '../license/keys';
import { articleOf, knowledgeRows } from './helpers';

afterEach(closeCores);

test('without the knowledge add-on every knowledge procedure is MODULE_LOCKED, reads too; with it they open', async () => {
  const t = await setupCore({ license: licenseOptions() });
  const made = await t.call('knowledge.articles.create', articleOf('Paper jam'));
  await t.call('license.activate', { key: issue({ edition: 'aftersales' }) });
  for (const [name, input] of [
    ['knowledge.categories.list', {}],
    ['knowledge.categories.create', { name: 'Printers' }],
    ['knowledge.categories.rename', { id: 1, version: 1, name: 'x' }],
    ['knowledge.categories.delete', { id: 1, version: 1 }],
    ['knowledge.articles.create', articleOf('Mine')],
    ['knowledge.articles.update', { id: made.id, version: 1, patch: { title: 'x' } }],
    ['knowledge.articles.setArchived', { id: made.id, version: 1, archived: true }],
    ['knowledge.articles.get', { id: made.id }],
    ['knowledge.articles.list', {}],
    ['knowledge.search', { query: 'paper' }],
    ['knowledge.suggest', { subject: 'paper' }],
  ] as const) {
    const error = await t.fail(name, input, 'MODULE_LOCKED');
    expect(error.details).toMatchObject({ module: 'knowledge' });
  }
  expect(knowledgeRows(t).articles).toHaveLength(1);

  await t.call('license.activate', { key: issue({ edition: 'aftersales', modules: ['knowledge'] }) });
  expect(await t.call('knowledge.articles.get', { id: made.id })).toEqual(made);
  expect((await t.call('knowledge.search', { query: 'paper' })).items.map((hit) => hit.id)).toEqual([
    made.id,
  ]);
});
