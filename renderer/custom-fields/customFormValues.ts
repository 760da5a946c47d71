import {
  MAX_CUSTOM_TEXT,
  type CustomFieldDef,
  type CustomValue,
  type CustomValues,
} from '../../shared/custom-fields/contract';
import {
  CUSTOM_VALUE_PROBLEMS,
  parseCustomText,
  storedValue,
  valueProblem,
  type CustomValueProblem,
} from '../../shared/custom-fields/values';
import { validationIssues } from '../bridge/CallError';
import type { FieldErrors } from '../forms/fieldErrors';
import type { Translatable } from '../i18n/errorMessages';

/**
 * What a field's input holds: text as typed for text, number and date fields (`''` for none),
 * the picked choice (`''` for none), the picked choices, or whether the box is ticked.
 */
export type CustomFormValue = string | string[] | boolean;
/** The inputs' values by field id. */
export type CustomFormValues = Record<string, CustomFormValue>;

/** The path of a field's value in a form's errors, as the server names it too. */
export const customPath = (field: Pick<CustomFieldDef, 'id'>) => `custom.${field.id}`;

function emptyFormValue(field: CustomFieldDef): CustomFormValue {
  if (field.type === 'choices') return [];
  if (field.type === 'checkbox') return false;
  return '';
}

/** The input's value of a field, its empty one if the form has none yet. */
export function formValueOf(values: CustomFormValues, field: CustomFieldDef): CustomFormValue {
  return values[String(field.id)] ?? emptyFormValue(field);
}

function toFormValue(field: CustomFieldDef, stored: CustomValue | undefined): CustomFormValue {
  if (stored === undefined) return emptyFormValue(field);
  if (field.type === 'choices') return Array.isArray(stored) ? [...stored] : [];
  if (field.type === 'checkbox') return stored === true;
  return Array.isArray(stored) ? stored.join(', ') : String(stored);
}

/** The inputs of the given fields, filled from a record's stored values. */
export function customFormValuesOf(
  fields: readonly CustomFieldDef[],
  stored: CustomValues,
): CustomFormValues {
  return Object.fromEntries(fields.map((field) => [String(field.id), toFormValue(field, stored[field.id])]));
}

type Converted = { value: CustomValue | undefined } | { problem: CustomValueProblem };

/** One input's value as stored, `undefined` for none, or why it cannot be (the shared rules). */
function fromFormValue(field: CustomFieldDef, value: CustomFormValue): Converted {
  if (typeof value === 'string') {
    const parsed = parseCustomText(field, value);
    return parsed.ok ? { value: parsed.value } : { problem: parsed.problem };
  }
  if (typeof value === 'boolean') return { value: value ? true : undefined };
  if (value.length === 0) return { value: undefined };
  const problem = valueProblem(field, value);
  // Choices in the field's order, as the core stores them: the same picks are the same map.
  return problem ? { problem } : { value: storedValue(field, value) };
}

/** What is wrong with a value, in the words of the form. */
export const problemText =
  (problem: CustomValueProblem): Translatable =>
  (t) =>
    t(`customFields.problems.${problem}`, { limit: MAX_CUSTOM_TEXT });

const isProblem = (value: unknown): value is CustomValueProblem =>
  (CUSTOM_VALUE_PROBLEMS as readonly unknown[]).includes(value);

/**
 * A refusal's issues about custom values (`custom.<id>`, or `patch.custom.<id>` for an update)
 * in the form's words: the core names each one's problem.
 */
export function customProblemErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of validationIssues(error)) {
    const path = issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path;
    const { problem } = issue as { problem?: unknown };
    if (path[0] === 'custom' && path.length === 2 && isProblem(problem)) {
      errors[path.join('.')] = problemText(problem);
    }
  }
  return errors;
}

export interface CustomInput {
  /** The values to send: the map replaces the stored one. */
  values: CustomValues;
  /** By `custom.<id>`, beside the inputs. */
  errors: FieldErrors;
}

/**
 * The stored map a form's inputs make. Values of fields the form does not show (archived, or
 * unknown to it) are kept from `kept`, since a saved map replaces the whole stored one. Keys are
 * in id order, so two maps with the same values compare equal as JSON.
 */
export function customInputOf(
  fields: readonly CustomFieldDef[],
  form: CustomFormValues,
  kept: CustomValues = {},
): CustomInput {
  const shown = new Set(fields.map((field) => String(field.id)));
  const values: CustomValues = Object.fromEntries(Object.entries(kept).filter(([id]) => !shown.has(id)));
  const errors: FieldErrors = {};
  for (const field of fields) {
    const converted = fromFormValue(field, formValueOf(form, field));
    if ('problem' in converted) errors[customPath(field)] = problemText(converted.problem);
    else if (converted.value !== undefined) values[String(field.id)] = converted.value;
  }
  const sorted = Object.keys(values).sort((a, b) => Number(a) - Number(b));
  return { values: Object.fromEntries(sorted.map((id) => [id, values[id]!])), errors };
}
