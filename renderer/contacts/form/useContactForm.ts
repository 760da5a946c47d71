import { useState } from 'react';
import type { Contact } from '../../../shared/contacts/contract';
import { call } from '../../bridge/call';
import { isCallError, validationIssues } from '../../bridge/CallError';
import { useLiveCustomFields } from '../../custom-fields/customFieldsStore';
import { customProblemErrors } from '../../custom-fields/customFormValues';
import { serverFieldErrors, type FieldErrors } from '../../forms/fieldErrors';
import { useVersionedEdit } from '../../forms/useVersionedEdit';
import {
  emptyValues,
  inputOf,
  patchOf,
  validateContact,
  valuesOf,
  type ContactField,
  type ContactFormValues,
} from './contactFormValues';
import { rebase } from './rebase';

interface ContactFormOptions {
  /** The contact to edit, or null for a new one. */
  contact: Contact | null;
  defaultOwnerId: number;
  /** A new contact's numbers to start from. */
  phones?: string[];
  onSaved(contact: Contact, created: boolean): void;
  onUnchanged(): void;
}

/** Server issues of an update are under `patch`; the fields are the same. */
const withoutPatchPrefix = (error: unknown) =>
  validationIssues(error).map((issue) => ({
    ...issue,
    path: issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path,
  }));

/**
 * The contact form's state and its save: validation with the shared schema, create or
 * update of only the changed fields, and the way back from a stale save (CONFLICT).
 */
export function useContactForm({
  contact,
  defaultOwnerId,
  phones,
  onSaved,
  onUnchanged,
}: ContactFormOptions) {
  const fields = useLiveCustomFields('contact');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const { original, values, setValues, clashes, staleSave, conflict } = useVersionedEdit<
    Contact | null,
    ContactFormValues,
    ContactField
  >({
    record: contact,
    initialValues: () => (contact ? valuesOf(contact, fields) : emptyValues(defaultOwnerId, fields, phones)),
    fetchLatest: (saved) => call('contacts.get', { id: saved.id }),
    rebase: (saved, latest, typed) => rebase(saved, latest, typed, fields),
    onError: setFormError,
  });

  const change = (next: ContactFormValues) => {
    setValues(next);
    if (submitted) setErrors(validateContact(next, fields));
  };

  const saveChanges = async (saved: Contact) => {
    const patch = patchOf(saved, values, fields);
    if (Object.keys(patch).length === 0) return onUnchanged();
    onSaved(await call('contacts.update', { id: saved.id, version: saved.version, patch }), false);
  };

  const save = async () => {
    setSubmitted(true);
    setFormError(null);
    const found = validateContact(values, fields);
    setErrors(found);
    if (Object.keys(found).length > 0 || saving) return;
    setSaving(true);
    try {
      if (original === null) onSaved(await call('contacts.create', inputOf(values, fields)), true);
      else await saveChanges(original);
    } catch (error) {
      if (isCallError(error) && error.code === 'CONFLICT') {
        staleSave();
      } else {
        setErrors({ ...serverFieldErrors(withoutPatchPrefix(error)), ...customProblemErrors(error) });
        setFormError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return {
    fields,
    original,
    values,
    change,
    errors,
    formError,
    saving,
    save,
    clashes,
    conflict,
  };
}
