import { CrmError } from '../../../../shared/errors';
import type {
  Article,
  ArticleHit,
  ArticleSummary,
  KnowledgeCategory,
} from '../../../../shared/knowledge/contract';
import type { Db } from '../../db/database';
import { decodeCursor, encodeCursor, keysetPage } from '../contacts/cursor';
import { ftsQueries, indexWords, queryWords } from '../contacts/search-text';
import { markdownText } from './markdown-text';
import { highlightRanges, snippetOf } from './snippet';
import { suggestionTerms } from './suggestion-terms';

interface CategoryRow {
  id: number;
  name: string;
  article_count: number;
  updated_at: number;
  version: number;
}

interface ArticleRow {
  id: number;
  title: string;
  body: string;
  category_id: number | null;
  category_name: string | null;
  archived_at: number | null;
  created_by: number;
  created_by_name: string;
  updated_by_name: string;
  created_at: number;
  updated_at: number;
  version: number;
}

/** The stored, editable fields of an article. */
export interface ArticleFields {
  title: string;
  body: string;
  categoryId: number | null;
}

const CATEGORY_SELECT = `SELECT c.id, c.name, c.updated_at, c.version,
    (SELECT count(*) FROM knowledge_articles a WHERE a.category_id = c.id) AS article_count
  FROM knowledge_categories c`;

const ARTICLE_SELECT = `SELECT a.*, c.name AS category_name, cu.display_name AS created_by_name,
    uu.display_name AS updated_by_name
  FROM knowledge_articles a LEFT JOIN knowledge_categories c ON c.id = a.category_id
  JOIN users cu ON cu.id = a.created_by JOIN users uu ON uu.id = a.updated_by`;

/** Lists go by last edit; the cursor key names that order. */
const CURSOR_KEY = 'article_updated';

/** bm25 weights of the index's columns: a word in the title counts as much as ten in the body. */
const TITLE_WEIGHT = 10;
const BODY_WEIGHT = 1;

const toCategory = (row: CategoryRow): KnowledgeCategory => ({
  id: row.id,
  name: row.name,
  articleCount: row.article_count,
  updatedAt: row.updated_at,
  version: row.version,
});

const toSummary = (row: ArticleRow): ArticleSummary => ({
  id: row.id,
  title: row.title,
  categoryId: row.category_id,
  categoryName: row.category_name,
  archived: row.archived_at !== null,
  updatedAt: row.updated_at,
  updatedByName: row.updated_by_name,
  version: row.version,
});

const toArticle = (row: ArticleRow): Article => ({
  ...toSummary(row),
  body: row.body,
  createdBy: row.created_by,
  createdByName: row.created_by_name,
  createdAt: row.created_at,
});

function toHit(row: ArticleRow, words: readonly string[]): ArticleHit {
  const { snippet, ranges } = snippetOf(markdownText(row.body), words);
  return {
    id: row.id,
    title: row.title,
    categoryName: row.category_name,
    snippet,
    highlights: { title: highlightRanges(row.title, words), snippet: ranges },
  };
}

const conflict = (what: string, currentVersion: number) =>
  new CrmError('CONFLICT', `Someone else changed this ${what} since you opened it.`, { currentVersion });

