import type { Db } from '../../db/database';

export interface LicenseStateRow {
  keyText: string | null;
  activatedAt: number | null;
  lastSeenAt: number | null;
}

/** The one row of license_state (migration 0002 creates it). */
export function createLicenseRepository(db: Db) {
  const get = db.prepare<[], LicenseStateRow>(
    `SELECT key_text AS keyText, activated_at AS activatedAt, last_seen_at AS lastSeenAt
     FROM license_state WHERE id = 1`,
  );
  const activate = db.prepare(
    'UPDATE license_state SET key_text = ?, activated_at = ?, activated_by = ? WHERE id = 1',
  );
  const seen = db.prepare('UPDATE license_state SET last_seen_at = ? WHERE id = 1');
  return {
    get: (): LicenseStateRow => get.get()!,
    activate(keyText: string, at: number, userId: number): void {
      activate.run(keyText, at, userId);
    },
    setLastSeen(at: number): void {
      seen.run(at);
    },
  };
}

export type LicenseRepository = ReturnType<typeof createLicenseRepository>;
