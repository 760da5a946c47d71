import { emailKey, phoneKey } from '../../../../../shared/contacts/duplicate-keys';
import type { Db } from '../../../db/database';
import { ftsQueries } from '../search-text';
import { fold } from './file-duplicates';

/** Candidates read per e-mail before the exact address is checked. */
const FEW_CANDIDATES = 50;
const MANY_CANDIDATES = 1000;

/**
 * Live contacts that an incoming e-mail, phone number or name at a company belongs to, oldest first; read-only,
 * over the contacts module's own search indexes.
 */
export function createDuplicateLookup(db: Db) {
  // CROSS JOIN keeps the index as the outer loop: statistics taken while the company was nearly
  // empty (PRAGMA optimize on close) would otherwise have the planner scan every contact.
  const byWords = db.prepare<[string, number], { id: number; emails: string }>(
    `SELECT c.id, c.emails FROM (SELECT rowid AS id FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT ?) f
     CROSS JOIN contacts c ON c.id = f.id
     WHERE c.deleted_at IS NULL ORDER BY c.id`,
  );
  const byNameWords = db.prepare<[string, number], { id: number; name: string; company: string | null }>(
    `SELECT c.id, c.name, co.name AS company
     FROM (SELECT rowid AS id FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT ?) f
     CROSS JOIN contacts c ON c.id = f.id LEFT JOIN companies co ON co.id = c.company_id
     WHERE c.deleted_at IS NULL ORDER BY c.id`,
  );
  const byPhoneKey = db.prepare<[string], { id: number }>(
    `SELECT c.id FROM contact_phone_keys k CROSS JOIN contacts c ON c.id = k.contact_id
     WHERE k.key = ? AND c.deleted_at IS NULL ORDER BY c.id`,
  );

  const everyEmail = db.prepare<[], { id: number; email: string }>(
    `SELECT c.id, e.value AS email FROM contacts c, json_each(c.emails) e
     WHERE c.deleted_at IS NULL ORDER BY c.id`,
  );

  return {
    /**
     * Every live contact's e-mails, each to its oldest holder: one read, then a lookup per row
     * in memory, for jobs that look up thousands of addresses (an import).
     */
    emailHolders(): Map<string, number> {
      const holders = new Map<string, number>();
      for (const { id, email } of everyEmail.iterate()) {
        const key = emailKey(email);
        if (!holders.has(key)) holders.set(key, id);
      }
      return holders;
    },

    /** Contacts holding this address, compared without case. */
    byEmail(email: string): number[] {
      const wanted = emailKey(email);
      const holders = (rows: readonly { id: number; emails: string }[]) =>
        rows
          .filter((row) => (JSON.parse(row.emails) as string[]).some((stored) => emailKey(stored) === wanted))
          .map((row) => row.id);
      // The part before the @ is nearly always rare, while every address may end in "com": its
      // words alone find the candidates fast. Only when they are too many to read, all words.
      const local = ftsQueries(wanted.slice(0, wanted.lastIndexOf('@')))[0];
      if (local) {
        const rows = byWords.all(local, FEW_CANDIDATES);
        if (rows.length < FEW_CANDIDATES) return holders(rows);
      }
      const all = ftsQueries(wanted)[0];
      return all ? holders(byWords.all(all, MANY_CANDIDATES)) : [];
    },

    /** Contacts of this name at this company, compared as file-duplicates.ts compares them. */
    byNameAndCompany(name: string, company: string): number[] {
      const words = ftsQueries(`${name} ${company}`)[0];
      if (!words) return [];
      return byNameWords
        .all(words, MANY_CANDIDATES)
        .filter(
          (row) =>
            fold(row.name) === fold(name) && row.company !== null && fold(row.company) === fold(company),
        )
        .map((row) => row.id);
    },

    /** Contacts holding this number, by its national digits (`+86 138…` and `138…` are one number). */
    byPhone(phone: string): number[] {
      const key = phoneKey(phone);
      return key ? byPhoneKey.all(key).map((row) => row.id) : [];
    },
  };
}

export type DuplicateLookup = ReturnType<typeof createDuplicateLookup>;
