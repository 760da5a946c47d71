import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../electron/core/core';
import { closeDatabase, openDatabase, type Db } from '../../../electron/core/db/database';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations, type Migration } from '../../../electron/core/db/migrations';
import { ALL_CUSTOMERS } from '../../../electron/core/modules/contacts/visibility';
import { CrmError } from '../../../shared/errors';
import { aroundMigration } from './migration-helpers';
import { closeCores, OWNER, outputOf, startCore } from './helpers';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../../electron/core/db/migrations/', import.meta.url));
const LATEST = migrations.at(-1)!.version;

const userVersion = (db: Db) => db.pragma('user_version', { simple: true }) as number;

const openDbs: Db[] = [];
const tempDirs: string[] = [];

function rawDb(file = ':memory:'): Db {
  const db = new Database(file);
  openDbs.push(db);
  return db;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-migrations-'));
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  closeCores();
  for (const db of openDbs.splice(0)) if (db.open) db.close();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Ordinary tables (not virtual tables, not their shadow tables), by name. */
function plainTables(db: Db): string[] {
  const rows = db
    .prepare<[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all();
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql)).map((row) => row.name);
  return rows
    .filter((row) => !virtual.includes(row.name) && !virtual.some((v) => row.name.startsWith(`${v}_`)))
    .map((row) => row.name);
}

function allTables(db: Db): string[] {
  return db
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .all()
    .map((row) => row.name);
}

const columnsOf = (db: Db, table: string) =>
  db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
    .all()
    .map((row) => row.name);

/**
 * A little data for each table, written against the schema the table was created with.
 * A migration that adds a table adds its seed here (the test below fails until it does).
 */