export function createKnowledgeRepository(db: Db) {
  const categories = db.prepare<[], CategoryRow>(`${CATEGORY_SELECT} ORDER BY c.name COLLATE NOCASE, c.id`);
  const categoryById = db.prepare<[number], CategoryRow>(`${CATEGORY_SELECT} WHERE c.id = ?`);
  const categoryByName = db.prepare<[string], { id: number }>(
    'SELECT id FROM knowledge_categories WHERE name = ?',
  );
  const insertCategory = db.prepare(
    'INSERT INTO knowledge_categories (name, created_at, updated_at) VALUES (?, ?, ?)',
  );
  const renameCategory = db.prepare(
    'UPDATE knowledge_categories SET name = ?, updated_at = ?, version = version + 1 WHERE id = ?',
  );
  const deleteCategory = db.prepare('DELETE FROM knowledge_categories WHERE id = ?');

  const articleById = db.prepare<[number], ArticleRow>(`${ARTICLE_SELECT} WHERE a.id = ?`);
  const insertArticle = db.prepare(
    `INSERT INTO knowledge_articles (title, body, category_id, created_by, updated_by, created_at, updated_at)
     VALUES (@title, @body, @categoryId, @userId, @userId, @at, @at)`,
  );
  const updateArticle = db.prepare(
    `UPDATE knowledge_articles SET title = @title, body = @body, category_id = @categoryId,
       updated_by = @userId, updated_at = @at, version = version + 1
     WHERE id = @id`,
  );
  const setArchivedAt = db.prepare(
    `UPDATE knowledge_articles SET archived_at = @archivedAt, updated_by = @userId, updated_at = @at,
       version = version + 1
     WHERE id = @id`,
  );
  // Parameters: @all (1 lists every category), @categoryId (null: none), @archived, the position.
  const page = db.prepare<Record<string, unknown>, ArticleRow>(
    `${ARTICLE_SELECT}
     WHERE (@all OR a.category_id IS @categoryId) AND (a.archived_at IS NOT NULL) = @archived
       AND (a.updated_at, a.id) < (@at, @id)
     ORDER BY a.updated_at DESC, a.id DESC LIMIT @limit`,
  );
  const insertWords = db.prepare('INSERT INTO knowledge_fts (rowid, title, body) VALUES (?, ?, ?)');
  const deleteWords = db.prepare('DELETE FROM knowledge_fts WHERE rowid = ?');
  // The index holds active articles only, so the best `limit` are taken there, before any
  // article row (and its body) is read.
  const search = db.prepare<{ match: string; limit: number }, ArticleRow>(
    `${ARTICLE_SELECT} JOIN (
       SELECT rowid AS id, bm25(knowledge_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT}) AS score
       FROM knowledge_fts WHERE knowledge_fts MATCH @match ORDER BY score, rowid DESC LIMIT @limit
     ) m ON m.id = a.id
     ORDER BY m.score, a.id DESC`,
  );

  function categoryRow(id: number): CategoryRow {
    const row = categoryById.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This category does not exist.', { id });
    return row;
  }

  function articleRow(id: number): ArticleRow {
    const row = articleById.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This article does not exist.', { id });
    return row;
  }

  /** VALIDATION on `name` when another category has it (case aside). */
  function checkNameFree(name: string, ownId: number | null): void {
    const holder = categoryByName.get(name);
    if (holder && holder.id !== ownId) {
      throw new CrmError('VALIDATION', 'A category with this name exists.', {
        issues: [{ path: ['name'], message: 'already taken' }],
      });
    }
  }

  /** Runs `write` on the article at `version`, or refuses a stale version with CONFLICT. */
  function atArticleVersion(id: number, version: number, write: (row: ArticleRow) => void): Article {
    return db.transaction(() => {
      const row = articleRow(id);
      if (row.version !== version) throw conflict('article', row.version);
      write(row);
      return toArticle(articleRow(id));
    })();
  }

  /** The words of an active article, in the search index; an archived one has none there. */
  function index(id: number, fields: ArticleFields | null): void {
    deleteWords.run(id);
    if (fields) insertWords.run(id, indexWords([fields.title]), indexWords([markdownText(fields.body)]));
  }

  return {
    categories: (): KnowledgeCategory[] => categories.all().map(toCategory),

    hasCategory: (id: number): boolean => categoryById.get(id) !== undefined,

    createCategory(name: string, at: number): KnowledgeCategory {
      return db.transaction(() => {
        checkNameFree(name, null);
        return toCategory(categoryRow(Number(insertCategory.run(name, at, at).lastInsertRowid)));
      })();
    },

    renameCategory(id: number, version: number, name: string, at: number): KnowledgeCategory {
      return db.transaction(() => {
        const row = categoryRow(id);
        if (row.version !== version) throw conflict('category', row.version);
        checkNameFree(name, id);
        renameCategory.run(name, at, id);
        return toCategory(categoryRow(id));
      })();
    },

    /** Refused while articles are filed under it: deleting would silently unfile them. */
    deleteCategory(id: number, version: number): void {
      db.transaction(() => {
        const row = categoryRow(id);
        if (row.version !== version) throw conflict('category', row.version);
        if (row.article_count > 0) {
          throw new CrmError('CATEGORY_HAS_ARTICLES', 'Articles are still filed under this category.', {
            articles: row.article_count,
          });
        }
        deleteCategory.run(id);
      })();
    },

    get: (id: number): Article => toArticle(articleRow(id)),

    create(fields: ArticleFields, userId: number, at: number): Article {
      return db.transaction(() => {
        const id = Number(insertArticle.run({ ...fields, userId, at }).lastInsertRowid);
        index(id, fields);
        return toArticle(articleRow(id));
      })();
    },

    update(id: number, version: number, fields: ArticleFields, userId: number, at: number): Article {
      return atArticleVersion(id, version, (row) => {
        updateArticle.run({ ...fields, id, userId, at });
        index(id, row.archived_at === null ? fields : null);
      });
    },

    setArchived(id: number, version: number, archived: boolean, userId: number, at: number): Article {
      return atArticleVersion(id, version, (row) => {
        if ((row.archived_at !== null) === archived) return;
        setArchivedAt.run({ archivedAt: archived ? at : null, id, userId, at });
        index(id, archived ? null : { title: row.title, body: row.body, categoryId: row.category_id });
      });
    },

    /** Latest edited first; `categoryId` undefined lists every category, null those without one. */
    list(
      filter: { categoryId?: number | null; archived: boolean },
      cursor: string | null,
      limit: number,
    ): { items: ArticleSummary[]; nextCursor: string | null } {
      const after = cursor ? decodeCursor(cursor, CURSOR_KEY) : null;
      const rows = page.all({
        all: filter.categoryId === undefined ? 1 : 0,
        categoryId: filter.categoryId ?? null,
        archived: filter.archived ? 1 : 0,
        at: after ? Number(after.value) : Number.MAX_SAFE_INTEGER,
        id: after ? after.id : Number.MAX_SAFE_INTEGER,
        limit: limit + 1,
      });
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toSummary),
        (last) => encodeCursor({ key: CURSOR_KEY, value: last.updated_at, id: last.id }),
      );
    },

    /**
     * Active articles with every word of `query`, best first by bm25 with the title weighted:
     * those with the whole words, then those where the last word is only a beginning (the word
     * being typed). Empty when the query holds nothing searchable.
     */
    search(query: string, limit: number): ArticleHit[] {
      const [whole, lastAsPrefix] = ftsQueries(query);
      const rows = new Map<number, ArticleRow>();
      for (const match of [whole, lastAsPrefix]) {
        if (match === undefined || rows.size >= limit) break;
        for (const row of search.all({ match, limit })) if (rows.size < limit) rows.set(row.id, row);
      }
      const words = queryWords(query);
      return [...rows.values()].map((row) => toHit(row, words));
    },

    /** Active articles sharing some telling words with a work order's subject, best first. */
    suggest(subject: string, limit: number): ArticleHit[] {
      const { words, match } = suggestionTerms(subject);
      if (match === null) return [];
      return search.all({ match, limit }).map((row) => toHit(row, words));
    },
  };
}

export type KnowledgeRepository = ReturnType<typeof createKnowledgeRepository>;
