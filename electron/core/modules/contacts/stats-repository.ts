import { CONTACT_FIELDS } from '../../../../shared/contacts/contract';
import type { Db } from '../../db/database';
import { VISIBLE_TO_USER } from './shares-repository';
import type { CustomerScope } from './visibility';

/** A contact added lately, with its owner (the list records no creator). */
export interface CreatedContact {
  id: number;
  name: string;
  createdAt: number;
  owner: { id: number; name: string } | null;
}

/** One save of a contact: the fields it changed, by whom, when. `id` is its latest change row's. */
export interface ContactSave {
  id: number;
  contactId: number;
  contactName: string;
  changedAt: number;
  changedBy: { id: number; name: string } | null;
  fields: string[];
}

interface SaveRow {
  id: number;
  contact_id: number;
  contact_name: string;
  changed_at: number;
  changed_by: number | null;
  changed_by_name: string | null;
  fields: string;
}

interface CreatedRow {
  id: number;
  name: string;
  created_at: number;
  owner_id: number | null;
  owner_name: string | null;
}

/**
 * Figures of the customer list for the home page: how many customers were added in a period and
 * what happened to them lately, counting only the live customers a scope may see.
 */
export function createContactStatsRepository(db: Db) {
  /**
   * A query for the whole list and one limited to a user's customers. `sql` puts the rule first
   * in its WHERE, so that the rule's two user ids come before the query's own parameters.
   */
  function scoped<P extends unknown[], R>(sql: (visible: string) => string) {
    const all = db.prepare<P, R>(sql('1'));
    const own = db.prepare<[number, number, ...P], R>(sql(VISIBLE_TO_USER));
    return {
      get: (scope: CustomerScope, ...params: P): R | undefined =>
        scope.kind === 'all' ? all.get(...params) : own.get(scope.userId, scope.userId, ...params),
      all: (scope: CustomerScope, ...params: P): R[] =>
        scope.kind === 'all' ? all.all(...params) : own.all(scope.userId, scope.userId, ...params),
    };
  }

  const maxId = db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM contacts');
  const firstAtOrAfter = db.prepare<[number], { id: number; created_at: number }>(
    'SELECT id, created_at FROM contacts WHERE id >= ? ORDER BY id LIMIT 1',
  );
  // Bounded below by id, so it reads the rows from `from` on rather than the whole list.
  const countCreated = scoped<[number, number, number], { n: number }>(
    (visible) => `SELECT count(*) AS n FROM contacts c
      WHERE ${visible} AND c.id >= ? AND c.created_at >= ? AND c.created_at < ? AND c.deleted_at IS NULL`,
  );
  const latestCreated = scoped<[number], CreatedRow>(
    (visible) => `SELECT c.id, c.name, c.created_at, c.owner_id, u.display_name AS owner_name
      FROM contacts c LEFT JOIN users u ON u.id = c.owner_id
      WHERE ${visible} AND c.deleted_at IS NULL ORDER BY c.id DESC LIMIT ?`,
  );
  // The latest change rows of visible customers, grouped into saves (one save writes a row per
  // field). A save has at most one row per field, so a window of limit x fields rows holds at
  // least `limit` whole saves.
  const latestSaves = scoped<[number, number], SaveRow>(
    (visible) => `SELECT max(ch.id) AS id, ch.contact_id, ch.contact_name, ch.changed_at, ch.changed_by,
        u.display_name AS changed_by_name, json_group_array(ch.field) AS fields
      FROM (
        SELECT ch.id, ch.contact_id, c.name AS contact_name, ch.changed_at, ch.changed_by, ch.field
        FROM contact_changes ch JOIN contacts c ON c.id = ch.contact_id
        WHERE ${visible} AND c.deleted_at IS NULL ORDER BY ch.id DESC LIMIT ?
      ) ch LEFT JOIN users u ON u.id = ch.changed_by
      GROUP BY ch.contact_id, ch.changed_at, ch.changed_by ORDER BY id DESC LIMIT ?`,
  );

  /**
   * The first contact id created at or after `at`, found by halving the id range in about 20
   * lookups. Contacts are only ever appended with the next id and the current time, so ids grow
   * with created_at: no index on created_at (which every bulk insert would pay for) is needed.
   */
  function firstIdFrom(at: number): number {
    let low = 1;
    let high = (maxId.get()?.id ?? 0) + 1;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const row = firstAtOrAfter.get(middle);
      if (!row || row.created_at >= at) high = middle;
      else low = row.id + 1;
    }
    return low;
  }

  return {
    /** How many live customers `scope` sees that were added in [from, to). */
    countCreatedBetween: (scope: CustomerScope, from: number, to: number): number =>
      countCreated.get(scope, firstIdFrom(from), from, to)?.n ?? 0,

    /** The `limit` live customers `scope` sees that were added last, newest first. */
    latestCreated: (scope: CustomerScope, limit: number): CreatedContact[] =>
      latestCreated.all(scope, limit).map((row) => ({
        id: row.id,
        name: row.name,
        createdAt: row.created_at,
        owner: row.owner_id === null ? null : { id: row.owner_id, name: row.owner_name ?? '' },
      })),

    /** The `limit` latest saves of live customers `scope` sees, newest first. */
    latestSaves: (scope: CustomerScope, limit: number): ContactSave[] =>
      latestSaves.all(scope, limit * CONTACT_FIELDS.length, limit).map((row) => ({
        id: row.id,
        contactId: row.contact_id,
        contactName: row.contact_name,
        changedAt: row.changed_at,
        changedBy: row.changed_by === null ? null : { id: row.changed_by, name: row.changed_by_name ?? '' },
        fields: JSON.parse(row.fields) as string[],
      })),
  };
}

export type ContactStatsRepository = ReturnType<typeof createContactStatsRepository>;
