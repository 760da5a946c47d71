import {
  CONTACT_FIELDS as CONTRACT_FIELDS,
  contactInput,
  type Contact,
  type ContactInput,
  type ContactPatch,
} from '../../../shared/contacts/contract';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import {
  customFormValuesOf,
  customInputOf,
  type CustomFormValues,
} from '../../custom-fields/customFormValues';
import { fieldErrorsFrom, type FieldErrors, type IssueLike } from '../../forms/fieldErrors';

/** What the form edits: text as typed, one entry per visible phone and email row. */
export interface ContactFormValues {
  name: string;
  companyName: string;
  title: string;
  phones: string[];
  emails: string[];
  address: string;
  tags: string[];
  notes: string;
  /** A Select's value: the owner's id as text, or null for nobody. */
  ownerId: string | null;
  /** The inputs of the company's own fields. */
  custom: CustomFormValues;
}

/** The company's own fields the form shows: the live ones, in order. */
type Fields = readonly CustomFieldDef[];

export type ContactField = keyof ContactFormValues;

/** The form edits exactly the contract's fields. */
export const CONTACT_FIELDS: readonly ContactField[] = CONTRACT_FIELDS;

const rowsOrOne = (list: readonly string[]) => (list.length > 0 ? [...list] : ['']);

export function emptyValues(
  ownerId: number | null,
  fields: Fields,
  phones: readonly string[] = [],
): ContactFormValues {
  return {
    name: '',
    companyName: '',
    title: '',
    phones: rowsOrOne(phones),
    emails: [''],
    address: '',
    tags: [],
    notes: '',
    ownerId: ownerId === null ? null : String(ownerId),
    custom: customFormValuesOf(fields, {}),
  };
}

export function valuesOf(contact: Contact, fields: Fields): ContactFormValues {
  return {
    name: contact.name,
    companyName: contact.companyName ?? '',
    title: contact.title ?? '',
    phones: rowsOrOne(contact.phones),
    emails: rowsOrOne(contact.emails),
    address: contact.address ?? '',
    tags: [...contact.tags],
    notes: contact.notes ?? '',
    ownerId: contact.ownerId === null ? null : String(contact.ownerId),
    custom: customFormValuesOf(fields, contact.custom),
  };
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Indexes of the rows that hold something: blank rows are not sent. */
const filledRows = (rows: readonly string[]) =>
  rows.flatMap((row, index) => (row.trim() === '' ? [] : [index]));

/** The contact to send; `kept` holds the stored values of fields the form does not show. */
export function inputOf(
  values: ContactFormValues,
  fields: Fields,
  kept: Contact['custom'] = {},
): ContactInput {
  return {
    name: values.name.trim(),
    companyName: textOrNull(values.companyName),
    title: textOrNull(values.title),
    phones: filledRows(values.phones).map((index) => values.phones[index]!.trim()),
    emails: filledRows(values.emails).map((index) => values.emails[index]!.trim()),
    address: textOrNull(values.address),
    tags: values.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''),
    notes: textOrNull(values.notes),
    ownerId: values.ownerId === null ? null : Number(values.ownerId),
    custom: customInputOf(fields, values.custom, kept).values,
  };
}

/** Points an issue about the n-th sent phone or email at the row it came from. */
function toRowPath(issue: IssueLike, values: ContactFormValues): IssueLike {
  const [field, index] = issue.path;
  if ((field === 'phones' || field === 'emails') && typeof index === 'number') {
    const row = filledRows(values[field])[index];
    if (row !== undefined) return { ...issue, path: [field, row, ...issue.path.slice(2)] };
  }
  return issue;
}

/** The same rules as the server (the shared schema), with issues keyed by visible field. */
export function validateContact(values: ContactFormValues, fields: Fields): FieldErrors {
  const custom = customInputOf(fields, values.custom).errors;
  const parsed = contactInput.safeParse(inputOf(values, fields));
  if (parsed.success) return custom;
  return { ...fieldErrorsFrom(parsed.error.issues.map((issue) => toRowPath(issue, values))), ...custom };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields the user changed, so a save never rewrites what they did not touch. */
export function patchOf(original: Contact, values: ContactFormValues, fields: Fields): ContactPatch {
  const before = inputOf(valuesOf(original, fields), fields, original.custom);
  const after = inputOf(values, fields, original.custom);
  const patch: ContactPatch = {};
  for (const key of Object.keys(after) as (keyof ContactInput)[]) {
    if (!same(before[key], after[key])) copyField(patch, after, key);
  }
  return patch;
}

function copyField<K extends keyof ContactInput>(patch: ContactPatch, input: ContactInput, key: K): void {
  patch[key] = input[key];
}

export function sameFieldValue(
  a: ContactFormValues,
  b: ContactFormValues,
  field: ContactField,
  fields: Fields,
): boolean {
  return same(inputOf(a, fields)[field], inputOf(b, fields)[field]);
}
