import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './fieldErrors';

/** The fields of a form whose value is plain text, the ones a text or password input edits. */
export type TextField<Values> = {
  [Field in keyof Values]: Values[Field] extends string
    ? string extends Values[Field]
      ? Field
      : never
    : never;
}[keyof Values] &
  string;

interface SubmitFormOptions<Values> {
  validate(values: Values): FieldErrors;
  /** Sends values that passed `validate`. A dialog resets itself when done; a screen gives way. */
  send(values: Values): Promise<void>;
  /** The errors a refusal puts beside the fields it names; by default it names none. */
  fieldErrorsOf?(error: unknown): FieldErrors;
  /**
   * Whether a refusal that names fields is also shown above the form (its text then points to
   * them). Otherwise only a refusal that names no field is shown there.
   */
  refusalWithFieldErrors?: boolean;
  /** After the first submit, every change is validated again (a long form, fixed field by field). */
  revalidateAfterSubmit?: boolean;
}

const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

/**
 * A form's values, its submit and what went wrong: the client's own validation first, then
 * the server's refusal beside its fields or above the form.
 */
export function useSubmitForm<Values>(empty: Values, options: SubmitFormOptions<Values>) {
  const { t } = useTranslation();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  /** What the last submit threw that belongs above the form, or null. */
  const [refusal, setRefusal] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setRefusal(null);
    const found = options.validate(values);
    setErrors(found);
    if (hasErrors(found)) return;
    setSubmitting(true);
    try {
      await options.send(values);
    } catch (error) {
      const fields = options.fieldErrorsOf?.(error) ?? {};
      setErrors(fields);
      if (options.refusalWithFieldErrors || !hasErrors(fields)) setRefusal(error);
      setSubmitting(false);
    }
  };

  /** The form as it was first shown, e.g. when its dialog closes. */
  const reset = () => {
    setValues(empty);
    setErrors({});
    setRefusal(null);
    setSubmitting(false);
    setSubmitted(false);
  };

  /** New values: validated again at once when the form asks for it after a submit. */
  const change = (next: Values) => {
    setValues(next);
    if (options.revalidateAfterSubmit && submitted) setErrors(options.validate(next));
  };

  /** Value, change and error of a text field, to spread on its input. */
  const fieldProps = (field: TextField<Values>) => ({
    value: values[field] as string,
    onChange: (event: { currentTarget: { value: string } }) =>
      change({ ...values, [field]: event.currentTarget.value }),
    error: errors[field]?.(t),
  });

  return { values, setValues: change, errors, refusal, submitting, submit, reset, fieldProps };
}
