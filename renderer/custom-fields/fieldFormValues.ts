import {
  customFieldInput,
  customFieldPatch,
  hasChoices,
  type CustomFieldDef,
  type CustomFieldEntity,
  type CustomFieldInput,
  type CustomFieldPatch,
  type CustomFieldType,
} from '../../shared/custom-fields/contract';
import { fieldErrorsFrom, type FieldErrors, type IssueLike } from '../forms/fieldErrors';

/** What the field dialog edits. */
export interface FieldFormValues {
  label: string;
  type: CustomFieldType;
  choices: string[];
  inList: boolean;
}

export const EMPTY_FIELD: FieldFormValues = { label: '', type: 'text', choices: [], inList: false };

export const fieldFormValuesOf = (field: CustomFieldDef): FieldFormValues => ({
  label: field.label,
  type: field.type,
  choices: [...field.choices],
  inList: field.inList,
});

const trimmedChoices = (values: FieldFormValues) =>
  hasChoices(values.type) ? values.choices.map((choice) => choice.trim()) : [];

export const fieldInputOf = (entity: CustomFieldEntity, values: FieldFormValues): CustomFieldInput => ({
  entity,
  label: values.label.trim(),
  type: values.type,
  choices: trimmedChoices(values),
  inList: values.inList,
});

/** Only what changed; the type is fixed once the field exists. */
export function fieldPatchOf(field: CustomFieldDef, values: FieldFormValues): CustomFieldPatch {
  const patch: CustomFieldPatch = {};
  const label = values.label.trim();
  const choices = trimmedChoices(values);
  if (label !== field.label) patch.label = label;
  if (JSON.stringify(choices) !== JSON.stringify(field.choices)) patch.choices = choices;
  if (values.inList !== field.inList) patch.inList = values.inList;
  return patch;
}

/** The choices' own words: one is needed, none twice; other issues say what the schema says. */
function fieldErrorsOf(issues: readonly IssueLike[]): FieldErrors {
  const errors = fieldErrorsFrom(issues);
  for (const issue of issues) {
    if (issue.path[0] !== 'choices' || issue.code !== 'custom') continue;
    delete errors[issue.path.join('.')];
    errors.choices ??=
      issue.path.length === 1
        ? (t) => t('customFields.dialog.needsChoice')
        : (t) => t('customFields.dialog.duplicateChoice');
  }
  // A bad choice is shown under the one choices input, whichever it is.
  for (const key of Object.keys(errors)) {
    if (key.startsWith('choices.')) {
      errors.choices ??= errors[key]!;
      delete errors[key];
    }
  }
  return errors;
}

/** The same rules as the server (the shared schemas), keyed by the dialog's inputs. */
export function validateField(
  entity: CustomFieldEntity,
  field: CustomFieldDef | null,
  values: FieldFormValues,
): FieldErrors {
  const parsed = field
    ? customFieldPatch.safeParse(fieldPatchOf(field, values))
    : customFieldInput.safeParse(fieldInputOf(entity, values));
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
  // A patch may leave a choice field with none, and a schema with other issues may not say so.
  if (hasChoices(values.type) && trimmedChoices(values).length === 0) {
    errors.choices ??= (t) => t('customFields.dialog.needsChoice');
  }
  return errors;
}
