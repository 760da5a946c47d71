import { UNANSWERED_OUTCOMES, type Call } from '../../shared/calls/contract';
import type { ProcedureInput } from '../../shared/contract';
import type { FieldErrors } from '../forms/fieldErrors';

export const NOTES_MAX = 5_000;

export type UnansweredOutcome = (typeof UNANSWERED_OUTCOMES)[number];

export interface EndCallValues {
  /** Why the call was not answered; only asked of a call that was not. */
  outcome: UnansweredOutcome;
  notes: string;
}

export const isUnansweredOutcome = (value: string): value is UnansweredOutcome =>
  (UNANSWERED_OUTCOMES as readonly string[]).includes(value);

/** What the end form starts from: the server's own default for a call nobody picked up. */
export const endCallDefaults = (call: Pick<Call, 'direction'>): EndCallValues => ({
  outcome: call.direction === 'inbound' ? 'missed' : 'noAnswer',
  notes: '',
});

export function validateEndCall(values: EndCallValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.notes.trim().length > NOTES_MAX) {
    errors.notes = (t) => t('validation.tooLong', { limit: NOTES_MAX });
  }
  return errors;
}

/** calls.end's input: an answered call ended as answered, so it is given no outcome. */
export function endCallInput(
  call: Pick<Call, 'id' | 'answeredAt'>,
  values: EndCallValues,
): ProcedureInput<'calls.end'> {
  const notes = values.notes.trim();
  return {
    callId: call.id,
    ...(call.answeredAt === null && { outcome: values.outcome }),
    ...(notes !== '' && { notes }),
  };
}
