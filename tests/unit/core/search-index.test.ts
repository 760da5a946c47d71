import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ContactInput } from '../../../shared/contacts/contract';
import { DATABASE_FILE } from '../../../electron/core/core';
import { searchIndexFile } from '../../../electron/core/modules/contacts/search-index/attach';
import { contactField, key } from '../custom-fields/helpers';
import { useSearchIndexWorker } from '../transfer/process-helpers';
import { closeCores, names, OWNER, outputOf, setupCore, startCore, type TestCore } from './helpers';

const WORKER = useSearchIndexWorker('search-index');
const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  closeCores();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function companyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-search-index-'));
  dirs.push(dir);
  return dir;
}

/** A set-up company in `dir`, with the index writer thread (started) unless `writer` is false. */
async function companyIn(dir: string, writer = true): Promise<TestCore> {
  const t = await setupCore({
    file: undefined,
    dataDir: dir,
    ...(writer ? { searchIndexWorker: WORKER } : {}),
  });
  expect(await t.core.context.contacts.indexWriterStarted()).toBe(writer);
  return t;
}

/** Contacts numbered from `from`, each with a name, a company, an e-mail and a phone of its own. */
const numbered = (count: number, from = 0): ContactInput[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `Person${from + i} 张${from + i}`,
    companyName: `Firm${(from + i) % 7}`,
    emails: [`p${from + i}@example.com`],
    phones: [
      `+86 139 ${String(10_000_000 + from + i).slice(0, 4)} ${String(10_000_000 + from + i).slice(4)}`,
    ],
  }));

/** The company in `dir` opened again, with the owner signed in: what search finds there. */
async function reopenedSearch(dir: string) {
  const { core } = startCore({ file: undefined, dataDir: dir, searchIndexWorker: WORKER });
  const { token } = outputOf(
    'auth.login',
    await core.dispatch({}, 'auth.login', { username: OWNER.username, password: OWNER.password }),
  );
  return {
    core,
    search: async (query: string) =>
      names(outputOf('contacts.search', await core.dispatch({ token }, 'contacts.search', { query })).items),
  };
}

const search = async (t: TestCore, query: string) =>
  names((await t.call('contacts.search', { query })).items);

/** How far the index file is behind company.db's changes: 0 when it is up to date. */
const lag = (t: TestCore) => {
  const { main, index } = t.core.context.db
    .prepare<[], { main: number; index: number }>(
      'SELECT (SELECT seq FROM main.search_index_state) AS main, (SELECT seq FROM search.index_state) AS "index"',
    )
    .get()!;
  return main - index;
};

describe('the search index lives in a file of its own beside the company database', () => {
  test('a new company gets the file, and what is created there is found at once', async () => {
    const dir = companyDir();
    const t = await companyIn(dir, false);
    await t.call('contacts.create', { name: '王小明', phones: ['138-0013-8000'] });
    expect(existsSync(searchIndexFile(join(dir, DATABASE_FILE)))).toBe(true);
    expect(await search(t, '王小明')).toEqual(['王小明']);
    expect(await search(t, '(138) 0013')).toEqual(['王小明']);
    expect(lag(t)).toBe(0);
  });
});

