import {
  ARTICLE_BODY_MAX_BYTES,
  ARTICLE_TITLE_MAX,
  utf8Bytes,
  type Article,
  type ArticleInput,
  type ArticlePatch,
} from '../../shared/knowledge/contract';
import { validationIssues } from '../bridge/CallError';
import { serverFieldErrors as fieldErrorsOfIssues, type FieldErrors } from '../forms/fieldErrors';

export interface ArticleFormValues {
  title: string;
  body: string;
  /** A category's id as text, or '' for none. */
  categoryId: string;
}

export const ARTICLE_FIELDS = ['title', 'body', 'categoryId'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

export const EMPTY_ARTICLE: ArticleFormValues = { title: '', body: '', categoryId: '' };

export const valuesOf = (article: Article): ArticleFormValues => ({
  title: article.title,
  body: article.body,
  categoryId: article.categoryId === null ? '' : String(article.categoryId),
});

export const sameFieldValue = (a: ArticleFormValues, b: ArticleFormValues, field: ArticleField) =>
  field === 'title' ? a.title.trim() === b.title.trim() : a[field] === b[field];

/** KB of a body, one decimal, as the size limit's message shows it. */
export const kilobytes = (text: string) => Math.ceil((utf8Bytes(text) / 1024) * 10) / 10;

export function validateArticle(values: ArticleFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = (t) => t('validation.required');
  else if (title.length > ARTICLE_TITLE_MAX) {
    errors.title = (t) => t('validation.tooLong', { limit: ARTICLE_TITLE_MAX });
  }
  if (utf8Bytes(values.body) > ARTICLE_BODY_MAX_BYTES) {
    const size = kilobytes(values.body);
    errors.body = (t) => t('knowledge.editor.bodyTooLarge', { size });
  }
  return errors;
}

export const inputOf = (values: ArticleFormValues): ArticleInput => ({
  title: values.title.trim(),
  body: values.body,
  categoryId: values.categoryId === '' ? null : Number(values.categoryId),
});

/** Only what the user changed, so a save touches nothing else. */
export function patchOf(article: Article, values: ArticleFormValues): ArticlePatch {
  const input = inputOf(values);
  const patch: ArticlePatch = {};
  if (input.title !== article.title) patch.title = input.title;
  if (input.body !== article.body) patch.body = input.body;
  if (input.categoryId !== article.categoryId) patch.categoryId = input.categoryId;
  return patch;
}

/** A refusal's VALIDATION issues beside their fields (`patch.title` is the title's). */
export function serverFieldErrors(error: unknown): FieldErrors {
  return fieldErrorsOfIssues(
    validationIssues(error).map((issue) => ({
      ...issue,
      path: issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path,
    })),
  );
}
