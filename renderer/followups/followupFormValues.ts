import type { FollowupKind } from '../../shared/followups/contract';
import { validationIssues } from '../bridge/CallError';
import type { FieldErrors } from '../forms/fieldErrors';
import { fromDueInput } from './dueInput';

const SUBJECT_MAX = 200;
const BODY_MAX = 10_000;

export interface FollowupValues {
  kind: FollowupKind;
  subject: string;
  body: string;
  due: string;
  assigneeId: string;
}

export function validateFollowup(values: FollowupValues): FieldErrors {
  const errors: FieldErrors = {};
  const subject = values.subject.trim();
  if (subject === '') errors.subject = (t) => t('validation.required');
  else if (subject.length > SUBJECT_MAX)
    errors.subject = (t) => t('validation.tooLong', { limit: SUBJECT_MAX });
  if (values.body.trim().length > BODY_MAX) errors.body = (t) => t('validation.tooLong', { limit: BODY_MAX });
  const due = fromDueInput(values.due);
  if (due === null && values.kind !== 'note') errors.due = (t) => t('followups.dialog.dueRequired');
  else if (Number.isNaN(due)) errors.due = (t) => t('validation.invalid');
  return errors;
}

/** The server names fields by the contract's names, under `patch` for an update. */
export function serverErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of validationIssues(error)) {
    const field = issue.path[0] === 'patch' ? issue.path[1] : issue.path[0];
    if (field === 'assigneeId') errors.assigneeId = (t) => t('followups.dialog.assigneeInactive');
    else if (field === 'dueAt') errors.due = (t) => t('validation.invalid');
    else if (field === 'subject' || field === 'body') errors[field] = (t) => t('validation.invalid');
  }
  return errors;
}
