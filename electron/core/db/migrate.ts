import type { Database } from 'better-sqlite3';
import { CrmError } from '../../../shared/errors';
import type { Migration } from './migrations';

/**
 * Brings the schema to the newest migration, all pending ones in one transaction.
 * A database written by a newer app version is refused and left untouched.
 */
export function migrate(db: Database, migrations: readonly Migration[]): number {
  const current = refuseNewer(db, migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${latest}`);
  })();
  return latest;
}

/**
 * Throws DATABASE_TOO_NEW when the database's schema is newer than the migrations know;
 * reads only, so it can run before any pragma that writes to the file. Returns the version.
 */
export function refuseNewer(db: Database, migrations: readonly Migration[]): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new CrmError(
      'DATABASE_TOO_NEW',
      `This database was written by a newer version of the app (schema ${current}, this app knows ${latest}). Update the app to open it.`,
      { databaseVersion: current, appVersion: latest },
    );
  }
  return current;
}