const SEEDS: Record<string, (db: Db) => void> = {
  company: (db) => db.prepare(`INSERT INTO company (id, name, created_at) VALUES (1, 'Acme', 1000)`).run(),
  users: (db) =>
    db
      .prepare(
        `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
         VALUES (1, 'olivia', 'Olivia', 'owner', 'scrypt$x', 1000, 1000),
                (2, 'sam', 'Sam', 'staff', 'scrypt$y', 1000, 1000)`,
      )
      .run(),
  sessions: (db) =>
    db
      .prepare(
        `INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('hash-1', 1, 1000, 99999)`,
      )
      .run(),
  companies: (db) =>
    db
      .prepare(
        `INSERT INTO companies (id, name, name_key, created_at, updated_at) VALUES (1, 'Huawei', 'huawei', 1000, 1000)`,
      )
      .run(),
  contacts: (db) =>
    db
      .prepare(
        `INSERT INTO contacts (id, name, sort_name, company_id, phones, emails, tags, owner_id, created_at, updated_at)
         VALUES (1, '张伟', '张伟', 1, '["+86 138 0013 8000"]', '["zw@example.com"]', '["vip"]', 1, 1000, 1000),
                (2, 'José', 'josé', NULL, '[]', '[]', '[]', 2, 1000, 2000)`,
      )
      .run(),
  contact_tags: (db) => db.prepare(`INSERT INTO contact_tags (tag, contact_id) VALUES ('vip', 1)`).run(),
  contact_phone_keys: (db) =>
    db.prepare(`INSERT INTO contact_phone_keys (key, contact_id) VALUES ('p:13800138000', 1)`).run(),
  followups: (db) =>
    db
      .prepare(
        `INSERT INTO followups (id, kind, subject, contact_id, company_id, due_at, assignee_id, created_by,
           created_at, updated_at)
         VALUES (1, 'call', 'Call back', 1, NULL, 5000, 2, 1, 1000, 1000),
                (2, 'note', 'Met at fair', NULL, 1, NULL, 1, 1, 1000, 1000)`,
      )
      .run(),
  contact_changes: (db) =>
    db
      .prepare(
        `INSERT INTO contact_changes (id, contact_id, field, old_value, new_value, changed_by, changed_at)
         VALUES (1, 1, 'title', 'null', '"CEO"', 1, 2000)`,
      )
      .run(),
  contact_imports: (db) =>
    db
      .prepare(
        `INSERT INTO contact_imports (id, user_id, file_name, match_field, on_duplicate, status, created_count,
           updated_count, started_at, finished_at)
         VALUES (1, 1, 'people.csv', 'email', 'update', 'finished', 1, 1, 3000, 4000)`,
      )
      .run(),
  contact_import_created: (db) =>
    db.prepare(`INSERT INTO contact_import_created (import_id, contact_id) VALUES (1, 2)`).run(),
  contact_import_updated: (db) =>
    db
      .prepare(
        `INSERT INTO contact_import_updated (import_id, contact_id, before, after_version)
         VALUES (1, 1, '{"id":1,"name":"张伟"}', 2)`,
      )
      .run(),
  contact_shares: (db) => db.prepare(`INSERT INTO contact_shares (user_id, contact_id) VALUES (2, 1)`).run(),
  contact_merges: (db) =>
    db
      .prepare(
        `INSERT INTO contact_merges (id, target_id, source_ids, target_before, moved, target_version, merged_by, merged_at)
         VALUES (1, 1, '[2]', '{}', '[]', 3, 1, 4000)`,
      )
      .run(),
  license_state: (db) =>
    db
      .prepare(
        `INSERT INTO license_state (id, key_text, activated_at, activated_by, last_seen_at) VALUES (1, 'CRM1.x', 2000, 1, 3000)`,
      )
      .run(),
  // The pipeline's migration seeds its one row and default stages itself.
  deal_pipeline: () => {},
  deal_stages: () => {},
  deals: (db) =>
    db
      .prepare(
        `INSERT INTO deals (id, title, amount, currency, stage_id, expected_close, probability, owner_id, contact_id,
           company_id, created_by, created_at, updated_at)
         VALUES (1, 'Router upgrade', 1250000, 'CNY', 2, '2025-03-31', 25, 2, 1, 1, 1, 1000, 1000)`,
      )
      .run(),
  custom_fields: (db) =>
    db
      .prepare(
        `INSERT INTO custom_fields (id, entity, label, label_key, type, choices, position, created_at, updated_at)
         VALUES (1, 'contact', 'Level', 'level', 'choice', '["Gold","Silver"]', 1, 1000, 1000)`,
      )
      .run(),
  deal_history: (db) =>
    db
      .prepare(
        `INSERT INTO deal_history (id, deal_id, change, stage_id, actor_id, at) VALUES (1, 1, 'created', 2, 1, 1000)`,
      )
      .run(),
  workorder_sequences: (db) =>
    db.prepare(`INSERT INTO workorder_sequences (year, last) VALUES (2025, 1)`).run(),
  workorders: (db) =>
    db
      .prepare(
        `INSERT INTO workorders (id, number, subject, contact_id, company_id, priority, status, assignee_id, due_at,
           created_by, created_at, updated_at)
         VALUES (1, 'WO-2025-000001', 'Printer jams', 1, 1, 'high', 'assigned', 2, 5000, 1, 1000, 1000)`,
      )
      .run(),
  workorder_watchers: (db) =>
    db.prepare(`INSERT INTO workorder_watchers (workorder_id, user_id) VALUES (1, 1)`).run(),
  workorder_thread: (db) =>
    db
      .prepare(
        `INSERT INTO workorder_thread (id, workorder_id, kind, author_id, at, to_value)
         VALUES (1, 1, 'assignment', 1, 1000, '2')`,
      )
      .run(),
  // The dispatch settings' migration seeds their one row itself.
  workorder_dispatch: () => {},
  workorder_groups: (db) =>
    db
      .prepare(
        `INSERT INTO workorder_groups (id, name, rule, position) VALUES (1, 'Support', 'roundRobin', 1)`,
      )
      .run(),
  workorder_group_members: (db) =>
    db.prepare(`INSERT INTO workorder_group_members (group_id, user_id, position) VALUES (1, 2, 0)`).run(),
  workorder_group_categories: (db) =>
    db
      .prepare(
        `INSERT INTO workorder_group_categories (group_id, category, position) VALUES (1, 'Hardware', 0)`,
      )
      .run(),
  remote_settings: () => {},
  knowledge_categories: (db) =>
    db
      .prepare(
        `INSERT INTO knowledge_categories (id, name, created_at, updated_at) VALUES (1, 'Printers', 1, 1)`,
      )
      .run(),
  knowledge_articles: (db) =>
    db
      .prepare(
        `INSERT INTO knowledge_articles (id, title, body, category_id, created_by, updated_by, created_at, updated_at)
         VALUES (1, 'Paper jam', 'Open **tray 2**.', 1, 1, 1, 1, 1)`,
      )
      .run(),
  // The SLA settings' migration seeds their one row itself.
  workorder_sla: () => {},
  contact_remote_ids: (db) =>
    db
      .prepare(
        `INSERT INTO contact_remote_ids (contact_id, tool, remote_id, updated_at) VALUES (1, 'rustdesk', '123456789', 1)`,
      )
      .run(),
  support_requests: (db) =>
    db
      .prepare(
        `INSERT INTO support_requests (id, user_id, license_id, support_code, tool, requested_at)
         VALUES (1, 1, NULL, '123 456', 'rustdesk', 1)`,
      )
      .run(),
  remote_sessions: (db) =>
    db
      .prepare(
        `INSERT INTO remote_sessions (id, agent_id, contact_id, work_order_id, tool, remote_id, started_at)
         VALUES (1, 1, 1, 1, 'rustdesk', '123456789', 1)`,
      )
      .run(),
  workorder_views: (db) =>
    db
      .prepare(
        `INSERT INTO workorder_views (id, owner_id, name, name_key, queue, filter, sort, created_at, updated_at)
         VALUES (1, 1, 'Urgent', 'urgent', 'open', '{"priorities":["urgent"]}', 'due', 1, 1)`,
      )
      .run(),
  installation_jobs: (db) =>
    db
      .prepare(
        `INSERT INTO installation_jobs (id, title, contact_id, technician_id, start_at, end_at, time_zone, checklist,
           created_by, created_at, updated_at)
         VALUES (1, 'Boiler', 1, 1, 1000, 2000, 'UTC', '[{"text":"Test","done":false}]', 1, 1, 1)`,
      )
      .run(),
  workorder_attachments: (db) =>
    db
      .prepare(
        `INSERT INTO workorder_attachments (id, workorder_id, file_name, stored_as, size, added_by, added_at)
         VALUES (1, 1, 'tray 2.jpg', 'aGVsbG8td29ybGQtMTIzNDU2', 2048, 1, 1000)`,
      )
      .run(),
  products: (db) =>
    db
      .prepare(
        `INSERT INTO products (id, sku, name, name_key, unit, price_minor, currency, created_at, updated_at)
         VALUES (1, 'TNR-2', 'Toner 2', 'toner 2', 'pcs', 4500, 'CNY', 1000, 1000)`,
      )
      .run(),
  workorder_products: (db) =>
    db
      .prepare(
        `INSERT INTO workorder_products (id, workorder_id, product_id, quantity, created_by, created_at, updated_at)
         VALUES (1, 1, 1, 2, 1, 1000, 1000)`,
      )
      .run(),
  search_index_state: (db) => db.prepare('INSERT INTO search_index_state (id, seq) VALUES (1, 1)').run(),
  workorder_product_changes: (db) =>
    db
      .prepare(
        `INSERT INTO workorder_product_changes (id, workorder_id, product_id, action, quantity, author_id, at)
         VALUES (1, 1, 1, 'linked', 2, 1, 1000)`,
      )
      .run(),
  calls: (db) =>
    db
      .prepare(
        `INSERT INTO calls (id, agent_id, contact_id, direction, number, started_at, answered_at, ended_at,
           outcome, created_at, updated_at)
         VALUES (1, 2, 1, 'inbound', '+86 138 0013 8000', 1000, 3000, 63000, 'answered', 1000, 63000)`,
      )
      .run(),
  stock_movements: (db) =>
    db
      .prepare(
        `INSERT INTO stock_movements (id, product_id, quantity, reason, note, by_id, at, on_hand_after)
         VALUES (1, 1, 5, 'correction', 'opening stock', 1, 1000, 5)`,
      )
      .run(),
  product_stock: (db) => db.prepare('INSERT INTO product_stock (product_id, on_hand) VALUES (1, 5)').run(),
  suppliers: (db) =>
    db
      .prepare(
        `INSERT INTO suppliers (id, name, name_key, created_at, updated_at)
         VALUES (1, 'Paper Co', 'paper co', 1000, 1000)`,
      )
      .run(),
  purchase_orders: (db) =>
    db
      .prepare(
        `INSERT INTO purchase_orders (id, number, supplier_id, status, currency, ordered_at, created_by,
           created_at, updated_at)
         VALUES (1, 'PO-000001', 1, 'ordered', 'CNY', 2000, 1, 1000, 2000)`,
      )
      .run(),
  purchase_order_lines: (db) =>
    db
      .prepare(
        `INSERT INTO purchase_order_lines (id, order_id, product_id, quantity, unit_cost_minor, received_quantity)
         VALUES (1, 1, 1, 10, 3000, 4)`,
      )
      .run(),
  // The migration gives it its one row; this seed stands for a database that never had one.
  purchase_order_sequence: (db) =>
    db.prepare('INSERT INTO purchase_order_sequence (id, last) VALUES (1, 1)').run(),
  stocktakes: (db) =>
    db
      .prepare(
        `INSERT INTO stocktakes (id, number, note, status, created_by, created_at, closed_by, closed_at, updated_at,
           version)
         VALUES (1, 'ST-000001', 'Year end', 'posted', 1, 1000, 1, 3000, 3000, 3)`,
      )
      .run(),
  stocktake_lines: (db) =>
    db
      .prepare(
        `INSERT INTO stocktake_lines (id, stocktake_id, product_id, expected, counted, counted_by, counted_at,
           adjustment)
         VALUES (1, 1, 1, 5, 3, 2, 2000, -2)`,
      )
      .run(),
  // The migration gives it its one row; this seed stands for a database that never had one.
  sales_order_sequence: (db) => db.prepare('INSERT INTO sales_order_sequence (id, last) VALUES (1, 1)').run(),
  sales_orders: (db) =>
    db
      .prepare(
        `INSERT INTO sales_orders (id, number, contact_id, status, currency, confirmed_at, created_by, created_at,
           updated_at, version)
         VALUES (1, 'SO-000001', 1, 'confirmed', 'CNY', 2000, 1, 1000, 2000, 2)`,
      )
      .run(),
  sales_order_lines: (db) =>
    db
      .prepare(
        `INSERT INTO sales_order_lines (id, order_id, description, product_id, quantity, unit_price_minor)
         VALUES (1, 1, 'Toner', 1, 2, 4500), (2, 1, 'Installation', NULL, 1, 20000)`,
      )
      .run(),
  // The migration gives it its one row; this seed stands for a database that never had one.
  sales_return_sequence: (db) =>
    db.prepare('INSERT INTO sales_return_sequence (id, last) VALUES (1, 1)').run(),
  sales_returns: (db) =>
    db
      .prepare(
        `INSERT INTO sales_returns (id, number, order_id, reason, returned_by, returned_at)
         VALUES (1, 'RT-000001', 1, 'Damaged in transit', 1, 3000)`,
      )
      .run(),
  sales_return_lines: (db) =>
    db
      .prepare('INSERT INTO sales_return_lines (id, return_id, order_line_id, quantity) VALUES (1, 1, 1, 1)')
      .run(),
};

