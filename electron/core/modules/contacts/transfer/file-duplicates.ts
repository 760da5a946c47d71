import type { ContactInput } from '../../../../../shared/contacts/contract';
import { emailKey, phoneKey } from '../../../../../shared/contacts/duplicate-keys';
import type { FileDuplicate, FileDuplicateReason } from '../../../../../shared/contacts/transfer-contract';

const NON_ASCII = /[^\x20-\x7e]/;
/** Names compared without case, width or runs of spaces; plain ASCII skips the costly NFKC step. */
export const fold = (text: string) =>
  (NON_ASCII.test(text) ? text.normalize('NFKC') : text).trim().toLowerCase().replace(/\s+/g, ' ');

function keysOf(input: ContactInput): [FileDuplicateReason, string][] {
  const keys: [FileDuplicateReason, string][] = [];
  // E-mails and phones compare as the database lookup compares them: `+86 138…` is `138…`.
  for (const email of input.emails ?? []) keys.push(['email', emailKey(email)]);
  for (const phone of input.phones ?? []) {
    const key = phoneKey(phone);
    if (key) keys.push(['phone', key]);
  }
  if (input.companyName)
    keys.push(['name and company', `${fold(input.name)}\u0000${fold(input.companyName)}`]);
  return keys;
}

/**
 * Rows of one file that look like an earlier row of it: the same e-mail, the same phone digits,
 * or the same name at the same company.
 */
export function createFileDuplicateFinder() {
  const firstRow = new Map<string, number>();
  return {
    /** Remembers the row; says which earlier row it repeats, and why, if any. */
    see(row: number, input: ContactInput): FileDuplicate | null {
      let found: FileDuplicate | null = null;
      for (const [by, key] of keysOf(input)) {
        const scoped = `${by}:${key}`;
        const earlier = firstRow.get(scoped);
        if (earlier === undefined) firstRow.set(scoped, row);
        else found ??= { row, sameAsRow: earlier, by };
      }
      return found;
    },
  };
}
