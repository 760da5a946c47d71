import type { Db } from '../../../db/database';
import schema from './schema.sql';

/** The schema name the search index is attached under, on every connection to a company. */
export const SEARCH_SCHEMA = 'search';
/** Raise on any change of schema.sql: the index is then dropped and rebuilt from the contacts. */
const SCHEMA_VERSION = 2;

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
  if (db.pragma(`${SEARCH_SCHEMA}.user_version`, { simple: true }) === SCHEMA_VERSION) return;
  db.transaction(() => {
    // Virtual tables first: dropping one drops its shadow tables, hence IF EXISTS for those.
    const tables = db
      .prepare<[], { name: string }>(
        `SELECT name FROM ${SEARCH_SCHEMA}.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         ORDER BY sql LIKE 'CREATE VIRTUAL%' DESC`,
      )
      .all();
    for (const { name } of tables) db.exec(`DROP TABLE IF EXISTS ${SEARCH_SCHEMA}."${name}"`);
    db.exec(schema);
    db.pragma(`${SEARCH_SCHEMA}.user_version = ${SCHEMA_VERSION}`);
  })();
}