/** Tables a later migration replaces, by that migration's name; each has its own test below. */
const REPLACED_BY: Record<string, string> = { contact_phone_keys: 'phone_index' };
const versionOf = (name: string) => migrations.find((m) => m.name === name)!.version;
const replacedAt = (table: string, version: number) =>
  table in REPLACED_BY && versionOf(REPLACED_BY[table]!) <= version;

/** Seeds every table that exists and has no rows yet, parents before children. */
function seed(db: Db): void {
  const tables = new Set(plainTables(db));
  for (const [table, insert] of Object.entries(SEEDS)) {
    if (!tables.has(table)) continue;
    const { n } = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${table}"`).get()!;
    if (n === 0) insert(db);
  }
  if (allTables(db).includes('contacts_fts')) {
    db.prepare(`INSERT INTO contacts_fts (rowid, words) VALUES (1, ' 张  伟  huawei zw@example.com')`).run();
  }
}

/** Every row of every plain table, as a list of its columns' values. */
function snapshot(db: Db): Map<string, { columns: string[]; rows: unknown[][] }> {
  const result = new Map<string, { columns: string[]; rows: unknown[][] }>();
  for (const table of plainTables(db)) {
    const columns = columnsOf(db, table);
    const rows = db
      .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY 1, 2`)
      .raw()
      .all() as unknown[][];
    result.set(table, { columns, rows });
  }
  return result;
}

describe('from an empty database', () => {
  test('a new company database gets every table and the latest schema version', () => {
    const db = openDatabase(':memory:');
    openDbs.push(db);
    expect(userVersion(db)).toBe(LATEST);
    expect(allTables(db)).toEqual(
      expect.arrayContaining([
        'company',
        'users',
        'sessions',
        'companies',
        'contacts',
        'contact_tags',
        'search_index_state',
      ]),
    );
    const searchTables = db
      .prepare<[], { name: string }>(`SELECT name FROM search.sqlite_schema WHERE type = 'table'`)
      .all()
      .map((row) => row.name);
    expect(searchTables).toEqual(
      expect.arrayContaining(['contacts_fts', 'contact_phones_fts', 'contact_phones_vocab', 'index_state']),
    );
  });

  test('the new database is usable at once: the owner can set up the company', async () => {
    const { core } = startCore();
    const setup = outputOf('auth.setup', await core.dispatch({}, 'auth.setup', OWNER));
    expect(setup.company.name).toBe(OWNER.companyName);
  });

  test('every table has a seed for the upgrade tests below', () => {
    const db = openDatabase(':memory:');
    openDbs.push(db);
    expect(plainTables(db).filter((table) => !(table in SEEDS))).toEqual([]);
  });
});

describe('the migration list', () => {
  test('every .sql file is listed, numbered 1, 2, 3 … with its file name', () => {
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((file) => file.endsWith('.sql'))
      .sort();
    expect(migrations.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}.sql`)).toEqual(files);
    expect(migrations.map((m) => m.version)).toEqual(files.map((_file, i) => i + 1));
  });

  test('each listed migration carries the text of its file', () => {
    for (const m of migrations) {
      const file = `${String(m.version).padStart(4, '0')}_${m.name}.sql`;
      expect(m.sql, file).toBe(readFileSync(join(MIGRATIONS_DIR, file), 'utf8'));
    }
  });
});