describe('large batches: the writer thread writes their search entries', () => {
  test('every contact of a batch is found by name, company, e-mail and phone when insertMany returns', async () => {
    const t = await companyIn(companyDir());
    const ids = t.core.context.contacts.insertMany(numbered(4500), t.owner.user.id, t.clock.now());

    expect(ids).toHaveLength(4500);
    expect(await search(t, 'person4321')).toEqual(['Person4321 张4321']);
    expect((await search(t, 'p17@example.com'))[0]).toBe('Person17 张17');
    expect(await search(t, '139 1000 4499')).toEqual(['Person4499 张4499']);
    expect((await t.call('contacts.search', { query: 'firm3', limit: 100 })).items).toHaveLength(100);
    expect(lag(t)).toBe(0);
  });

  test('the writer indexes custom-field words too, and phone keys only of contacts with phones', async () => {
    const t = await companyIn(companyDir());
    const note = key(await contactField(t, 'Note'));
    const batch = numbered(1500).map((contact, i) =>
      i % 2 === 0 ? { ...contact, custom: { [note]: `Booth${i} at the fair` } } : { ...contact, phones: [] },
    );
    t.core.context.contacts.insertMany(batch, t.owner.user.id, t.clock.now());

    expect(await search(t, 'booth1498')).toEqual(['Person1498 张1498']);
    expect(await search(t, '139 1000 1498')).toEqual(['Person1498 张1498']);
    expect(await search(t, '139 1000 1499')).toEqual([]);
    expect(await search(t, 'person1499')).toEqual(['Person1499 张1499']);
  });

  test('without a writer that starts, batches are indexed here at once, never waited for', async () => {
    const t = await setupCore({
      file: undefined,
      dataDir: companyDir(),
      searchIndexWorker: join(companyDir(), 'no-such-worker.mjs'),
    });
    t.core.context.contacts.insertMany(numbered(1500), null, t.clock.now());
    expect(await search(t, 'person1499')).toEqual(['Person1499 张1499']);
    expect(await t.core.context.contacts.indexWriterStarted()).toBe(false);
    t.core.context.contacts.insertMany(numbered(1500, 5000), null, t.clock.now());
    expect(await search(t, 'person6499')).toEqual(['Person6499 张6499']);
  });

  test('the batch\u2019s commit leaves company.db\u2019s log to the writer, which copies it once batches stop', async () => {
    const dir = companyDir();
    const t = await companyIn(dir);
    const db = t.core.context.db;
    // Any commit on this connection would now copy the log into the file itself.
    db.pragma('wal_autocheckpoint = 1');
    const fileSize = () => statSync(join(dir, DATABASE_FILE)).size;
    const written = () =>
      (db.pragma('page_count', { simple: true }) as number) *
      (db.pragma('page_size', { simple: true }) as number);

    t.core.context.contacts.insertMany(numbered(3000), t.owner.user.id, t.clock.now());
    expect(fileSize()).toBeLessThan(written());
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1);

    await expect.poll(fileSize, { timeout: 5000 }).toBe(written());
  });

  test('a batch that fails half-way leaves neither contacts nor search entries behind', async () => {
    const t = await companyIn(companyDir());
    const db = t.core.context.db;
    const count = () => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM contacts').get()!.n;
    const before = count();
    // The last contact's owner does not exist: its row fails after the writer has the others.
    const inputs = [...numbered(2999), { name: 'Orphan', ownerId: 987_654 }];

    expect(() => t.core.context.contacts.insertMany(inputs, null, t.clock.now())).toThrow(/FOREIGN KEY/);
    expect(count()).toBe(before);
    expect(await search(t, 'person2998')).toEqual([]);

    t.core.context.contacts.insertMany(numbered(2000, 500), null, t.clock.now());
    expect(await search(t, 'person2499')).toEqual(['Person2499 张2499']);
    expect(lag(t)).toBe(0);
  });

  test(
    'a batch the writer cannot index is not saved at all, and the next one is indexed here',
    { timeout: 20_000 },
    async () => {
      const dir = companyDir();
      const t = await companyIn(dir);
      const db = t.core.context.db;
      const before = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM contacts').get()!.n;
      // Another connection holds the index file's write lock past the writer's busy timeout.
      const blocker = new Database(searchIndexFile(join(dir, DATABASE_FILE)));
      blocker.exec('BEGIN IMMEDIATE');

      expect(() => t.core.context.contacts.insertMany(numbered(3000), null, t.clock.now())).toThrow(
        /search index writer failed/,
      );
      expect(db.prepare<[], { n: number }>('SELECT count(*) AS n FROM contacts').get()!.n).toBe(before);

      blocker.exec('ROLLBACK');
      blocker.close();
      t.core.context.contacts.insertMany(numbered(3000, 10_000), null, t.clock.now());
      expect(await search(t, 'person12999')).toEqual(['Person12999 张12999']);
      expect(lag(t)).toBe(0);
    },
  );
});

