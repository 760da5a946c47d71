import { z } from 'zod';
import { page, pageInput } from '../paging';
import { procedure } from '../procedure';

const id = z.number().int().positive();
const version = z.number().int().positive();

export const ARTICLE_TITLE_MAX = 200;
/** An article's Markdown, in UTF-8 bytes: a Chinese character counts three. */
export const ARTICLE_BODY_MAX_BYTES = 100 * 1024;
export const CATEGORY_NAME_MAX = 80;
export const SEARCH_LIMIT_MAX = 20;
export const SUGGEST_LIMIT_MAX = 5;

const encoder = new TextEncoder();
export const utf8Bytes = (text: string): number => encoder.encode(text).length;

const title = z.string().trim().min(1).max(ARTICLE_TITLE_MAX);
const body = z
  .string()
  .refine((text) => utf8Bytes(text) <= ARTICLE_BODY_MAX_BYTES, { message: 'at most 100 KB' });
const categoryName = z.string().trim().min(1).max(CATEGORY_NAME_MAX);
/** null: no category ("Uncategorised"). */
const categoryId = id.nullable();

export const knowledgeCategory = z.object({
  id,
  name: z.string(),
  /** Articles filed under it, archived ones included (they keep it from being deleted). */
  articleCount: z.number().int(),
  updatedAt: z.number().int(),
  version,
});
export type KnowledgeCategory = z.infer<typeof knowledgeCategory>;

const articleFields = {
  id,
  title: z.string(),
  categoryId,
  categoryName: z.string().nullable(),
  archived: z.boolean(),
  updatedAt: z.number().int(),
  updatedByName: z.string(),
  version,
};

/** An article as lists show it: no body. */
export const articleSummary = z.object(articleFields);
export type ArticleSummary = z.infer<typeof articleSummary>;

export const article = z.object({
  ...articleFields,
  body: z.string(),
  createdBy: id,
  createdByName: z.string(),
  createdAt: z.number().int(),
});
export type Article = z.infer<typeof article>;

/** [start, end) of a matched word, in UTF-16 code units of the text it belongs to. */
const range = z.tuple([z.number().int(), z.number().int()]);
export type TextRange = z.infer<typeof range>;

export const articleHit = z.object({
  id,
  title: z.string(),
  categoryName: z.string().nullable(),
  /** Plain text around the first match in the body, or the body's start. */
  snippet: z.string(),
  highlights: z.object({ title: z.array(range), snippet: z.array(range) }),
});
export type ArticleHit = z.infer<typeof articleHit>;

export const articleInput = z.object({ title, body, categoryId: categoryId.optional() }).strict();
export type ArticleInput = z.infer<typeof articleInput>;
export const articlePatch = articleInput.partial().strict();
export type ArticlePatch = z.infer<typeof articlePatch>;

const byId = z.object({ id }).strict();
const byVersion = { id, version };

/**
 * Everyone reads the knowledge base; agents and up (who answer customers) write articles;
 * admins and owners arrange the categories.
 */
export const knowledgeProcedures = {
  'knowledge.categories.list': procedure({
    module: 'knowledge',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(knowledgeCategory) }),
  }),
  'knowledge.categories.create': procedure({
    module: 'knowledge',
    lowestRole: 'admin',
    input: z.object({ name: categoryName }).strict(),
    output: knowledgeCategory,
  }),
  'knowledge.categories.rename': procedure({
    module: 'knowledge',
    lowestRole: 'admin',
    input: z.object({ ...byVersion, name: categoryName }).strict(),
    output: knowledgeCategory,
  }),
  /** Refused with CATEGORY_HAS_ARTICLES while any article (archived too) is filed under it. */
  'knowledge.categories.delete': procedure({
    module: 'knowledge',
    lowestRole: 'admin',
    input: z.object(byVersion).strict(),
    output: z.object({ id }),
  }),
  'knowledge.articles.create': procedure({
    module: 'knowledge',
    lowestRole: 'agent',
    input: articleInput,
    output: article,
  }),
  'knowledge.articles.update': procedure({
    module: 'knowledge',
    lowestRole: 'agent',
    input: z.object({ ...byVersion, patch: articlePatch }).strict(),
    output: article,
  }),
  /** Archived articles leave lists and search, and come back on restore (archived: false). */
  'knowledge.articles.setArchived': procedure({
    module: 'knowledge',
    lowestRole: 'agent',
    input: z.object({ ...byVersion, archived: z.boolean() }).strict(),
    output: article,
  }),
  'knowledge.articles.get': procedure({
    module: 'knowledge',
    lowestRole: 'staff',
    access: 'read',
    input: byId,
    output: article,
  }),
  /** Latest edited first; `categoryId` null lists those without one, left out lists all. */
  'knowledge.articles.list': procedure({
    module: 'knowledge',
    lowestRole: 'staff',
    access: 'read',
    input: pageInput({ categoryId: categoryId.optional(), archived: z.boolean().optional() }),
    output: page(articleSummary),
  }),
  /**
   * Articles that may answer a work order whose subject is being typed: those sharing some of
   * its telling words, best first (knowledge.search needs every word).
   */
  'knowledge.suggest': procedure({
    module: 'knowledge',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({
        subject: z.string().trim().min(1).max(200),
        limit: z.number().int().min(1).max(SUGGEST_LIMIT_MAX).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(articleHit) }),
  }),
  /** Active articles matching every word (the last also as a beginning), best first. */
  'knowledge.search': procedure({
    module: 'knowledge',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({
        query: z.string().trim().min(1).max(200),
        limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(articleHit) }),
  }),
};
