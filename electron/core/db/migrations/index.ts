import foundation from './0001_foundation.sql';
import license from './0002_license.sql';
import followups from './0003_followups.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; a migration's version is its file number and never changes once released. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'license', sql: license },
  { version: 3, name: 'followups', sql: followups },
];
