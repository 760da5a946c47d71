import { emailKey, phoneKey } from '../../../../../shared/contacts/duplicate-keys';
import type { Db } from '../../../db/database';
import { ftsQueries } from '../search-text';
import { VISIBLE_TO_USER } from '../shares-repository';
import type { CustomerScope } from '../visibility';
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
    `SELECT c.id FROM (SELECT rowid AS id FROM contact_phones_fts WHERE contact_phones_fts MATCH ?) k
     CROSS JOIN contacts c ON c.id = k.id
     WHERE c.deleted_at IS NULL ORDER BY c.id`,
  );

  const everyEmail = db.prepare<[], { id: number; email: string }>(
    `SELECT c.id, e.value AS email FROM contacts c, json_each(c.emails) e
     WHERE c.deleted_at IS NULL ORDER BY c.id`,
  );
  const emailsVisibleTo = db.prepare<[number, number], { id: number; email: string }>(
    `SELECT c.id, e.value AS email FROM contacts c, json_each(c.emails) e
     WHERE c.deleted_at IS NULL AND ${VISIBLE_TO_USER} ORDER BY c.id`,
  );
  const visibleTo = db.prepare<[string, number, number], { id: number }>(
    `SELECT c.id FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?)) AND ${VISIBLE_TO_USER}`,
  );

  return {
    /**
     * Every e-mail of the live contacts the scope sees, each to its oldest holder: one read, then
     * a lookup per row in memory, for jobs that look up thousands of addresses (an import).
     */
    emailHolders(scope: CustomerScope): Map<string, number> {
      const holders = new Map<string, number>();
      const rows =
        scope.kind === 'all' ? everyEmail.iterate() : emailsVisibleTo.iterate(scope.userId, scope.userId);
      for (const { id, email } of rows) {
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
      // A whole key, quoted: an exact match, not a prefix.
      return key ? byPhoneKey.all(`"${key}"`).map((row) => row.id) : [];
    },

    /** Those of `ids` the scope sees, in the order given. */
    visible(ids: readonly number[], scope: CustomerScope): number[] {
      if (scope.kind === 'all' || ids.length === 0) return [...ids];
      const seen = new Set(
        visibleTo.all(JSON.stringify(ids), scope.userId, scope.userId).map((row) => row.id),
      );
      return ids.filter((id) => seen.has(id));
    },
  };
}

export type DuplicateLookup = ReturnType<typeof createDuplicateLookup>;
