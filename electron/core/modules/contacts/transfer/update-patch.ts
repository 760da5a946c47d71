import type { Contact, ContactInput, ContactPatch } from '../../../../../shared/contacts/contract';

const merged = (current: readonly string[], incoming: readonly string[] | undefined) => [
  ...new Set([...current, ...(incoming ?? [])]),
];

/**
 * What an imported row changes on the contact it matched: its filled text fields replace the
 * contact's; its phones, e-mails and tags are added to the contact's; its custom values replace
 * the contact's values of those fields. Empty cells change nothing.
 */
export function importPatch(current: Contact, row: ContactInput): ContactPatch {
  const patch: ContactPatch = { name: row.name };
  if (row.companyName) patch.companyName = row.companyName;
  if (row.title) patch.title = row.title;
  if (row.address) patch.address = row.address;
  if (row.notes) patch.notes = row.notes;
  if (row.phones?.length) patch.phones = merged(current.phones, row.phones);
  if (row.emails?.length) patch.emails = merged(current.emails, row.emails);
  if (row.tags?.length) patch.tags = merged(current.tags, row.tags);
  if (row.custom) patch.custom = { ...current.custom, ...row.custom };
  return patch;
}
