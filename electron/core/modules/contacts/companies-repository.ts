import type { Company, CompanyContact } from '../../../../shared/companies/contract';
import { CrmError } from '../../../../shared/errors';
import type { Db } from '../../db/database';
import { decodeCursor, encodeCursor, keysetPage } from './cursor';

interface CompanyRow {
  id: number;
  name: string;
  created_at: number;
  updated_at: number;
  version: number;
}

interface CompanyContactRow {
  id: number;
  name: string;
  sort_name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
}

/** contacts(): the cursor key of a company's contacts by name. */
const CURSOR_KEY = 'company_contacts';

const toContact = ({ id, name, title, phone, email }: CompanyContactRow): CompanyContact => ({
  id,
  name,
  title,
  phone,
  email,
});

/** The customer companies contacts belong to (the contacts repository creates them by name). */
export function createCompaniesRepository(db: Db) {
  const byId = db.prepare<[number], CompanyRow>(
    'SELECT id, name, created_at, updated_at, version FROM companies WHERE id = ?',
  );
  const contactsAfter = db.prepare<[number, string, number, number], CompanyContactRow>(
    `SELECT id, name, sort_name, title, phones ->> 0 AS phone, emails ->> 0 AS email FROM contacts
     WHERE company_id = ? AND deleted_at IS NULL AND (sort_name, id) > (?, ?)
     ORDER BY sort_name, id LIMIT ?`,
  );

  return {
    get(id: number): Company {
      const row = byId.get(id);
      if (!row) throw new CrmError('NOT_FOUND', 'This company does not exist.', { id });
      return {
        id: row.id,
        name: row.name,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        version: row.version,
      };
    },

    /** The company's contacts in the list (not the trash), by name. */
    contacts(companyId: number, cursor: string | null, limit: number) {
      const after = cursor ? decodeCursor(cursor, CURSOR_KEY) : null;
      const rows = contactsAfter.all(
        companyId,
        after ? String(after.value) : '',
        after ? after.id : 0,
        limit + 1,
      );
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toContact),
        (last) => encodeCursor({ key: CURSOR_KEY, value: last.sort_name, id: last.id }),
      );
    },
  };
}

export type CompaniesRepository = ReturnType<typeof createCompaniesRepository>;