describe('an index that is not at the contacts\u2019 latest change is rebuilt on start', () => {
  async function companyWithContacts(dir: string): Promise<void> {
    const t = await companyIn(dir);
    t.core.context.contacts.insertMany(numbered(1200), t.owner.user.id, t.clock.now());
    const note = key(await contactField(t, 'Note'));
    await t.call('contacts.create', {
      name: 'Zhou Yu',
      phones: ['13700137000'],
      custom: { [note]: 'Canton Fair' },
    });
    closeCores();
  }

  test('after a crash between the two files\u2019 commits', async () => {
    const dir = companyDir();
    await companyWithContacts(dir);
    // What a crash after company.db's commit leaves: the index one change behind, without the entry.
    const index = new Database(searchIndexFile(join(dir, DATABASE_FILE)));
    const { rowid } = index
      .prepare<[], { rowid: number }>(`SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH '"zhou"'`)
      .get()!;
    index.prepare('DELETE FROM contacts_fts WHERE rowid = ?').run(rowid);
    index.prepare('UPDATE index_state SET seq = seq - 1').run();
    index.close();

    const { search: find } = await reopenedSearch(dir);
    expect(await find('zhou')).toEqual(['Zhou Yu']);
    expect(await find('137 0013')).toEqual(['Zhou Yu']);
    expect(await find('person1199')).toEqual(['Person1199 张1199']);
  });

  test('when the index file is missing', async () => {
    const dir = companyDir();
    await companyWithContacts(dir);
    const file = searchIndexFile(join(dir, DATABASE_FILE));
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });

    const { search: find } = await reopenedSearch(dir);
    expect(await find('zhou')).toEqual(['Zhou Yu']);
    expect(await find('canton')).toEqual(['Zhou Yu']);
    expect(await find('137 0013')).toEqual(['Zhou Yu']);
    expect((await find('p1000@example.com'))[0]).toBe('Person1000 张1000');
  });

  test('when the index file was written for another layout of the index', async () => {
    const dir = companyDir();
    await companyWithContacts(dir);
    const index = new Database(searchIndexFile(join(dir, DATABASE_FILE)));
    index.exec(`INSERT INTO contacts_fts (contacts_fts) VALUES ('delete-all')`);
    index.pragma('user_version = 999');
    index.close();

    const { search: find } = await reopenedSearch(dir);
    expect(await find('zhou')).toEqual(['Zhou Yu']);
  });

  test('an index of an older layout with the same tables takes the new settings in place, not a rebuild', async () => {
    const dir = companyDir();
    await companyWithContacts(dir);
    const file = searchIndexFile(join(dir, DATABASE_FILE));
    const TABLES = ['contacts_fts', 'contact_phones_fts'];
    const settings = (index: Database.Database) =>
      TABLES.map((table) =>
        Object.fromEntries(
          index
            .prepare<[], { k: string; v: number }>(
              `SELECT k, v FROM ${table}_config WHERE k IN ('hashsize', 'automerge', 'crisismerge') ORDER BY k`,
            )
            .all()
            .map(({ k, v }) => [k, v]),
        ),
      );
    const index = new Database(file);
    const current = settings(index);
    // Layout 2's merge settings, and a hashsize no layout had.
    for (const table of TABLES) {
      index.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('hashsize', 123456);
        INSERT INTO ${table} (${table}, rank) VALUES ('automerge', 16);
        INSERT INTO ${table} (${table}, rank) VALUES ('crisismerge', 16);`);
    }
    const layout = index.pragma('user_version', { simple: true }) as number;
    index.pragma('user_version = 2');
    index.close();
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);

    const { search: find } = await reopenedSearch(dir);
    expect(info).not.toHaveBeenCalled();
    expect(await find('zhou')).toEqual(['Zhou Yu']);
    closeCores();
    const reopened = new Database(file);
    expect(current).toEqual(TABLES.map(() => ({ automerge: 0, crisismerge: 64, hashsize: 4194304 })));
    expect([settings(reopened), reopened.pragma('user_version', { simple: true })]).toEqual([
      current,
      layout,
    ]);
    reopened.close();
  });

  test('a trashed contact stays out of the rebuilt index', async () => {
    const dir = companyDir();
    const first = await companyIn(dir);
    const { id } = await first.call('contacts.create', { name: 'Gone Person' });
    await first.call('contacts.delete', { id });
    closeCores();
    rmSync(searchIndexFile(join(dir, DATABASE_FILE)), { force: true });

    const { search: find } = await reopenedSearch(dir);
    expect(await find('gone')).toEqual([]);
    expect(await find('zhou')).toEqual([]);
  });
});
