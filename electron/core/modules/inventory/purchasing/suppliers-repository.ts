import type { Supplier } from '../../../../../shared/inventory/purchasing';
import type { Db } from '../../../db/database';
import { sortKey } from '../../contacts/search-text';
import { catalogueRecords } from '../catalogue-records';

interface SupplierRow {
  id: number;
  name: string;
  name_key: string;
  contact_person: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  notes: string | null;
  archived_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

/** The stored, editable fields of a supplier. */
export interface SupplierFields {
  name: string;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  notes: string | null;
}

/** Lists go by name; the cursor key names that order. */
const CURSOR_KEY = 'supplier_name';

const toSupplier = (row: SupplierRow): Supplier => ({
  id: row.id,
  name: row.name,
  contactPerson: row.contact_person,
  phone: row.phone,
  email: row.email,
  address: row.address,
  notes: row.notes,
  archived: row.archived_at !== null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

export function createSupplierRepository(db: Db) {
  return catalogueRecords<SupplierRow, Supplier, SupplierFields, 'name'>(db, {
    noun: 'supplier',
    unique: 'name',
    takenMessage: (name) => `Another supplier is already called ${name}.`,
    queryParams: (query) => ({ nameKey: sortKey(query) }),
    cursorKey: CURSOR_KEY,
    toItem: toSupplier,
    byId: db.prepare<[number], SupplierRow>('SELECT * FROM suppliers WHERE id = ?'),
    holderOf: db.prepare<[string], { id: number; name: string }>(
      'SELECT id, name FROM suppliers WHERE name = ?',
    ),
    insert: db.prepare(
      `INSERT INTO suppliers (name, name_key, contact_person, phone, email, address, notes, created_at, updated_at)
       VALUES (@name, @nameKey, @contactPerson, @phone, @email, @address, @notes, @at, @at)`,
    ),
    update: db.prepare(
      `UPDATE suppliers SET name = @name, name_key = @nameKey, contact_person = @contactPerson, phone = @phone,
         email = @email, address = @address, notes = @notes, updated_at = @at, version = version + 1
       WHERE id = @id`,
    ),
    setArchivedAt: db.prepare(
      'UPDATE suppliers SET archived_at = @archivedAt, updated_at = @at, version = version + 1 WHERE id = @id',
    ),
    // By name, then id; @nameKey '' lists all, otherwise the names that hold it.
    page: db.prepare<Record<string, unknown>, SupplierRow>(
      `SELECT * FROM suppliers
       WHERE (archived_at IS NOT NULL) = @archived
         AND (@nameKey = '' OR instr(name_key, @nameKey) > 0)
         AND (name_key, id) > (@afterKey, @afterId)
       ORDER BY name_key, id LIMIT @limit`,
    ),
  });
}

export type SupplierRepository = ReturnType<typeof createSupplierRepository>;
