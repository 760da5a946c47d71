import type { DuplicateReason } from '../../../../../shared/contacts/duplicates-contract';
import type { Db } from '../../../db/database';
import { normalize, sortKey } from '../search-text';
import { VISIBLE_TO_USER } from '../shares-repository';
import type { CustomerScope } from '../visibility';

/** Live contacts that share one key: an e-mail, a phone number, or a name at one company. */
export interface SharedKey {
  reason: DuplicateReason;
  ids: number[];
}

/**
 * Each key held by more than one live contact, grouped by SQLite itself: e-mails without case
 * (SQLite folds ASCII only, which is what addresses are made of in practice), phone numbers by
 * their national digits (the `p` keys of the phone index: terms held by more than one contact,
 * then the contacts holding each), names by company.
 */
function sharedKeysSql(visible: string): string {
  return `
    SELECT 'email' AS reason, json_group_array(DISTINCT c.id) AS ids
      FROM contacts c, json_each(c.emails) e WHERE c.deleted_at IS NULL ${visible}
      GROUP BY lower(trim(e.value)) HAVING count(DISTINCT c.id) > 1
    UNION ALL
    SELECT 'phone', json_group_array(DISTINCT c.id)
      FROM contact_phones_vocab v
      CROSS JOIN contact_phones_fts k ON k.contact_phones_fts MATCH '"' || v.term || '"'
      JOIN contacts c ON c.id = k.rowid
      WHERE v.term >= 'p' AND v.term < 'q' AND v.doc > 1 ${visible}
      GROUP BY v.term HAVING count(DISTINCT c.id) > 1
    UNION ALL
    SELECT 'name and company', json_group_array(c.id)
      FROM contacts c WHERE c.deleted_at IS NULL AND c.company_id IS NOT NULL ${visible}
      GROUP BY c.company_id, c.sort_name HAVING count(*) > 1`;
}

type SharedKeyRow = { reason: DuplicateReason; ids: string };
const toSharedKey = (row: SharedKeyRow): SharedKey => ({
  reason: row.reason,
  ids: JSON.parse(row.ids) as number[],
});

export function createDuplicatesRepository(db: Db) {
  const allShared = db.prepare<[], SharedKeyRow>(sharedKeysSql(''));
  // The visibility condition appears once per part of the union, with the user's id twice each.
  const visibleShared = db.prepare<number[], SharedKeyRow>(sharedKeysSql(`AND ${VISIBLE_TO_USER}`));
  const byNameAndCompany = db.prepare<[string, string], { id: number }>(
    `SELECT c.id FROM contacts c
     WHERE c.sort_name = ? AND c.deleted_at IS NULL
       AND c.company_id = (SELECT id FROM companies WHERE name_key = ?)
     ORDER BY c.id LIMIT 20`,
  );

  return {
    sharedKeys(scope: CustomerScope): SharedKey[] {
      const rows =
        scope.kind === 'all' ? allShared.all() : visibleShared.all(...Array<number>(6).fill(scope.userId));
      return rows.map(toSharedKey);
    },
    /** Live contacts with this name at this company, compared as the list sorts and companies match. */
    byNameAndCompany: (name: string, companyName: string): number[] =>
      byNameAndCompany.all(sortKey(name), normalize(companyName).trim()).map((row) => row.id),
  };
}

export type DuplicatesRepository = ReturnType<typeof createDuplicatesRepository>;
