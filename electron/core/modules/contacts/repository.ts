import type {
  Contact,
  ContactFilter,
  ContactInput,
  ContactPatch,
  ContactSort,
} from '../../../../shared/contacts/contract';
import { isPhoneQuery, phoneIndexKeys, phoneQueryKeys } from '../../../../shared/contacts/phone';
import { CrmError } from '../../../../shared/errors';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/database';
import { decodeCursor, encodeCursor, type CursorValue } from './cursor';
import { ftsQueries, indexWords, normalize, sortKey } from './search-text';

interface ContactRow {
  id: number;
  name: string;
  company_id: number | null;
  company_name: string | null;
  title: string | null;
  phones: string;
  emails: string;
  address: string | null;
  tags: string;
  notes: string | null;
  owner_id: number | null;
  owner_name: string | null;
  version: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  sort_name: string;
}

const SELECT = `SELECT c.*, co.name AS company_name, u.display_name AS owner_name
  FROM contacts c LEFT JOIN companies co ON co.id = c.company_id LEFT JOIN users u ON u.id = c.owner_id`;

const toContact = (row: ContactRow): Contact => ({
  id: row.id,
  name: row.name,
  companyId: row.company_id,
  companyName: row.company_name,
  title: row.title,
  phones: JSON.parse(row.phones) as string[],
  emails: JSON.parse(row.emails) as string[],
  address: row.address,
  tags: JSON.parse(row.tags) as string[],
  notes: row.notes,
  ownerId: row.owner_id,
  ownerName: row.owner_name,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

/** The stored form of a contact's editable fields, after defaults. */
interface Fields {
  name: string;
  companyName: string | null;
  title: string | null;
  phones: string[];
  emails: string[];
  address: string | null;
  tags: string[];
  notes: string | null;
  ownerId: number | null;
}

const unique = (values: readonly string[]) => [...new Set(values)];
const emptyToNull = (value: string | null | undefined) => (value ? value : null);

function fieldsOf(input: ContactInput, defaultOwner: number | null): Fields {
  return {
    name: input.name,
    companyName: emptyToNull(input.companyName),
    title: emptyToNull(input.title),
    phones: unique(input.phones ?? []),
    emails: unique(input.emails ?? []),
    address: emptyToNull(input.address),
    tags: unique(input.tags ?? []),
    notes: emptyToNull(input.notes),
    ownerId: input.ownerId === undefined ? defaultOwner : input.ownerId,
  };
}

export interface ListOptions {
  cursor?: string | null;
  limit: number;
  sort: ContactSort;
  filter: ContactFilter;
}

/** Below this many contacts a tag is "rare": read its contacts first, then sort them. */
const RARE_TAG = 2000;

export function createContactRepository(db: Db) {
  const byId = db.prepare<[number], ContactRow>(`${SELECT} WHERE c.id = ?`);
  const byIds = db.prepare<[string], ContactRow>(`${SELECT} WHERE c.id IN (SELECT value FROM json_each(?))`);
  const companyById = db.prepare<[number], { id: number }>('SELECT id FROM companies WHERE id = ?');
  const companyByKey = db.prepare<[string], { id: number }>('SELECT id FROM companies WHERE name_key = ?');
  const insertCompany = db.prepare(
    'INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  // A batch of contacts is written in index order (rows by name, derived keys sorted), so that it
  // touches each index page once instead of at random; derived rows go in as one JSON array per table.
  const maxId = db.prepare<[], { id: number }>('SELECT coalesce(max(id), 0) AS id FROM contacts');
  // Both take columns() positionally: binding by name costs a property lookup per value and row.
  const insertContact = db.prepare(
    `INSERT INTO contacts (name, sort_name, company_id, title, phones, emails, tags, address, notes, owner_id,
       id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateContact = db.prepare(
    `UPDATE contacts SET name = ?, sort_name = ?, company_id = ?, title = ?, phones = ?, emails = ?, tags = ?,
       address = ?, notes = ?, owner_id = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ? AND deleted_at IS NULL`,
  );
  const setDeleted = db.prepare(
    'UPDATE contacts SET deleted_at = @deletedAt, updated_at = @at, version = version + 1 WHERE id = @id',
  );
  const insertTags = db.prepare(
    'INSERT OR IGNORE INTO contact_tags (tag, contact_id) SELECT value ->> 0, value ->> 1 FROM json_each(?) ORDER BY 1',
  );
  const deleteTags = db.prepare('DELETE FROM contact_tags WHERE contact_id = ?');
  const insertPhoneKeys = db.prepare(
    'INSERT OR IGNORE INTO contact_phone_keys (key, contact_id) SELECT value ->> 0, value ->> 1 FROM json_each(?) ORDER BY 1',
  );
  const deletePhoneKeys = db.prepare(
    'DELETE FROM contact_phone_keys WHERE contact_id = ? AND key IN (SELECT value FROM json_each(?))',
  );
  const insertWords = db.prepare(
    'INSERT INTO contacts_fts (rowid, words) SELECT value ->> 0, value ->> 1 FROM json_each(?)',
  );
  const deleteWords = db.prepare('DELETE FROM contacts_fts WHERE rowid = ?');
  const matchWords = db.prepare<[string, number], { id: number }>(
    'SELECT rowid AS id FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rowid DESC LIMIT ?',
  );
  const phoneKeyRange = db.prepare<[string, string, number], { id: number }>(
    'SELECT contact_id AS id FROM contact_phone_keys WHERE key >= ? AND key < ? LIMIT ?',
  );
  const tagCount = db.prepare<[string, number], { n: number }>(
    'SELECT count(*) AS n FROM (SELECT 1 FROM contact_tags WHERE tag = ? LIMIT ?)',
  );
  const tagCounts = db.prepare<[], { tag: string; count: number }>(
    'SELECT tag, count(*) AS count FROM contact_tags GROUP BY tag ORDER BY tag',
  );
  const listStatements = new Map<string, Statement<unknown[], { id: number }>>();

  /** Company ids by name, creating the missing companies; `known` caches them across a batch. */
  function companyId(name: string | null, at: number, known: Map<string, number>): number | null {
    if (!name) return null;
    const key = normalize(name).trim();
    let id = known.get(key) ?? companyByKey.get(key)?.id;
    if (id === undefined) id = Number(insertCompany.run(name, key, at, at).lastInsertRowid);
    known.set(key, id);
    return id;
  }

  function index(entries: readonly { id: number; fields: Fields }[]): void {
    const tags: [string, number][] = [];
    const phoneKeys: [string, number][] = [];
    const words: [number, string][] = [];
    for (const { id, fields } of entries) {
      for (const tag of fields.tags) tags.push([tag, id]);
      for (const key of unique(fields.phones.flatMap(phoneIndexKeys))) phoneKeys.push([key, id]);
      words.push([id, indexWords([fields.name, fields.companyName, ...fields.emails])]);
    }
    if (tags.length > 0) insertTags.run(JSON.stringify(tags));
    if (phoneKeys.length > 0) insertPhoneKeys.run(JSON.stringify(phoneKeys));
    if (words.length > 0) insertWords.run(JSON.stringify(words));
  }

  /** Takes a contact out of the indexes; its phone keys are derived again from its stored phones. */
  function unindex(row: ContactRow): void {
    const phones = JSON.parse(row.phones) as string[];
    deleteTags.run(row.id);
    deletePhoneKeys.run(row.id, JSON.stringify(phones.flatMap(phoneIndexKeys)));
    deleteWords.run(row.id);
  }

  /** The editable columns, in the order of insertContact and updateContact. */
  const columns = (fields: Fields, at: number, known: Map<string, number>): unknown[] => [
    fields.name,
    sortKey(fields.name),
    companyId(fields.companyName, at, known),
    fields.title,
    JSON.stringify(fields.phones),
    JSON.stringify(fields.emails),
    JSON.stringify(fields.tags),
    fields.address,
    fields.notes,
    fields.ownerId,
  ];

  /** Inserts in one transaction and returns the new ids in input order. */
  /** Numbers the batch from max(id) + 1, so the write lock is taken before that read. */
  function insertBatch(inputs: readonly ContactInput[], defaultOwner: number | null, at: number): number[] {
    return db
      .transaction(() => {
        const known = new Map<string, number>();
        const firstId = maxId.get()!.id + 1;
        const entries = inputs.map((input, i) => ({
          id: firstId + i,
          fields: fieldsOf(input, defaultOwner),
        }));
        const rows = entries.map(({ id, fields }) => {
          const row = columns(fields, at, known);
          row.push(id, at, at);
          return row;
        });
        const sortName = (row: unknown[]) => row[1] as string;
        rows.sort((a, b) => (sortName(a) < sortName(b) ? -1 : sortName(a) > sortName(b) ? 1 : 0));
        for (const row of rows) insertContact.run(row);
        index(entries);
        return entries.map((entry) => entry.id);
      })
      .immediate();
  }

  function getRow(id: number): ContactRow {
    const row = byId.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This contact does not exist.', { id });
    return row;
  }

  function getMany(ids: readonly number[]): Contact[] {
    if (ids.length === 0) return [];
    const rows = new Map(byIds.all(JSON.stringify(ids)).map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = rows.get(id);
      return row && row.deleted_at === null ? [toContact(row)] : [];
    });
  }

  function searchPhones(query: string, limit: number): number[] {
    const ids = new Set<number>();
    for (const key of phoneQueryKeys(query)) {
      // ':' sorts right after '9', so [key, key + ':') holds every key that starts with key.
      for (const { id } of phoneKeyRange.all(key, `${key}:`, limit)) ids.add(id);
      if (ids.size >= limit) break;
    }
    return [...ids].slice(0, limit);
  }

  function listStatement(sql: string) {
    let statement = listStatements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], { id: number }>(sql);
      listStatements.set(sql, statement);
    }
    return statement;
  }

  return {
    create(input: ContactInput, defaultOwner: number | null, at: number): Contact {
      return toContact(getRow(insertBatch([input], defaultOwner, at)[0]!));
    },

    /** Many contacts in one transaction: demo data, benchmarks and imports. */
    /** Returns the new ids in input order. */
    insertMany(inputs: readonly ContactInput[], defaultOwner: number | null, at: number): number[] {
      return insertBatch(inputs, defaultOwner, at);
    },

    get: (id: number): Contact => toContact(getRow(id)),

    hasCompany: (id: number): boolean => companyById.get(id) !== undefined,

    update(id: number, version: number, patch: ContactPatch, at: number): Contact {
      return db.transaction(() => {
        const row = getRow(id);
        if (row.deleted_at !== null) throw new CrmError('NOT_FOUND', 'This contact is in the trash.', { id });
        if (row.version !== version) {
          throw new CrmError('CONFLICT', 'Someone else changed this contact since you opened it.', {
            currentVersion: row.version,
          });
        }
        const current = toContact(row);
        const fields = fieldsOf({ ...current, ...patch }, null);
        updateContact.run(...columns(fields, at, new Map()), at, id, version);
        unindex(row);
        index([{ id, fields }]);
        return toContact(getRow(id));
      })();
    },

    /** Moves to the trash (`trash: true`) or back; trashed contacts leave the search indexes. */
    setTrashed(id: number, trash: boolean, at: number): Contact {
      return db.transaction(() => {
        const row = getRow(id);
        if ((row.deleted_at !== null) === trash) return toContact(row);
        setDeleted.run({ id, deletedAt: trash ? at : null, at });
        if (trash) unindex(row);
        else index([{ id, fields: fieldsOf(toContact(row), null) }]);
        return toContact(getRow(id));
      })();
    },

    search(query: string, limit: number): Contact[] {
      if (isPhoneQuery(query)) return getMany(searchPhones(query, limit));
      const ids = new Set<number>();
      for (const match of ftsQueries(query)) {
        for (const { id } of matchWords.all(match, limit)) ids.add(id);
        if (ids.size >= limit) break;
      }
      return getMany([...ids].slice(0, limit));
    },

    list({ cursor, limit, sort, filter }: ListOptions): { items: Contact[]; nextCursor: string | null } {
      const trash = filter.trash === true;
      const key = trash ? 'deleted_at' : sort === 'name' ? 'sort_name' : 'updated_at';
      const ascending = !trash && sort === 'name';
      const where = [trash ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL'];
      const args: unknown[] = [];
      let from = 'contacts c';
      if (filter.ownerId !== undefined) {
        where.push('c.owner_id = ?');
        args.push(filter.ownerId);
      }
      if (filter.tag !== undefined) {
        if (trash) {
          // Trashed contacts are out of contact_tags; their own list of tags still names them.
          where.push('EXISTS (SELECT 1 FROM json_each(c.tags) WHERE json_each.value = ?)');
        } else if (tagCount.get(filter.tag, RARE_TAG)!.n < RARE_TAG) {
          from = 'contact_tags t CROSS JOIN contacts c ON c.id = t.contact_id';
          where.push('t.tag = ?');
        } else {
          where.push('EXISTS (SELECT 1 FROM contact_tags t WHERE t.tag = ? AND t.contact_id = c.id)');
        }
        args.push(filter.tag);
      }
      const after: CursorValue | null = cursor ? decodeCursor(cursor, key) : null;
      if (after) {
        where.push(`(c.${key}, c.id) ${ascending ? '>' : '<'} (?, ?)`);
        args.push(after.value, after.id);
      }
      const direction = ascending ? 'ASC' : 'DESC';
      const sql = `SELECT c.id FROM ${from} WHERE ${where.join(' AND ')}
        ORDER BY c.${key} ${direction}, c.id ${direction} LIMIT ?`;
      const ids = listStatement(sql)
        .all(...args, limit + 1)
        .map((row) => row.id);
      const page = ids.slice(0, limit);
      const rows = new Map(byIds.all(JSON.stringify(page)).map((row) => [row.id, row]));
      const items = page.map((id) => rows.get(id)!);
      const last = items.at(-1);
      return {
        items: items.map(toContact),
        nextCursor:
          ids.length > limit && last
            ? encodeCursor({ key, value: last[key as keyof ContactRow] as string | number, id: last.id })
            : null,
      };
    },

    tags: () => tagCounts.all(),
  };
}

export type ContactRepository = ReturnType<typeof createContactRepository>;
