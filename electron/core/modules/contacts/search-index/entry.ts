import { phoneKeysOf } from '../../../../../shared/contacts/phone';
import { indexWords } from '../search-text';

/**
 * What the search index holds of one contact, taken from the contact as stored: its lists are the
 * JSON text of their columns, so a large batch hands the writer thread (worker.ts) strings it has
 * built already, and the writer turns them into words and phone keys off the caller's thread.
 */
export interface IndexSource {
  name: string;
  companyName: string | null;
  /** JSON arrays, as in contacts.emails and contacts.phones. */
  emails: string;
  phones: string;
  /** The searchable text of the contact's custom fields as a JSON array; null when there is none. */
  customText: string | null;
}

const listOf = (json: string | null): string[] =>
  json === null || json === '[]' ? [] : (JSON.parse(json) as string[]);

/** The full-text entry: name, company, e-mails and custom text (search-text.ts indexWords). */
export const indexedWords = (source: IndexSource): string =>
  indexWords([source.name, source.companyName, ...listOf(source.emails), ...listOf(source.customText)]);

/** The phone index's entry: the numbers' keys joined by spaces; null for a contact without phones. */
export function indexedPhoneKeys(source: IndexSource): string | null {
  const numbers = listOf(source.phones);
  return numbers.length > 0 ? phoneKeysOf(numbers).join(' ') : null;
}
