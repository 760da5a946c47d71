import { UNANSWERED_OUTCOMES, type Call, type CallerMatch } from '../../shared/calls/contract';
import type { ProcedureInput } from '../../shared/contract';
import type { PickedContact } from '../deals/form/ContactPicker';
import type { FieldErrors } from '../forms/fieldErrors';

export const NOTES_MAX = 5_000;

export type UnansweredOutcome = (typeof UNANSWERED_OUTCOMES)[number];

/** What both the end form and the edit form of a call ask: whom it was with and what was said. */
export interface CallNoteValues {
  contact: PickedContact | null;
  notes: string;
}

export interface EndCallValues extends CallNoteValues {
  /** Why the call was not answered; only asked of a call that was not. */
  outcome: UnansweredOutcome;
}

export const isUnansweredOutcome = (value: string): value is UnansweredOutcome =>
  (UNANSWERED_OUTCOMES as readonly string[]).includes(value);

const asPicked = (contact: Pick<CallerMatch, 'id' | 'name'>): PickedContact => ({
  id: contact.id,
  name: contact.name,
  companyId: null,
});

/** The contact a call is linked to, as the contact field shows it. */
export const linkedContact = (call: Pick<Call, 'contactId' | 'contactName'>): PickedContact | null =>
  call.contactId === null ? null : asPicked({ id: call.contactId, name: call.contactName ?? '' });

/**
 * What the end form starts from: the server's own default for a call nobody picked up, and the
 * call's contact, or else the one just made for the unknown caller (`callerContact`).
 */
export const endCallDefaults = (
  call: Pick<Call, 'direction' | 'contactId' | 'contactName'>,
  callerContact: CallerMatch | null = null,
): EndCallValues => ({
  outcome: call.direction === 'inbound' ? 'missed' : 'noAnswer',
  contact: linkedContact(call) ?? (callerContact && asPicked(callerContact)),
  notes: '',
});

/** The notes of either form, within what the server keeps. */
export function validateCallNotes<Values extends Pick<CallNoteValues, 'notes'>>(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (values.notes.trim().length > NOTES_MAX) {
    errors.notes = (t) => t('validation.tooLong', { limit: NOTES_MAX });
  }
  return errors;
}

/**
 * calls.end's input: an answered call ended as answered, so it is given no outcome; an unknown
 * caller is linked to the contact picked for them (a known one keeps theirs: calls.end links, never unlinks).
 */
export function endCallInput(
  call: Pick<Call, 'id' | 'answeredAt' | 'contactId'>,
  values: EndCallValues,
): ProcedureInput<'calls.end'> {
  const notes = values.notes.trim();
  return {
    callId: call.id,
    ...(call.answeredAt === null && { outcome: values.outcome }),
    ...(notes !== '' && { notes }),
    ...(call.contactId === null && values.contact !== null && { contactId: values.contact.id }),
  };
}

/** The fields of an ended call's edit form, in the order the conflict alert names them. */
export const CALL_EDIT_FIELDS = ['contact', 'notes'] as const satisfies readonly (keyof CallNoteValues)[];
export type CallEditField = (typeof CALL_EDIT_FIELDS)[number];

/** An ended call as its edit form shows it. */
export const editCallValues = (call: Pick<Call, 'contactId' | 'contactName' | 'notes'>): CallNoteValues => ({
  contact: linkedContact(call),
  notes: call.notes ?? '',
});

/** Whether a field holds the same in two forms: the same contact, or notes the same once trimmed. */
export function sameEditValue(a: CallNoteValues, b: CallNoteValues, field: CallEditField): boolean {
  return field === 'contact'
    ? (a.contact?.id ?? null) === (b.contact?.id ?? null)
    : a.notes.trim() === b.notes.trim();
}

/** calls.update's input, against the version the form was opened (or reloaded) at. */
export const editCallInput = (
  call: Pick<Call, 'id' | 'version'>,
  values: CallNoteValues,
): ProcedureInput<'calls.update'> => ({
  callId: call.id,
  version: call.version,
  notes: values.notes.trim(),
  contactId: values.contact?.id ?? null,
});

/**
 * calls.update's input that adds the end form's work to a call ended elsewhere (`latest`, as
 * stored now): the notes typed after any it has, and the contact picked if it has none. Null when
 * that adds nothing.
 */
export function addedToCallInput(
  latest: Call,
  values: CallNoteValues,
): ProcedureInput<'calls.update'> | null {
  const typed = values.notes.trim();
  const earlier = latest.notes?.trim() ?? '';
  const notes =
    typed === '' || typed === earlier ? earlier : earlier === '' ? typed : `${earlier}\n\n${typed}`;
  const contactId = latest.contactId ?? values.contact?.id ?? null;
  if (notes === earlier && contactId === latest.contactId) return null;
  return { callId: latest.id, version: latest.version, notes, contactId };
}

/** calls.update's input that links the contact made for a caller to their call, unless it has one. */
export const callerLinkInput = (latest: Call, caller: CallerMatch) =>
  addedToCallInput(latest, { notes: '', contact: asPicked(caller) });
