import { CrmError } from '../../../../shared/errors';
import type { EventData } from '../../../../shared/events';
import type { knowledgeProcedures } from '../../../../shared/knowledge/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { createKnowledgeRepository, type ArticleFields } from './repository';

const SEARCH_LIMIT = 10;
const SUGGEST_LIMIT = 3;

export function knowledgeHandlers(ctx: CoreContext): HandlersFor<keyof typeof knowledgeProcedures> {
  const knowledge = createKnowledgeRepository(ctx.db);

  /** Every screen showing the knowledge base (lists, pickers, suggestions) reloads. */
  const changed = <T extends { id: number; version?: number }>(
    kind: EventData<'knowledge.changed'>['kind'],
    action: EventData<'knowledge.changed'>['action'],
    record: T,
  ): T => {
    ctx.events.emit('knowledge.changed', { kind, action, id: record.id, version: record.version ?? null });
    return record;
  };

  /** VALIDATION naming `path` when the category to file under does not exist. */
  function checkCategory(fields: ArticleFields, path: string[]): void {
    if (fields.categoryId !== null && !knowledge.hasCategory(fields.categoryId)) {
      throw new CrmError('VALIDATION', 'Some fields are not valid.', {
        issues: [{ path: [...path, 'categoryId'], message: 'no such category' }],
      });
    }
  }

  return {
    'knowledge.categories.list': () => ({ items: knowledge.categories() }),
    'knowledge.categories.create': ({ name }) =>
      changed('category', 'created', knowledge.createCategory(name, ctx.now())),
    'knowledge.categories.rename': ({ id, version, name }) =>
      changed('category', 'updated', knowledge.renameCategory(id, version, name, ctx.now())),
    'knowledge.categories.delete': ({ id, version }) => {
      knowledge.deleteCategory(id, version);
      return changed('category', 'deleted', { id });
    },
    'knowledge.articles.create': (input, call) => {
      const fields: ArticleFields = {
        title: input.title,
        body: input.body,
        categoryId: input.categoryId ?? null,
      };
      checkCategory(fields, []);
      return changed('article', 'created', knowledge.create(fields, call.session!.user.id, ctx.now()));
    },
    'knowledge.articles.update': ({ id, version, patch }, call) => {
      const current = knowledge.get(id);
      const fields: ArticleFields = {
        title: patch.title ?? current.title,
        body: patch.body ?? current.body,
        categoryId: patch.categoryId === undefined ? current.categoryId : patch.categoryId,
      };
      checkCategory(fields, ['patch']);
      return changed(
        'article',
        'updated',
        knowledge.update(id, version, fields, call.session!.user.id, ctx.now()),
      );
    },
    'knowledge.articles.setArchived': ({ id, version, archived }, call) =>
      changed(
        'article',
        archived ? 'archived' : 'restored',
        knowledge.setArchived(id, version, archived, call.session!.user.id, ctx.now()),
      ),
    'knowledge.articles.get': ({ id }) => knowledge.get(id),
    'knowledge.articles.list': ({ categoryId, archived, cursor, limit }) =>
      knowledge.list({ categoryId, archived: archived ?? false }, cursor ?? null, limit ?? 50),
    'knowledge.search': ({ query, limit }) => ({ items: knowledge.search(query, limit ?? SEARCH_LIMIT) }),
    'knowledge.suggest': ({ subject, limit }) => ({
      items: knowledge.suggest(subject, limit ?? SUGGEST_LIMIT),
    }),
  };
}
