-- Knowledge base (add-on `knowledge`): categories and Markdown articles.
CREATE TABLE knowledge_categories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE knowledge_articles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  -- A category holding articles cannot be deleted (CATEGORY_HAS_ARTICLES), so no ON DELETE.
  category_id INTEGER REFERENCES knowledge_categories(id),
  archived_at INTEGER,
  created_by INTEGER NOT NULL REFERENCES users(id),
  updated_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
-- Lists: latest edited first, within a category or over all.
CREATE INDEX knowledge_articles_by_category ON knowledge_articles(category_id, updated_at, id);
CREATE INDEX knowledge_articles_by_update ON knowledge_articles(updated_at, id);

-- Title and body words (Markdown stripped); rowid = knowledge_articles.id. Two columns so that
-- bm25 can weigh a word in the title above one in the body.
CREATE VIRTUAL TABLE knowledge_fts USING fts5(
  title,
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
