import type { ProcedureInput } from '../../../shared/contract';
import type { TestCore } from '../core/helpers';

/** An article with a title and a short body, plus whatever the test adds. */
export function articleOf(
  title: string,
  extra: Partial<ProcedureInput<'knowledge.articles.create'>> = {},
): ProcedureInput<'knowledge.articles.create'> {
  return { title, body: `About ${title}.`, ...extra };
}

/** The knowledge tables as they are, to show that a refused call changed nothing. */
export const knowledgeRows = (t: TestCore) => ({
  articles: t.core.context.db.prepare('SELECT * FROM knowledge_articles ORDER BY id').all(),
  categories: t.core.context.db.prepare('SELECT * FROM knowledge_categories ORDER BY id').all(),
});

/** Titles of search hits or list items, in order. */
export const titles = (items: readonly { title: string }[]) => items.map((item) => item.title);
