import type {
  Contact,
  ContactFilter,
  ContactInput,
  ContactPatch,
  ContactSort,
} from '../../../../shared/contacts/contract';
import { isPhoneQuery, phoneQueryKeys } from '../../../../shared/contacts/phone';
import type {
  CustomCondition,
  CustomFieldType,
  CustomValues,
} from '../../../../shared/custom-fields/contract';
import { CrmError } from '../../../../shared/errors';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/database';
import type { CustomFieldsService } from '../custom-fields/service';
import { decodeCursor, encodeCursor, type CursorValue } from './cursor';
import { ftsQueries, normalize, sortKey } from './search-text';
import { indexedPhoneKeys, indexedWords, type IndexSource } from './search-index/entry';
import type { IndexBatch, SearchIndexWriter } from './search-index/writer';
import { VISIBLE_TO_USER } from './shares-repository';
import type { CustomerScope } from './visibility';

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
  custom: string;
  version: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  sort_name: string;
}

/** The columns of a contact that its search entries are made of (sourceOfRow). */
type IndexedColumns = Pick<ContactRow, 'id' | 'name' | 'company_name' | 'phones' | 'emails' | 'custom'>;

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
  custom: JSON.parse(row.custom) as CustomValues,
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
  custom: CustomValues;
}

const NO_VALUES: CustomValues = {};

const unique = (values: readonly string[]) => (values.length < 2 ? values.slice() : [...new Set(values)]);
const json = (values: readonly string[]) => (values.length === 0 ? '[]' : JSON.stringify(values));
const emptyToNull = (value: string | null | undefined) => (value ? value : null);
function valuesJson(values: CustomValues): string {
  for (const _ in values) return JSON.stringify(values);
  return '{}';
}

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
    custom: input.custom ?? NO_VALUES,
  };
}

export interface ListOptions {
  cursor?: string | null;
  limit: number;
  sort: ContactSort;
  filter: ContactFilter;
  /** The customers the caller may see (HandlerCall.scope; ALL_CUSTOMERS for local tools). */
  scope: CustomerScope;
}

/** From this many new contacts on, the writer thread writes their search entries (insertMany). */
const WRITER_BATCH = 1000;
/** Contacts read at a time while the search index is rebuilt. */
const REBUILD_CHUNK = 5000;

/** Below this many contacts a tag is "rare": read its contacts first, then sort them. */
const RARE_TAG = 2000;

/** Where a field's value is in a record's `custom` JSON; ids are digits, so nothing to escape. */
const valuePath = (fieldId: number | string) => `$."${fieldId}"`;

/** A list filter condition on a custom field as SQL on `c.custom`, with its arguments. */
function customConditionSql(
  condition: CustomCondition,
  type: CustomFieldType,
): { sql: string; args: unknown[] } {
  const path = valuePath(condition.fieldId);
  switch (condition.op) {
    case 'contains':
      return {
        sql: 'instr(crm_fold(json_extract(c.custom, ?)), ?) > 0',
        args: [path, normalize(condition.text)],
      };
    case 'is':
      if (type === 'checkbox') {
        // An unticked box and a box never ticked look the same to whoever filters.
        return { sql: 'coalesce(json_extract(c.custom, ?), 0) = ?', args: [path, condition.value ? 1 : 0] };
      }
      return type === 'choices'
        ? {
            sql: 'EXISTS (SELECT 1 FROM json_each(c.custom, ?) WHERE value = ?)',
            args: [path, condition.value],
          }
        : { sql: 'json_extract(c.custom, ?) = ?', args: [path, condition.value] };
    case 'between': {
      const bounds = [
        { sql: 'json_extract(c.custom, ?) >= ?', bound: condition.min },
        { sql: 'json_extract(c.custom, ?) <= ?', bound: condition.max },
      ].filter(({ bound }) => bound !== undefined);
      return {
        sql: bounds.map((bound) => bound.sql).join(' AND '),
        args: bounds.flatMap(({ bound }) => [path, bound]),
      };
    }
    case 'set':
      return { sql: 'json_extract(c.custom, ?) IS NOT NULL', args: [path] };
    case 'unset':
      return { sql: 'json_extract(c.custom, ?) IS NULL', args: [path] };
  }
}

