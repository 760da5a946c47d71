import { createHash, randomBytes } from 'node:crypto';
import type { User } from '../../../../shared/auth/contract';
import type { Db } from '../../db/database';
import { toUser, type UserRow } from '../users/repository';

export interface Session {
  tokenHash: string;
  user: User;
}

export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** A session in use is extended, at most this often, so reads stay reads. */
const EXTEND_AFTER_MS = 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSessionStore(db: Db, now: () => number) {
  const insert = db.prepare(
    'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const find = db.prepare<[string], UserRow & { expires_at: number }>(
    `SELECT u.*, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
  );
  const extend = db.prepare('UPDATE sessions SET expires_at = ? WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const removeExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  const removeAllOf = db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash != ?');

  return {
    /** Returns the token itself once; only its hash is stored. */
    create(userId: number): string {
      const token = randomBytes(32).toString('base64url');
      const at = now();
      removeExpired.run(at);
      insert.run(hashToken(token), userId, at, at + SESSION_LIFETIME_MS);
      return token;
    },
    resolve(token: string): Session | null {
      const tokenHash = hashToken(token);
      const row = find.get(tokenHash);
      const at = now();
      if (!row || row.expires_at <= at || !row.active) {
        if (row) remove.run(tokenHash);
        return null;
      }
      if (row.expires_at - at < SESSION_LIFETIME_MS - EXTEND_AFTER_MS)
        extend.run(at + SESSION_LIFETIME_MS, tokenHash);
      return { tokenHash, user: toUser(row) };
    },
    end(session: Session): void {
      remove.run(session.tokenHash);
    },
    /** Signs a user out everywhere, except in the session `keep` when one is given. */
    endAllOf(userId: number, keep?: Session): void {
      removeAllOf.run(userId, keep?.tokenHash ?? '');
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
