import type { z } from 'zod';
import { contactInput, type ContactInput } from '../../../../../shared/contacts/contract';
import type { RowError } from '../../../../../shared/contacts/transfer-contract';
import type { CustomFieldDef, CustomValues } from '../../../../../shared/custom-fields/contract';
import { CUSTOM_PROBLEM_MESSAGES, parseCustomText } from '../../../../../shared/custom-fields/values';

/** An incoming contact as read from a file, before validation; '' is a field left empty. */
export interface ContactDraft {
  name: string;
  companyName: string;
  title: string;
  phones: string[];
  emails: string[];
  address: string;
  tags: string[];
  notes: string;
  /** Cells of custom fields' columns, by field id. */
  custom: Record<string, string>;
}

export const emptyDraft = (): ContactDraft => ({
  name: '',
  companyName: '',
  title: '',
  phones: [],
  emails: [],
  address: '',
  tags: [],
  notes: '',
  custom: {},
});

const HAN = /\p{Script=Han}/u;

/** A full name from its parts: 张 + 伟 = 张伟, Wei + Zhang = Wei Zhang. */
export function fullName(given: string, family: string): string {
  if (HAN.test(family) || HAN.test(given)) return `${family}${given}`;
  return [given, family].filter(Boolean).join(' ');
}

const unique = (values: readonly string[]) => [...new Set(values)];

function inputOf(draft: ContactDraft): ContactInput {
  const input: ContactInput = { name: draft.name };
  if (draft.companyName) input.companyName = draft.companyName;
  if (draft.title) input.title = draft.title;
  if (draft.phones.length > 0) input.phones = unique(draft.phones);
  if (draft.emails.length > 0) input.emails = unique(draft.emails);
  if (draft.address) input.address = draft.address;
  if (draft.tags.length > 0) input.tags = unique(draft.tags);
  if (draft.notes) input.notes = draft.notes;
  return input;
}

/** Zod's issues with a row's values as row errors: `"abc": at least 3 digits` on `phones`. */
export function rowErrorsOf(error: z.ZodError, row: number, values: Record<string, unknown>): RowError[] {
  // One problem per value is enough: "=cmd" is not also reported for having too few digits.
  const firstPerPath = error.issues.filter(
    (issue, i, all) => all.findIndex((other) => other.path.join('.') === issue.path.join('.')) === i,
  );
  return firstPerPath.map((issue) => {
    const [field, index] = issue.path;
    const list = typeof field === 'string' ? values[field] : undefined;
    const value = Array.isArray(list) && typeof index === 'number' ? list[index] : undefined;
    const message =
      field === 'name' && !String(values.name ?? '').trim()
        ? 'a name is required'
        : typeof value === 'string'
          ? `"${value}": ${issue.message}`
          : issue.message;
    return { row, field: typeof field === 'string' ? field : null, message };
  });
}

/**
 * The custom fields' cells as values. A cell that does not fit its field is left out and noted:
 * the row is still imported, and the note tells the user which value to enter by hand.
 */
function customValuesOf(
  draft: ContactDraft,
  row: number,
  fields: ReadonlyMap<string, CustomFieldDef>,
): { values: CustomValues; notes: RowError[] } {
  const values: CustomValues = {};
  const notes: RowError[] = [];
  for (const [id, cell] of Object.entries(draft.custom)) {
    const field = fields.get(id)!;
    const parsed = parseCustomText(field, cell);
    if (!parsed.ok) {
      const problem = CUSTOM_PROBLEM_MESSAGES[parsed.problem];
      notes.push({
        row,
        field: field.label,
        message: `"${cell}": ${problem}; the row was imported without it`,
      });
    } else if (parsed.value !== undefined) values[id] = parsed.value;
  }
  return { values, notes };
}

/**
 * The draft as a contact the repository accepts, with notes on custom values left out; or what
 * is wrong with it, field by field. `customFields`: the fields the file's columns fill, by id.
 */
export function validateDraft(
  draft: ContactDraft,
  row: number,
  customFields: ReadonlyMap<string, CustomFieldDef> = new Map(),
): { ok: true; input: ContactInput; notes: RowError[] } | { ok: false; errors: RowError[] } {
  const input = inputOf(draft);
  const parsed = contactInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: rowErrorsOf(parsed.error, row, input) };
  const { values, notes } = customValuesOf(draft, row, customFields);
  return {
    ok: true,
    input: Object.keys(values).length > 0 ? { ...parsed.data, custom: values } : parsed.data,
    notes,
  };
}