describe.each(migrations.map((m, index) => ({ m, earlier: migrations.slice(0, index) })))(
  'migration $m.version ($m.name)',
  ({ m, earlier }) => {
    function databaseBefore(): Db {
      const db = rawDb();
      db.pragma('foreign_keys = ON');
      if (earlier.length > 0) migrate(db, earlier);
      seed(db);
      return db;
    }

    test(`upgrades a database at version ${m.version - 1} to ${m.version} and keeps its data`, () => {
      const db = databaseBefore();
      expect(userVersion(db)).toBe(m.version - 1);
      const before = snapshot(db);

      expect(migrate(db, [...earlier, m])).toBe(m.version);

      expect(userVersion(db)).toBe(m.version);
      const after = snapshot(db);
      for (const [table, { columns, rows }] of before) {
        if (replacedAt(table, m.version)) continue;
        expect(after.has(table), `table ${table} survives`).toBe(true);
        const kept = db
          .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY 1, 2`)
          .raw()
          .all();
        expect(kept, `rows of ${table}`).toEqual(rows);
      }
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });

    test(`a database at version ${m.version} goes on to the latest and stays searchable`, () => {
      const db = databaseBefore();
      migrate(db, [...earlier, m]);
      seed(db);
      const before = snapshot(db);

      expect(migrate(db, migrations)).toBe(LATEST);
      expect(userVersion(db)).toBe(LATEST);
      for (const [table, { rows }] of before) {
        if (!replacedAt(table, LATEST)) expect(snapshot(db).get(table)?.rows.length).toBe(rows.length);
      }
      if (allTables(db).includes('contacts_fts')) {
        const found = db.prepare(`SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH '"张 伟"'`).all();
        expect(found).toEqual([{ rowid: 1 }]);
      }
    });

    test(`running migrations again at version ${m.version} changes nothing`, () => {
      const db = databaseBefore();
      migrate(db, [...earlier, m]);
      seed(db);
      const before = snapshot(db);
      expect(migrate(db, [...earlier, m])).toBe(m.version);
      expect(snapshot(db)).toEqual(before);
    });
  },
);

describe('phone keys move into the full-text phone index', () => {
  test('every key of every contact is found by prefix afterwards, and the old table is gone', () => {
    const version = versionOf('phone_index');
    const db = rawDb();
    migrate(db, migrations.slice(0, version - 1));
    seed(db);
    db.prepare(
      `INSERT INTO contact_phone_keys (key, contact_id) VALUES ('s:00083100831', 1), ('p:2079460000', 2)`,
    ).run();

    migrate(db, migrations.slice(0, version));

    const found = (match: string) =>
      db
        .prepare<[string], { rowid: number }>(
          'SELECT rowid FROM contact_phones_fts WHERE contact_phones_fts MATCH ?',
        )
        .all(match)
        .map((row) => row.rowid);
    expect(found('"p1380"*')).toEqual([1]);
    expect(found('"s0008"*')).toEqual([1]);
    expect(found('"p2079460000"')).toEqual([2]);
    expect(found('"p999"*')).toEqual([]);
    expect(allTables(db)).not.toContain('contact_phone_keys');
  });
});

describe('the search index moves into a file of its own', () => {
  test('a company from before is searchable at once: the core rebuilds the index from its contacts', () => {
    const dir = tempDir();
    const before = rawDb(join(dir, DATABASE_FILE));
    migrate(before, aroundMigration('search_index_file').before);
    seed(before);
    before
      .prepare(`INSERT INTO contact_phones_fts (rowid, keys) VALUES (1, 'p13800138000 s00083100831')`)
      .run();
    before.close();

    const { core } = startCore({ file: undefined, dataDir: dir });
    const search = (query: string) =>
      core.context.contacts.search(query, 20, ALL_CUSTOMERS).map((contact) => contact.id);

    expect(search('张伟')).toEqual([1]);
    expect(search('josé')).toEqual([2]);
    expect(search('138 0013')).toEqual([1]);
    expect(allTables(core.context.db)).not.toContain('contacts_fts');
  });
});

describe('a database from a newer version of the app', () => {
  function expectTooNew(open: () => unknown, databaseVersion: number): void {
    let caught: unknown;
    try {
      open();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CrmError);
    const error = caught as CrmError;
    expect(error.code).toBe('DATABASE_TOO_NEW');
    expect(error.message).toMatch(/newer version/);
    expect(error.details).toEqual({ databaseVersion, appVersion: LATEST });
  }

  /**
   * Every file of the data folder with a digest of its bytes: comparing megabytes of database
   * byte by byte through toEqual takes longer than the test's time limit.
   */
  const folderBytes = (dir: string) =>
    new Map(
      readdirSync(dir)
        .sort()
        .map((file) => [
          file,
          createHash('sha256')
            .update(readFileSync(join(dir, file)))
            .digest('hex'),
        ]),
    );

  test('a company database written by a newer app is refused and left byte for byte untouched', async () => {
    const dir = tempDir();
    const { core } = startCore({ file: undefined, dataDir: dir });
    outputOf('auth.setup', await core.dispatch({}, 'auth.setup', OWNER));
    closeCores();
    const file = join(dir, DATABASE_FILE);
    const newer = rawDb(file);
    newer.pragma(`user_version = ${LATEST + 1}`);
    newer.close();
    const before = folderBytes(dir);

    expectTooNew(() => createCore({ dataDir: dir }), LATEST + 1);

    expect(folderBytes(dir)).toEqual(before);
    const after = rawDb(file);
    expect(userVersion(after)).toBe(LATEST + 1);
    expect(after.prepare('SELECT name FROM company').get()).toEqual({ name: OWNER.companyName });
  });

  test('a newer database in rollback-journal mode is not switched to WAL or otherwise written', () => {
    const dir = tempDir();
    const file = join(dir, DATABASE_FILE);
    const newer = rawDb(file);
    newer.exec(`CREATE TABLE from_the_future (id INTEGER PRIMARY KEY, note TEXT);
      INSERT INTO from_the_future (note) VALUES ('keep me');`);
    newer.pragma('user_version = 999');
    newer.close();
    const before = readFileSync(file);

    expectTooNew(() => openDatabase(file), 999);

    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const after = rawDb(file);
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(userVersion(after)).toBe(999);
  });

  test('migrate() alone refuses it before running anything', () => {
    const db = rawDb();
    db.pragma(`user_version = ${LATEST + 5}`);
    expectTooNew(() => migrate(db, migrations), LATEST + 5);
    expect(allTables(db)).toEqual([]);
    expect(userVersion(db)).toBe(LATEST + 5);
  });
});

describe('a migration that fails', () => {
  const good: Migration = {
    version: 1,
    name: 'good',
    sql: `CREATE TABLE first (id INTEGER PRIMARY KEY, note TEXT); INSERT INTO first (note) VALUES ('one');`,
  };
  const alsoGood: Migration = {
    version: 2,
    name: 'also_good',
    sql: `CREATE TABLE second (id INTEGER PRIMARY KEY); ALTER TABLE first ADD COLUMN extra TEXT;`,
  };
  const bad: Migration = {
    version: 3,
    name: 'bad',
    sql: `CREATE TABLE broken (id INTEGER PRIMARY KEY,, oops);`,
  };

  test('rolls back the whole batch: nothing of the earlier migrations in it remains', () => {
    const db = rawDb();
    expect(() => migrate(db, [good, { ...bad, version: 2 }])).toThrow();
    expect(allTables(db)).toEqual([]);
    expect(userVersion(db)).toBe(0);
  });

  test('leaves a database at its previous version with its data as it was', () => {
    const db = rawDb();
    migrate(db, [good]);
    db.prepare(`INSERT INTO first (note) VALUES ('two')`).run();

    expect(() => migrate(db, [good, alsoGood, bad])).toThrow();

    expect(userVersion(db)).toBe(1);
    expect(allTables(db)).toEqual(['first']);
    expect(columnsOf(db, 'first')).toEqual(['id', 'note']);
    expect(db.prepare('SELECT note FROM first ORDER BY id').raw().all()).toEqual([['one'], ['two']]);
  });

  test('a company database on disk is not damaged by a failed upgrade and opens again', () => {
    const dir = tempDir();
    const file = join(dir, DATABASE_FILE);
    const db = openDatabase(file);
    db.prepare(`INSERT INTO company (id, name, created_at) VALUES (1, 'Acme', 1)`).run();
    const failing: Migration = { version: LATEST + 1, name: 'broken', sql: 'CREATE TABLE company (x);' };
    expect(() => migrate(db, [...migrations, failing])).toThrow();
    closeDatabase(db);

    const reopened = openDatabase(file);
    openDbs.push(reopened);
    expect(userVersion(reopened)).toBe(LATEST);
    expect(reopened.prepare('SELECT name FROM company').get()).toEqual({ name: 'Acme' });
  });
});
