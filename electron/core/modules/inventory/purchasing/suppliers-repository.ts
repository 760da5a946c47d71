import { CrmError } from '../../../../../shared/errors';
import type { Supplier, SupplierFilter } from '../../../../../shared/inventory/purchasing';
import type { Db } from '../../../db/database';
import { encodeCursor, keysetPage, resumeAfter } from '../../contacts/cursor';
import { sortKey } from '../../contacts/search-text';

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
  const byId = db.prepare<[number], SupplierRow>('SELECT * FROM suppliers WHERE id = ?');
  const byName = db.prepare<[string], { id: number; name: string }>(
    'SELECT id, name FROM suppliers WHERE name = ?',
  );
  const insert = db.prepare(
    `INSERT INTO suppliers (name, name_key, contact_person, phone, email, address, notes, created_at, updated_at)
     VALUES (@name, @nameKey, @contactPerson, @phone, @email, @address, @notes, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE suppliers SET name = @name, name_key = @nameKey, contact_person = @contactPerson, phone = @phone,
       email = @email, address = @address, notes = @notes, updated_at = @at, version = version + 1
     WHERE id = @id`,
  );
  const setArchivedAt = db.prepare(
    'UPDATE suppliers SET archived_at = @archivedAt, updated_at = @at, version = version + 1 WHERE id = @id',
  );
  // @nameKey '' lists all; otherwise the names that hold it.
  const page = db.prepare<Record<string, unknown>, SupplierRow>(
    `SELECT * FROM suppliers
     WHERE (archived_at IS NOT NULL) = @archived
       AND (@nameKey = '' OR instr(name_key, @nameKey) > 0)
       AND (name_key, id) > (@afterKey, @afterId)
     ORDER BY name_key, id LIMIT @limit`,
  );

  function row(id: number): SupplierRow {
    const found = byId.get(id);
    if (!found) throw new CrmError('NOT_FOUND', 'This supplier does not exist.', { id });
    return found;
  }

  /** CONFLICT naming the supplier that has the name already (case aside). */
  function checkNameFree(name: string, ownId: number | null): void {
    const holder = byName.get(name);
    if (holder && holder.id !== ownId) {
      throw new CrmError('CONFLICT', `Another supplier is already called ${holder.name}.`, {
        name: holder.name,
        supplierId: holder.id,
      });
    }
  }

  const stored = (fields: SupplierFields) => ({ ...fields, nameKey: sortKey(fields.name) });

  /** Runs `write` on the supplier at `version`, or refuses a stale version with CONFLICT. */
  function atVersion(id: number, version: number, write: (current: SupplierRow) => void): Supplier {
    return db.transaction(() => {
      const current = row(id);
      if (current.version !== version) {
        throw new CrmError('CONFLICT', 'Someone else changed this supplier since you opened it.', {
          currentVersion: current.version,
        });
      }
      write(current);
      return toSupplier(row(id));
    })();
  }

  return {
    get: (id: number): Supplier => toSupplier(row(id)),

    /** The supplier, or null when there is none with this id. */
    find(id: number): Supplier | null {
      const found = byId.get(id);
      return found ? toSupplier(found) : null;
    },

    create(fields: SupplierFields, at: number): Supplier {
      return db.transaction(() => {
        checkNameFree(fields.name, null);
        return toSupplier(row(Number(insert.run({ ...stored(fields), at }).lastInsertRowid)));
      })();
    },

    update(id: number, version: number, fields: SupplierFields, at: number): Supplier {
      return atVersion(id, version, () => {
        checkNameFree(fields.name, id);
        update.run({ ...stored(fields), id, at });
      });
    },

    /** Archiving an archived supplier (or restoring an active one) changes nothing. */
    setArchived(id: number, version: number, archived: boolean, at: number): Supplier {
      return atVersion(id, version, (current) => {
        if ((current.archived_at !== null) === archived) return;
        setArchivedAt.run({ archivedAt: archived ? at : null, id, at });
      });
    },

    /** By name, then id; `query` matches any part of the name. */
    list(filter: SupplierFilter, cursor: string | null, limit: number) {
      const rows = page.all({
        archived: filter.archived ? 1 : 0,
        nameKey: sortKey(filter.query ?? ''),
        ...resumeAfter(cursor, CURSOR_KEY),
        limit: limit + 1,
      });
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toSupplier),
        (last) => encodeCursor({ key: CURSOR_KEY, value: last.name_key, id: last.id }),
      );
    },
  };
}

export type SupplierRepository = ReturnType<typeof createSupplierRepository>;
