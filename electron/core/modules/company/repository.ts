import type { Db } from '../../db/database';

export interface Company {
  id: number;
  name: string;
}

export function createCompanyRepository(db: Db) {
  const get = db.prepare<[], Company>('SELECT id, name FROM company WHERE id = 1');
  const createdAt = db.prepare<[], { created_at: number }>('SELECT created_at FROM company WHERE id = 1');
  const insert = db.prepare('INSERT INTO company (id, name, created_at) VALUES (1, ?, ?)');
  return {
    get: (): Company | null => get.get() ?? null,
    /** When the company was set up; null before setup. */
    createdAt: (): number | null => createdAt.get()?.created_at ?? null,
    create(name: string, at: number): Company {
      insert.run(name, at);
      return { id: 1, name };
    },
  };
}

export type CompanyRepository = ReturnType<typeof createCompanyRepository>;
