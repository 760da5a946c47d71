import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCallError } from '../bridge/CallError';
import type { FieldErrors } from './fieldErrors';
import type { TextField } from './useSubmitForm';
import { useVersionedEdit, type VersionedEditOptions } from './useVersionedEdit';

interface VersionedFormOptions<R, V, F extends keyof V> extends Omit<
  VersionedEditOptions<R, V, F>,
  'onError'
> {
  validate(values: V): FieldErrors;
  /** A refusal's issues beside the fields they name. */
  fieldErrorsOf(error: unknown): FieldErrors;
  /** Whether a refusal that names fields is also shown above the form (by default it is). */
  refusalWithFieldErrors?: boolean;
  /** Whether a refusal says the record went stale; by default any CONFLICT is that. */
  isStale?(error: unknown): boolean;
}

const isConflict = (error: unknown) => isCallError(error) && error.code === 'CONFLICT';

const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

/**
 * A form's edits of a versioned record (useVersionedEdit) and its save: the form's own checks
 * first (again at each change once they found something), then the send; a stale save
 * (CONFLICT) opens the conflict dialog, any other refusal shows beside its fields and above the form.
 */
export function useVersionedForm<R, V, F extends keyof V>({
  validate,
  fieldErrorsOf,
  refusalWithFieldErrors = true,
  isStale = isConflict,
  ...editOptions
}: VersionedFormOptions<R, V, F>) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const edit = useVersionedEdit<R, V, F>({ ...editOptions, onError: setFormError });

  const change = (next: V) => {
    edit.setValues(next);
    if (hasErrors(errors)) setErrors(validate(next));
  };

  /** What a text input of `field` takes: its value, its change, its error. */
  const fieldProps = (field: TextField<V>) => ({
    value: edit.values[field] as string,
    onChange: (event: { currentTarget: { value: string } }) =>
      change({ ...edit.values, [field]: event.currentTarget.value }),
    error: errors[field as string]?.(t),
  });

  /** Checks the values, then `send` saves them against the version they were edited from. */
  const save = async (send: (original: R, values: V) => Promise<void>) => {
    if (saving) return;
    setFormError(null);
    const found = validate(edit.values);
    setErrors(found);
    if (hasErrors(found)) return;
    setSaving(true);
    try {
      await send(edit.original, edit.values);
    } catch (error) {
      if (isStale(error)) edit.staleSave();
      else {
        const fields = fieldErrorsOf(error);
        setErrors(fields);
        if (refusalWithFieldErrors || !hasErrors(fields)) setFormError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return {
    original: edit.original,
    values: edit.values,
    change,
    fieldProps,
    errors,
    formError,
    /** The user answered the refusal (e.g. picked another time): it is no longer shown. */
    dismissFormError: () => setFormError(null),
    saving,
    save,
    /** Fields both the user and someone else changed, after loading the newer version. */
    clashes: edit.clashes,
    staleSave: edit.staleSave,
    conflict: edit.conflict,
  };
}
