import { CrmError } from '../../../../shared/errors';
import type { Db } from '../../db/database';
import { encodeCursor, keysetPage, resumeAfter } from '../contacts/cursor';
import { sortKey } from '../contacts/search-text';

/** The columns every catalogue record's table has besides its own. */
interface CatalogueRow {
  id: number;
  name_key: string;
  archived_at: number | null;
  version: number;
}

/** The statements a repository prepared on its own table; this helper holds no SQL. */
interface CatalogueStatements<Row, Fields, Unique extends string> {
  byId: { get(id: number): Row | undefined };
  /** The record that holds a value of the unique column (case aside), with that column. */
  holderOf: { get(value: string): ({ id: number } & Record<Unique, string>) | undefined };
  /** Takes the fields with `nameKey` and `at`; answers the new row's id. */
  insert: { run(params: Fields & { nameKey: string; at: number }): { lastInsertRowid: number | bigint } };
  /** Takes the fields with `nameKey`, `id` and `at`, and moves the version on. */
  update: { run(params: Fields & { nameKey: string; id: number; at: number }): unknown };
  /** Sets `archivedAt` (null restores) and moves the version on. */
  setArchivedAt: { run(params: { archivedAt: number | null; id: number; at: number }): unknown };
  /**
   * By name_key then id: the rows with `archived`, the query's parameters, after
   * `afterKey`/`afterId`, at most `limit`.
   */
  page: { all(params: Record<string, unknown>): Row[] };
}

interface CatalogueSource<Row, Item, Fields, Unique extends string> extends CatalogueStatements<
  Row,
  Fields,
  Unique
> {
  /** How messages name a record ('product'); its id is `<noun>Id` in a CONFLICT's details. */
  noun: string;
  /** The field no two records may share: 'sku', 'name'. */
  unique: Unique;
  /** The CONFLICT message when another record holds `value` already. */
  takenMessage(value: string): string;
  /** The page statement's parameters for a search box's text. */
  queryParams(query: string): Record<string, unknown>;
  /** The cursor key that names the list's order by name. */
  cursorKey: string;
  toItem(row: Row): Item;
}

/**
 * What a catalogue record (a product, a supplier) shares: read by id, created and edited with a
 * unique field and a sort key of its name, edited and archived at the version the user read,
 * listed by name with keyset paging.
 */
export function catalogueRecords<
  Row extends CatalogueRow,
  Item,
  Fields extends { name: string } & { [K in Unique]: string },
  Unique extends string,
>(db: Db, source: CatalogueSource<Row, Item, Fields, Unique>) {
  const { noun, toItem } = source;

  function row(id: number): Row {
    const found = source.byId.get(id);
    if (!found) throw new CrmError('NOT_FOUND', `This ${noun} does not exist.`, { id });
    return found;
  }

  function checkUniqueFree(fields: Fields, ownId: number | null): void {
    const holder = source.holderOf.get(fields[source.unique]);
    if (holder && holder.id !== ownId) {
      const value = holder[source.unique];
      throw new CrmError('CONFLICT', source.takenMessage(value), {
        [source.unique]: value,
        [`${noun}Id`]: holder.id,
      });
    }
  }

  const stored = (fields: Fields) => ({ ...fields, nameKey: sortKey(fields.name) });

  /** Runs `write` on the record at `version`, or refuses a stale version with CONFLICT. */
  function atVersion(id: number, version: number, write: (current: Row) => void): Item {
    return db.transaction(() => {
      const current = row(id);
      if (current.version !== version) {
        throw new CrmError('CONFLICT', `Someone else changed this ${noun} since you opened it.`, {
          currentVersion: current.version,
        });
      }
      write(current);
      return toItem(row(id));
    })();
  }

  return {
    get: (id: number): Item => toItem(row(id)),

    /** The record, or null when there is none with this id. */
    find(id: number): Item | null {
      const found = source.byId.get(id);
      return found ? toItem(found) : null;
    },

    create(fields: Fields, at: number): Item {
      return db.transaction(() => {
        checkUniqueFree(fields, null);
        return toItem(row(Number(source.insert.run({ ...stored(fields), at }).lastInsertRowid)));
      })();
    },

    update(id: number, version: number, fields: Fields, at: number): Item {
      return atVersion(id, version, () => {
        checkUniqueFree(fields, id);
        source.update.run({ ...stored(fields), id, at });
      });
    },

    /** Archiving an archived record (or restoring an active one) changes nothing. */
    setArchived(id: number, version: number, archived: boolean, at: number): Item {
      return atVersion(id, version, (current) => {
        if ((current.archived_at !== null) === archived) return;
        source.setArchivedAt.run({ archivedAt: archived ? at : null, id, at });
      });
    },

    /** By name, then id; what `query` matches is the repository's page statement's. */
    list(filter: { query?: string; archived?: boolean }, cursor: string | null, limit: number) {
      const rows = source.page.all({
        archived: filter.archived ? 1 : 0,
        ...source.queryParams(filter.query ?? ''),
        ...resumeAfter(cursor, source.cursorKey),
        limit: limit + 1,
      });
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toItem),
        (last) => encodeCursor({ key: source.cursorKey, value: last.name_key, id: last.id }),
      );
    },
  };
}
