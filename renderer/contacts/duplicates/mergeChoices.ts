import { emailKey, phoneKey } from '../../../shared/contacts/duplicate-keys';
import type { Contact, ContactFieldName, ContactPatch } from '../../../shared/contacts/contract';

/** Fields that hold one value: the merged contact takes it from one of the records. */
export const SINGLE_FIELDS = ['name', 'companyName', 'title', 'address', 'notes', 'ownerId'] as const;
/** Fields that hold lists: the merged contact keeps any of the values of all the records. */
export const LIST_FIELDS = ['phones', 'emails', 'tags'] as const;

type SingleField = (typeof SINGLE_FIELDS)[number];
type ListField = (typeof LIST_FIELDS)[number];

export interface MergeChoices {
  targetId: number;
  /** Per field, the record whose value the merged contact takes. */
  from: Record<SingleField, number>;
  keep: Record<ListField, string[]>;
}

export interface ValueOption {
  contactId: number;
  value: Contact[SingleField];
}

const isEmpty = (value: unknown) => value === null || value === '';

/** Two spellings of one list value count once: e-mails without case, phones by their digits. */
function sameness(field: ListField): (value: string) => string {
  if (field === 'emails') return emailKey;
  if (field === 'phones') return (value) => phoneKey(value) ?? value;
  return (value) => value;
}

/** The different values the records hold for a field, each with the first record holding it. */
export function valueOptions(contacts: readonly Contact[], field: SingleField): ValueOption[] {
  const seen = new Map<string, ValueOption>();
  for (const contact of contacts) {
    const value = contact[field];
    if (isEmpty(value)) continue;
    const key = JSON.stringify(value);
    if (!seen.has(key)) seen.set(key, { contactId: contact.id, value });
  }
  return [...seen.values()];
}

/** Every value of a list field across the records, once each, the target's first. */
export function listValues(contacts: readonly Contact[], field: ListField, targetId: number): string[] {
  const ordered = [...contacts].sort((a, b) => Number(b.id === targetId) - Number(a.id === targetId));
  const same = sameness(field);
  const kept = new Map<string, string>();
  for (const contact of ordered)
    for (const value of contact[field]) if (!kept.has(same(value))) kept.set(same(value), value);
  return [...kept.values()];
}

/** What a merge proposes: the target's values, and where it has none, another record's; every list value. */
export function initialChoices(contacts: readonly Contact[], targetId: number): MergeChoices {
  const target = contacts.find((contact) => contact.id === targetId)!;
  const from = Object.fromEntries(
    SINGLE_FIELDS.map((field) => {
      const holder = isEmpty(target[field]) ? contacts.find((contact) => !isEmpty(contact[field])) : target;
      return [field, (holder ?? target).id];
    }),
  ) as Record<SingleField, number>;
  const keep = Object.fromEntries(
    LIST_FIELDS.map((field) => [field, listValues(contacts, field, targetId)]),
  ) as Record<ListField, string[]>;
  return { targetId, from, keep };
}

/** The patch that gives the target the chosen values. */
export function mergePatch(contacts: readonly Contact[], choices: MergeChoices): ContactPatch {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const patch: Record<string, unknown> = {};
  for (const field of SINGLE_FIELDS) patch[field] = byId.get(choices.from[field])![field];
  for (const field of LIST_FIELDS) patch[field] = choices.keep[field];
  return patch as ContactPatch;
}

/**
 * Custom values are not picked one by one: left out of the patch, the core keeps every record's,
 * the target's winning a clash.
 */
const MERGED_BY_CORE = ['custom'] as const;

/** Every editable field is single, a list or merged by the core: a new field must be placed in one. */
export const MERGED_FIELDS: readonly ContactFieldName[] = [
  ...SINGLE_FIELDS,
  ...LIST_FIELDS,
  ...MERGED_BY_CORE,
];
