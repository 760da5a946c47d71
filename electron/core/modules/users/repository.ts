import type { User } from '../../../../shared/auth/contract';
import type { Role } from '../../../../shared/roles';
import type { Db } from '../../db/database';

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: number;
}

export const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  active: row.active === 1,
});

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
}

export function createUserRepository(db: Db) {
  const byUsername = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
  const byId = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?');
  const all = db.prepare<[], UserRow>(
    'SELECT * FROM users ORDER BY active DESC, display_name COLLATE NOCASE',
  );
  const insert = db.prepare(
    `INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at)
     VALUES (@username, @displayName, @role, @passwordHash, @at, @at)`,
  );
  return {
    findByUsername: (username: string) => byUsername.get(username) ?? null,
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toUser(row) : null;
    },
    list: () => all.all().map(toUser),
    create(user: NewUser, at: number): User {
      const { lastInsertRowid } = insert.run({ ...user, at });
      return this.get(Number(lastInsertRowid))!;
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
