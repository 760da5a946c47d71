import type { Contact, ContactFilter, ContactSort } from '../../../../../shared/contacts/contract';
import {
  EXPORT_FIELDS,
  TRANSFER_FIELD_NAMES,
  type ExportField,
} from '../../../../../shared/contacts/transfer-fields';
import type { CustomFieldDef } from '../../../../../shared/custom-fields/contract';
import { formatCustomValue } from '../../../../../shared/custom-fields/values';
import type { ContactRepository } from '../repository';
import { ALL_CUSTOMERS, type CustomerScope } from '../visibility';
import { csvLine, UTF8_BOM } from '../../../../../shared/csv/csv-write';
import { contactVcard } from './vcard-write';

export type ExportFormat = 'csv' | 'vcard';

export interface ExportOptions {
  format: ExportFormat;
  /** Starts a CSV with a byte order mark, which Excel needs to read UTF-8. */
  bom?: boolean;
  filter?: ContactFilter;
  sort?: ContactSort;
  /** Column names of a CSV; English unless told. */
  headers?: 'en' | 'zh';
  /** The contacts' custom fields in use: a CSV column each, after the standard ones, named by label. */
  customFields?: readonly CustomFieldDef[];
}

const PAGE = 500;

/** Every contact of the list as the repository pages it (by filter and sort), page by page. */
export function* listedContacts(
  contacts: ContactRepository,
  filter: ContactFilter,
  sort: ContactSort,
  scope: CustomerScope,
): Generator<Contact> {
  let cursor: string | null = null;
  do {
    const page = contacts.list({ cursor, limit: PAGE, sort, filter, scope });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** Lists one value per line, so that phone numbers keep their commas and semicolons. */
function cell(contact: Contact, field: ExportField): string {
  const value = contact[field];
  return Array.isArray(value) ? value.join('\n') : (value ?? '');
}

/** The text of an export, in pieces to write one after another. */
export function* exportChunks(contacts: Iterable<Contact>, options: ExportOptions): Generator<string> {
  if (options.format === 'vcard') {
    for (const contact of contacts) yield contactVcard(contact);
    return;
  }
  const language = options.headers ?? 'en';
  const customFields = options.customFields ?? [];
  yield (
    (options.bom ? UTF8_BOM : '') +
    csvLine([
      ...EXPORT_FIELDS.map((field) => TRANSFER_FIELD_NAMES[field][language]),
      ...customFields.map((field) => field.label),
    ])
  );
  for (const contact of contacts) {
    yield csvLine([
      ...EXPORT_FIELDS.map((field) => cell(contact, field)),
      ...customFields.map((field) => formatCustomValue(field, contact.custom[field.id])),
    ]);
  }
}

/**
 * Exports the repository's list (all live contacts unless filtered) and says how many went out;
 * for the command line, which reads the company's database file directly, so sees every customer.
 * `options.customFields` should be the live custom fields, as the app exports them.
 */
export function exportContacts(
  contacts: ContactRepository,
  options: ExportOptions,
  write: (chunk: string) => void,
): number {
  let count = 0;
  const counted = function* () {
    for (const contact of listedContacts(
      contacts,
      options.filter ?? {},
      options.sort ?? 'name',
      ALL_CUSTOMERS,
    )) {
      count++;
      yield contact;
    }
  };
  for (const chunk of exportChunks(counted(), options)) write(chunk);
  return count;
}
