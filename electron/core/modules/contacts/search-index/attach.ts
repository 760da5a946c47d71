import type { Db } from '../../../db/database';
import schema from './schema.sql';
import settings from './settings.sql';

/** The schema name the search index is attached under, on every connection to a company. */
export const SEARCH_SCHEMA = 'search';
/** The index file's layout: raise on any change of schema.sql or settings.sql. */
const LAYOUT_VERSION = 3;
/**
 * The first layout with schema.sql's tables as they are. An index of an older layout is dropped
 * and rebuilt from the contacts; one of a layout since then only takes settings.sql. Set it to
 * LAYOUT_VERSION on a change of schema.sql.
 */
const SAME_TABLES_SINCE = 1;

/** The index file beside a company database; an in-memory company gets an in-memory index. */
export function searchIndexFile(databaseFile: string): string {
  return databaseFile === ':memory:' ? ':memory:' : databaseFile.replace(/(\.db)?$/, '-search.db');
}

/**
 * Attaches the company's search index file (creating it when missing) to a connection. Its
 * tables are named apart from the company's, so queries name them without the schema.
 */
export function attachSearchIndex(db: Db, databaseFile: string, pageSize: number): void {
  db.prepare(`ATTACH DATABASE ? AS ${SEARCH_SCHEMA}`).run(searchIndexFile(databaseFile));
  if (db.pragma(`${SEARCH_SCHEMA}.page_count`, { simple: true }) === 0) {
    db.pragma(`${SEARCH_SCHEMA}.page_size = ${pageSize}`);
  }
  db.pragma(`${SEARCH_SCHEMA}.journal_mode = WAL`);
  db.pragma(`${SEARCH_SCHEMA}.synchronous = NORMAL`);
  const layout = db.pragma(`${SEARCH_SCHEMA}.user_version`, { simple: true }) as number;
  if (layout === LAYOUT_VERSION) return;
  db.transaction(() => {
    if (layout < SAME_TABLES_SINCE || layout > LAYOUT_VERSION) createTables(db);
    db.exec(settings);
    db.pragma(`${SEARCH_SCHEMA}.user_version = ${LAYOUT_VERSION}`);
  })();
}

/** schema.sql's tables in place of whatever the file held; the index is then empty, to be rebuilt. */
function createTables(db: Db): void {
  // Virtual tables first: dropping one drops its shadow tables, hence IF EXISTS for those.
  const tables = db
    .prepare<[], { name: string }>(
      `SELECT name FROM ${SEARCH_SCHEMA}.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       ORDER BY sql LIKE 'CREATE VIRTUAL%' DESC`,
    )
    .all();
  for (const { name } of tables) db.exec(`DROP TABLE IF EXISTS ${SEARCH_SCHEMA}."${name}"`);
  db.exec(schema);
}
