import type { Contact } from '../../../shared/contacts/contract';
import {
  CONTACT_FIELDS,
  sameFieldValue,
  valuesOf,
  type ContactField,
  type ContactFormValues,
} from './contactFormValues';

export interface Rebased {
  values: ContactFormValues;
  /** Fields both the user and someone else changed: the user's value is kept and flagged. */
  clashes: ContactField[];
}

/**
 * After a stale save: moves the user's edits onto the latest saved contact. Fields the user
 * left alone take the newest values; fields they changed keep what they typed.
 */
export function rebase(original: Contact, latest: Contact, values: ContactFormValues): Rebased {
  const base = valuesOf(original);
  const theirs = valuesOf(latest);
  const merged: ContactFormValues = { ...theirs };
  const clashes: ContactField[] = [];
  for (const field of CONTACT_FIELDS) {
    if (sameFieldValue(values, base, field)) continue;
    keepField(merged, values, field);
    if (!sameFieldValue(theirs, base, field) && !sameFieldValue(values, theirs, field)) clashes.push(field);
  }
  return { values: merged, clashes };
}

function keepField<F extends ContactField>(
  target: ContactFormValues,
  source: ContactFormValues,
  field: F,
): void {
  target[field] = source[field];
}
