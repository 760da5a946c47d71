import type { User } from '../../../../shared/auth/contract';
import { CrmError } from '../../../../shared/errors';
import type { Role } from '../../../../shared/roles';
import type { ManagedUser } from '../../../../shared/users/contract';
import type { Db } from '../../db/database';

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: number;
  version: number;
}

export const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  active: row.active === 1,
});

const toManagedUser = (row: UserRow): ManagedUser => ({ ...toUser(row), version: row.version });

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
}

/** What an edit of an account may change; fields left out stay as they are. */
export interface UserChanges {
  role?: Role;
  active?: boolean;
  passwordHash?: string;
}

export function createUserRepository(db: Db) {
  const byUsername = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
  const byId = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?');
  const all = db.prepare<[], UserRow>(
    'SELECT * FROM users ORDER BY active DESC, display_name COLLATE NOCASE',
  );
  const activeCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users WHERE active = 1');
  const activeOwnerCount = db.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM users WHERE active = 1 AND role = 'owner'`,
  );
  const insert = db.prepare(
    `INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at)
     VALUES (@username, @displayName, @role, @passwordHash, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE users SET
       role = coalesce(@role, role),
       active = coalesce(@active, active),
       password_hash = coalesce(@passwordHash, password_hash),
       updated_at = @at,
       version = version + 1
     WHERE id = @id AND (@version IS NULL OR version = @version)`,
  );

  const get = (id: number): ManagedUser | null => {
    const row = byId.get(id);
    return row ? toManagedUser(row) : null;
  };

  return {
    findByUsername: (username: string) => byUsername.get(username) ?? null,
    findById: (id: number) => byId.get(id) ?? null,
    get,
    list: () => all.all().map(toManagedUser),
    countActive: () => activeCount.get()!.n,
    countActiveOwners: () => activeOwnerCount.get()!.n,
    create(user: NewUser, at: number): ManagedUser {
      const { lastInsertRowid } = insert.run({ ...user, at });
      return get(Number(lastInsertRowid))!;
    },
    /** Applies `changes` if the row is still at `version` (when given); NOT_FOUND or CONFLICT otherwise. */
    update(id: number, version: number | undefined, changes: UserChanges, at: number): ManagedUser {
      const { changes: updated } = update.run({
        id,
        version: version ?? null,
        role: changes.role ?? null,
        active: changes.active === undefined ? null : Number(changes.active),
        passwordHash: changes.passwordHash ?? null,
        at,
      });
      const current = get(id);
      if (!current) throw new CrmError('NOT_FOUND', 'This user does not exist.', { id });
      if (updated === 0) {
        throw new CrmError('CONFLICT', 'Someone else changed this user at the same time.', {
          currentVersion: current.version,
        });
      }
      return current;
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
