import type { FieldIssue } from '../bridge/CallError';
import type { Translatable } from '../i18n/errorMessages';

/** The parts of a zod issue that decide its message; a server issue has only a path. */
export interface IssueLike {
  code?: string;
  path: readonly PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

/** Field errors by dotted path (`name`, `phones.1`), each translated when shown. */
export type FieldErrors = Record<string, Translatable>;

const FORMAT_MESSAGES: Record<string, Translatable> = {
  phones: (t) => t('validation.phone'),
  emails: (t) => t('validation.email'),
  username: (t) => t('validation.username'),
};

export function issueMessage(issue: IssueLike): Translatable {
  const field = String(issue.path[0] ?? '');
  const limit = Number(issue.minimum ?? issue.maximum ?? 0);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin !== 'string') return (t) => t('validation.invalid');
      return limit <= 1 ? (t) => t('validation.required') : (t) => t('validation.tooShort', { limit });
    case 'too_big':
      return issue.origin === 'array'
        ? (t) => t('validation.tooMany', { limit })
        : (t) => t('validation.tooLong', { limit });
    case 'invalid_format':
    case 'custom':
      return FORMAT_MESSAGES[field] ?? ((t) => t('validation.invalid'));
    default:
      return (t) => t('validation.invalid');
  }
}

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** First issue per field wins: one clear message beside each field. */
export function fieldErrorsFrom(issues: readonly IssueLike[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    errors[key] ??= issueMessage(issue);
  }
  return errors;
}

/** A server's VALIDATION issues carry no code; they say "not valid" beside the field. */
export function serverFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  return fieldErrorsFrom(issues.map((issue) => ({ path: issue.path })));
}
