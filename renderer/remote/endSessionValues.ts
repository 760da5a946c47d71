import { REMOTE_OUTCOMES, type RemoteOutcome } from '../../shared/remote/contract';
import type { FieldErrors } from '../forms/fieldErrors';

export const NOTES_MAX = 5_000;

export interface EndSessionValues {
  outcome: RemoteOutcome | null;
  notes: string;
}

export const isRemoteOutcome = (value: string): value is RemoteOutcome =>
  (REMOTE_OUTCOMES as readonly string[]).includes(value);

/**
 * Every ended session says how it went, and what was done: the notes are the customer's service
 * history. Only a session that never connected may end without them.
 */
export function validateEndSession(values: EndSessionValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.outcome === null) errors.outcome = (t) => t('remote.end.outcomeRequired');
  const notes = values.notes.trim();
  if (notes === '' && values.outcome !== 'noConnection') errors.notes = (t) => t('remote.end.notesRequired');
  else if (notes.length > NOTES_MAX) errors.notes = (t) => t('validation.tooLong', { limit: NOTES_MAX });
  return errors;
}
