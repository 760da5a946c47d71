import type { CompanySettings } from '../../../../shared/company/contract';
import { CrmError } from '../../../../shared/errors';
import type { Db } from '../../db/database';

export interface Company {
  id: number;
  name: string;
}

type SettingsRow = {
  name: string;
  customer_visibility: CompanySettings['customerVisibility'];
  version: number;
};

const toSettings = (row: SettingsRow): CompanySettings => ({
  name: row.name,
  customerVisibility: row.customer_visibility,
  version: row.version,
});

export function createCompanyRepository(db: Db) {
  const get = db.prepare<[], Company>('SELECT id, name FROM company WHERE id = 1');
  const createdAt = db.prepare<[], { created_at: number }>('SELECT created_at FROM company WHERE id = 1');
  const insert = db.prepare('INSERT INTO company (id, name, created_at, updated_at) VALUES (1, ?, ?, ?)');
  const settings = db.prepare<[], SettingsRow>(
    'SELECT name, customer_visibility, version FROM company WHERE id = 1',
  );
  const updateSettings = db.prepare(
    `UPDATE company SET name = ?, customer_visibility = ?, updated_at = ?, version = version + 1
     WHERE id = 1 AND version = ?`,
  );

  function currentSettings(): CompanySettings {
    const row = settings.get();
    if (!row) throw new CrmError('NOT_FOUND', 'The company is not set up yet.');
    return toSettings(row);
  }

  return {
    get: (): Company | null => get.get() ?? null,
    /** When the company was set up; null before setup. */
    createdAt: (): number | null => createdAt.get()?.created_at ?? null,
    create(name: string, at: number): Company {
      insert.run(name, at, at);
      return { id: 1, name };
    },
    settings: currentSettings,
    updateSettings(
      version: number,
      patch: Partial<Omit<CompanySettings, 'version'>>,
      at: number,
    ): CompanySettings {
      return db.transaction(() => {
        const current = currentSettings();
        if (current.version !== version) {
          throw new CrmError('CONFLICT', 'Someone else changed the company settings since you opened them.', {
            currentVersion: current.version,
          });
        }
        const next = { ...current, ...patch };
        updateSettings.run(next.name, next.customerVisibility, at, version);
        return currentSettings();
      })();
    },
  };
}

export type CompanyRepository = ReturnType<typeof createCompanyRepository>;