type ContactCustomFields = Pick<CustomFieldsService, 'field' | 'searchText' | 'checkConditions'>;

/**
 * `indexWriter`: the search index's writer thread, where this connection may hand it large
 * batches (the core's own connection to a company file); without it, every write of the search
 * index happens on this connection, in the same transaction as the contacts'.
 */
export function createContactRepository(
  db: Db,
  customFields: ContactCustomFields,
  indexWriter: SearchIndexWriter | null = null,
) {
  // Case folding as the search index does it (SQLite's lower() folds ASCII only).
  db.function('crm_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? normalize(text) : null,
  );
  const byId = db.prepare<[number], ContactRow>(`${SELECT} WHERE c.id = ?`);
  const byIds = db.prepare<[string], ContactRow>(`${SELECT} WHERE c.id IN (SELECT value FROM json_each(?))`);
  const companyById = db.prepare<[number], { id: number }>('SELECT id FROM companies WHERE id = ?');
  const companyByKey = db.prepare<[string], { id: number }>('SELECT id FROM companies WHERE name_key = ?');
  const insertCompany = db.prepare(
    'INSERT INTO companies (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const maxId = db.prepare<[], { id: number }>('SELECT coalesce(max(id), 0) AS id FROM contacts');
  // Both take columns() positionally: binding by name costs a property lookup per value and row.
  const insertContact = db.prepare(
    `INSERT INTO contacts (name, sort_name, company_id, title, phones, emails, tags, address, notes, owner_id,
       custom, id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateContact = db.prepare(
    `UPDATE contacts SET name = ?, sort_name = ?, company_id = ?, title = ?, phones = ?, emails = ?, tags = ?,
       address = ?, notes = ?, owner_id = ?, custom = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ? AND deleted_at IS NULL`,
  );
  const setDeleted = db.prepare(
    'UPDATE contacts SET deleted_at = @deletedAt, updated_at = @at, version = version + 1 WHERE id = @id',
  );
  const insertTags = db.prepare(
    'INSERT OR IGNORE INTO contact_tags (tag, contact_id) SELECT value ->> 0, value ->> 1 FROM json_each(?) ORDER BY 1',
  );
  const deleteTags = db.prepare('DELETE FROM contact_tags WHERE contact_id = ?');
  const insertPhoneKeys = db.prepare('INSERT INTO contact_phones_fts (rowid, keys) VALUES (?, ?)');
  const deletePhoneKeys = db.prepare('DELETE FROM contact_phones_fts WHERE rowid = ?');
  const insertWords = db.prepare('INSERT INTO contacts_fts (rowid, words) VALUES (?, ?)');
  const deleteWords = db.prepare('DELETE FROM contacts_fts WHERE rowid = ?');
  const nextChange = db.prepare<[], { seq: number }>(
    'UPDATE search_index_state SET seq = seq + 1 RETURNING seq',
  );
  const indexCaughtUp = db.prepare('UPDATE search.index_state SET seq = ?');
  const indexLag = db.prepare<[], { main: number; index: number }>(
    'SELECT (SELECT seq FROM main.search_index_state) AS main, (SELECT seq FROM search.index_state) AS "index"',
  );
  /** A rebuild reads only what the index takes, not whole rows with their owners (5–12 % less time). */
  const liveSourcesAfter = db.prepare<[number, number], IndexedColumns>(
    `SELECT c.id, c.name, co.name AS company_name, c.phones, c.emails, c.custom
       FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
     WHERE c.id > ? AND c.deleted_at IS NULL ORDER BY c.id LIMIT ?`,
  );
  const WORD_MATCHES = 'SELECT rowid AS id FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rowid DESC';
  const PHONE_KEY_MATCHES =
    'SELECT rowid AS id FROM contact_phones_fts WHERE contact_phones_fts MATCH ? ORDER BY rowid DESC';
  /** The matches of `sql` that a user owns or has been shared, in its order. */
  const visibleOnly = (sql: string) =>
    `SELECT m.id FROM (${sql}) m JOIN contacts c ON c.id = m.id WHERE ${VISIBLE_TO_USER} LIMIT ?`;
  const matchWords = db.prepare<[string, number], { id: number }>(`${WORD_MATCHES} LIMIT ?`);
  const matchVisibleWords = db.prepare<[string, number, number, number], { id: number }>(
    visibleOnly(WORD_MATCHES),
  );
  const matchPhoneKeys = db.prepare<[string, number], { id: number }>(`${PHONE_KEY_MATCHES} LIMIT ?`);
  const matchVisiblePhoneKeys = db.prepare<[string, number, number, number], { id: number }>(
    visibleOnly(PHONE_KEY_MATCHES),
  );
  const tagCount = db.prepare<[string, number], { n: number }>(
    'SELECT count(*) AS n FROM (SELECT 1 FROM contact_tags WHERE tag = ? LIMIT ?)',
  );
  const tagCounts = db.prepare<[], { tag: string; count: number }>(
    'SELECT tag, count(*) AS count FROM contact_tags GROUP BY tag ORDER BY tag',
  );
  const listStatements = new Map<string, Statement<unknown[], { id: number }>>();
  // A field's value may be one choice or a list of them: json_each walks either.
  const heldChoice = db.prepare<[string, string], { choice: string }>(
    `SELECT v.value AS choice FROM contacts c, json_each(c.custom, ?) v
     WHERE c.deleted_at IS NULL AND v.value IN (SELECT value FROM json_each(?)) LIMIT 1`,
  );

  /** Company ids by name, creating the missing companies; `known` caches them across a batch. */
  function companyId(name: string | null, at: number, known: Map<string, number>): number | null {
    if (!name) return null;
    const key = normalize(name).trim();
    let id = known.get(key) ?? companyByKey.get(key)?.id;
    if (id === undefined) id = Number(insertCompany.run(name, key, at, at).lastInsertRowid);
    known.set(key, id);
    return id;
  }

  /** The searchable text of a contact's custom fields as the index takes it (entry.ts). */
  function customTextOf(custom: CustomValues): string | null {
    const text = customFields.searchText(custom);
    return text.length > 0 ? JSON.stringify(text) : null;
  }

  /** What the search index takes of a contact read back (a rebuild, a restore from the trash). */
  const sourceOfRow = (row: IndexedColumns): IndexSource => ({
    name: row.name,
    companyName: row.company_name,
    phones: row.phones,
    emails: row.emails,
    customText: customTextOf(JSON.parse(row.custom) as CustomValues),
  });

  /**
   * Tag rows gathered as elements of one JSON array, so that one statement writes a whole batch's
   * tags in key order (the statement's ORDER BY).
   */
  function newTagRows() {
    const tags: string[] = [];
    return {
      add(id: number, fields: Fields): void {
        for (const tag of fields.tags) tags.push(`[${JSON.stringify(tag)},${id}]`);
      },
      write(): void {
        if (tags.length > 0) insertTags.run(`[${tags.join(',')}]`);
      },
    };
  }

  /** The full-text entries of a contact: its words, and its phone keys when it has any. */
  function indexText(id: number, source: IndexSource): void {
    insertWords.run(id, indexedWords(source));
    const keys = indexedPhoneKeys(source);
    if (keys !== null) insertPhoneKeys.run(id, keys);
  }

  /** In a transaction that changed what the search index holds, written on this connection. */
  function searchIndexChanged(): void {
    indexCaughtUp.run(nextChange.get()!.seq);
  }

  function index(id: number, fields: Fields, source: IndexSource): void {
    const tags = newTagRows();
    tags.add(id, fields);
    tags.write();
    indexText(id, source);
  }

  function unindex(id: number): void {
    deleteTags.run(id);
    deletePhoneKeys.run(id);
    deleteWords.run(id);
  }

  /** The editable columns, in the order of insertContact and updateContact. */
  const columns = (fields: Fields, at: number, known: Map<string, number>): unknown[] => [
    fields.name,
    sortKey(fields.name),
    companyId(fields.companyName, at, known),
    fields.title,
    json(fields.phones),
    json(fields.emails),
    json(fields.tags),
    fields.address,
    fields.notes,
    fields.ownerId,
    valuesJson(fields.custom),
  ];
  // The lists of columns() that the search index reads too, so they are not serialized twice.
  const PHONES_COLUMN = 4;
  const EMAILS_COLUMN = 5;

  /** What the search index takes of a contact being written: its lists as columns() stored them. */
  const sourceOf = (fields: Fields, stored: readonly unknown[]): IndexSource => ({
    name: fields.name,
    companyName: fields.companyName,
    phones: stored[PHONES_COLUMN] as string,
    emails: stored[EMAILS_COLUMN] as string,
    customText: customTextOf(fields.custom),
  });

  /**
   * Inserts in one transaction and returns the new ids in input order. Ids run from max(id) + 1,
   * so the write lock is taken before that read. Contacts and their words go in by ascending id:
   * the table is appended to, and FTS5 writes its pending words out as a segment whenever a rowid
   * is not above the last one; so do phone keys. Tag rows wait for one sorted statement; every
   * other value of a row is dropped in its own iteration, as values that live through a batch of
   * 50,000 cost more in garbage collection than in building them.
   */
  function insertBatch(inputs: readonly ContactInput[], defaultOwner: number | null, at: number): number[] {
    if (indexWriter?.usable && inputs.length >= WRITER_BATCH) {
      return insertBesideWriter(indexWriter.begin(), inputs, defaultOwner, at);
    }
    return db
      .transaction(() => {
        const firstId = maxId.get()!.id + 1;
        insertRows(inputs, firstId, defaultOwner, at, indexText);
        searchIndexChanged();
        return inputs.map((_, i) => firstId + i);
      })
      .immediate();
  }

  function insertRows(
    inputs: readonly ContactInput[],
    firstId: number,
    defaultOwner: number | null,
    at: number,
    index: (id: number, source: IndexSource) => void,
  ): void {
    const known = new Map<string, number>();
    const tags = newTagRows();
    for (let i = 0; i < inputs.length; i++) {
      const fields = fieldsOf(inputs[i]!, defaultOwner);
      const stored = columns(fields, at, known);
      insertContact.run(...stored, firstId + i, at, at);
      tags.add(firstId + i, fields);
      index(firstId + i, sourceOf(fields, stored));
    }
    tags.write();
  }

  /**
   * A large batch: the writer thread writes the search entries into the index file while this
   * thread writes the contacts, each file in its own transaction. Both commit at the same time;
   * a crash between the two commits leaves the index a change behind or ahead, which the next
   * start repairs, as does a failed commit here (repairSearchIndex).
   */
  function insertBesideWriter(
    batch: IndexBatch,
    inputs: readonly ContactInput[],
    defaultOwner: number | null,
    at: number,
  ): number[] {
    let committing = false;
    let ids: number[];
    // The writer copies the log into company.db after the batch (worker.ts), off this thread.
    const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
    db.pragma('wal_autocheckpoint = 0');
    try {
      // Deferred, not immediate: an immediate transaction would take the index file's write lock
      // too, which the writer needs. The first statement writes, so max(id) is read under the lock.
      ids = db.transaction(() => {
        const seq = nextChange.get()!.seq;
        const firstId = maxId.get()!.id + 1;
        insertRows(inputs, firstId, defaultOwner, at, batch.add);
        batch.prepare(seq);
        batch.startCommit();
        committing = true;
        return inputs.map((_, i) => firstId + i);
      })();
    } catch (error) {
      settle(batch, committing);
      throw error;
    } finally {
      db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
    }
    settle(batch, true);
    return ids;
  }

  /** Ends the writer's side of a batch; whatever it cannot end as planned is repaired here. */
  function settle(batch: IndexBatch, committing: boolean): void {
    try {
      if (committing) batch.committed();
      else batch.rollback();
    } catch {
      // The writer is not used again, and its open transaction, if any, ends with it.
    }
    repairSearchIndex();
  }

  /**
   * Rebuilds the search index from the live contacts when it is not at the contacts' latest
   * change: a new or replaced index file, or a crash between the two files' commits.
   * Returns how many contacts were indexed (0 when the index was up to date).
   */
  function repairSearchIndex(): number {
    const { main, index } = indexLag.get()!;
    if (main === index) return 0;
    return db
      .transaction(() => {
        db.exec(`INSERT INTO contacts_fts (contacts_fts) VALUES ('delete-all');
          INSERT INTO contact_phones_fts (contact_phones_fts) VALUES ('delete-all');`);
        let count = 0;
        for (let rows = liveSourcesAfter.all(0, REBUILD_CHUNK); rows.length > 0;) {
          for (const row of rows) indexText(row.id, sourceOfRow(row));
          count += rows.length;
          rows = liveSourcesAfter.all(rows.at(-1)!.id, REBUILD_CHUNK);
        }
        indexCaughtUp.run(main);
        return count;
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

  function searchPhones(query: string, limit: number, scope: CustomerScope): number[] {
    const ids = new Set<number>();
    for (const key of phoneQueryKeys(query)) {
      // Keys are letters and digits only: quoting them is all the escaping MATCH needs.
      const matches =
        scope.kind === 'all'
          ? matchPhoneKeys.all(`"${key}"*`, limit)
          : matchVisiblePhoneKeys.all(`"${key}"*`, scope.userId, scope.userId, limit);
      for (const { id } of matches) ids.add(id);
      if (ids.size >= limit) break;
    }
    return [...ids].slice(0, limit);
  }

  function searchWords(query: string, limit: number, scope: CustomerScope): number[] {
    const ids = new Set<number>();
    for (const match of ftsQueries(query)) {
      const matches =
        scope.kind === 'all'
          ? matchWords.all(match, limit)
          : matchVisibleWords.all(match, scope.userId, scope.userId, limit);
      for (const { id } of matches) ids.add(id);
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

    repairSearchIndex,

    /** Whether large batches go to the search index's writer thread, once it has started. */
    indexWriterStarted: (): Promise<boolean> => indexWriter?.started() ?? Promise.resolve(false),

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
        const stored = columns(fields, at, new Map());
        updateContact.run(...stored, at, id, version);
        unindex(id);
        index(id, fields, sourceOf(fields, stored));
        searchIndexChanged();
        return toContact(getRow(id));
      })();
    },

    /** Moves to the trash (`trash: true`) or back; trashed contacts leave the search indexes. */
    setTrashed(id: number, trash: boolean, at: number): Contact {
      return db.transaction(() => {
        const row = getRow(id);
        if ((row.deleted_at !== null) === trash) return toContact(row);
        setDeleted.run({ id, deletedAt: trash ? at : null, at });
        if (trash) unindex(id);
        else index(id, fieldsOf(toContact(row), null), sourceOfRow(row));
        searchIndexChanged();
        return toContact(getRow(id));
      })();
    },

    search(query: string, limit: number, scope: CustomerScope): Contact[] {
      return getMany(
        isPhoneQuery(query) ? searchPhones(query, limit, scope) : searchWords(query, limit, scope),
      );
    },

    list({ cursor, limit, sort, filter, scope }: ListOptions): {
      items: Contact[];
      nextCursor: string | null;
    } {
      const trash = filter.trash === true;
      const key = trash ? 'deleted_at' : sort === 'name' ? 'sort_name' : 'updated_at';
      const ascending = !trash && sort === 'name';
      const where = [trash ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL'];
      const args: unknown[] = [];
      let from = 'contacts c';
      if (scope.kind === 'own') {
        where.push(VISIBLE_TO_USER);
        args.push(scope.userId, scope.userId);
      }
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
      if (filter.custom !== undefined) {
        customFields.checkConditions('contact', filter.custom, ['filter', 'custom']);
        for (const condition of filter.custom) {
          const { sql, args: values } = customConditionSql(
            condition,
            customFields.field(condition.fieldId)!.type,
          );
          where.push(sql);
          args.push(...values);
        }
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

    /** One of `choices` that a live contact holds in the field, if any. */
    heldChoice: (fieldId: number, choices: readonly string[]): string | undefined =>
      heldChoice.get(valuePath(fieldId), JSON.stringify(choices))?.choice,
  };
}

export type ContactRepository = ReturnType<typeof createContactRepository>;
