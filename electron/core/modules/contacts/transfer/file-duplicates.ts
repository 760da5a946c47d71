import type { ContactInput } from '../../../../../shared/contacts/contract';
import { digitsOf } from '../../../../../shared/contacts/phone';
import type { FileDuplicate, FileDuplicateReason } from '../../../../../shared/contacts/transfer-contract';

/** Text compared as people read it: width, case and spacing aside. */
export const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

function keysOf(input: ContactInput): [FileDuplicateReason, string][] {
  const keys: [FileDuplicateReason, string][] = [];
  for (const email of input.emails ?? []) keys.push(['email', fold(email)]);
  for (const phone of input.phones ?? []) keys.push(['phone', digitsOf(phone)]);
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
