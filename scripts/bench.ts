// npm run bench -- [--contacts N] [--json]
// Builds a company of N contacts in a temporary folder and measures search, list pages and
// inserts through the same dispatch the app uses, each beside a baseline from the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ContactInput } from '../shared/contacts/contract';
import { createCore } from '../electron/core/core';
import { benchCompany } from './lib/bench-company';
import { STANDARD_TARGETS, standardFigures } from './lib/bench-standard';
import { WORKORDER_TARGETS, workOrderFigures } from './lib/bench-workorders';
import { fakeContact, seededRandom } from './lib/fake-contacts';
import { percentile, round, timeEach } from './lib/measure';
import { progressBar } from './lib/progress';
import { SCRIPT_WORKERS } from './lib/workers';

const { values } = parseArgs({
  options: { contacts: { type: 'string', default: '1000000' }, json: { type: 'boolean', default: false } },
});
const total = Number(values.contacts);
if (!Number.isInteger(total) || total < 1000) {
  console.error('--contacts must be a whole number of at least 1000');
  process.exit(2);
}

const TARGETS = { searchP95: 10, listP95: 5, insertPerS: 50_000 };
const BATCH = 50_000;

/** The fixed mixed query set: what office staff type into the search box. */
const QUERIES = [
  // common prefixes
  'wa',
  'li',
  'zh',
  'ja',
  'ma',
  'mi',
  // rare words
  'Østergaard',
  'Papadopoulos',
  'Tyrell',
  'Kowalski',
  'Proseware',
  // phone fragments, typed in several formats
  '138',
  '13800',
  '+86 139',
  '(138) 0013',
  '020 7946',
  '8000',
  '139-0',
  '0755',
  // Chinese names and companies
  '王',
  '张伟',
  '李娜',
  '陈',
  '华为',
  '美的集团',
  // two-word queries
  'zhang wei',
  'maría garcía',
  'john smith',
  'acme ltd',
  // misses
  'qqqxyz',
  'zzzz yyyy',
  '99999999',
];

const dataDir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
// Measured as the production app runs: answers are not re-parsed against the contract.
const core = createCore({ dataDir, checkOutputs: false, ...SCRIPT_WORKERS });
let figures: Record<string, number> = {};
let searchTimes: number[] = [];
try {
  const { call, userId } = await benchCompany(core);
  const writerThread = await core.context.contacts.indexWriterStarted();

  // Inserts: every index (FTS, phones, tags) maintained, batches of 50,000 in a transaction, through
  // the insertMany that demo data and imports use. CPU time beside wall time: on a busy machine
  // the wall time also counts other processes' turns.
  const random = seededRandom(20261126);
  const progress = progressBar('Generating contacts', total);
  let insertMs = 0;
  let insertCpuUs = 0;
  const sample: ContactInput[] = [];
  for (let done = 0; done < total; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, total - done) }, () => fakeContact(random));
    if (sample.length < BATCH) sample.push(...batch);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    core.context.contacts.insertMany(batch, userId, Date.now());
    const cpu = process.cpuUsage(cpuStart);
    insertMs += performance.now() - start;
    insertCpuUs += cpu.user + cpu.system;
    progress.update(done + batch.length);
  }
  progress.done();
  const insertPerS = total / (insertMs / 1000);

  // Baseline insert: the same rows into a table with no index at all.
  core.context.db.exec(
    'CREATE TEMP TABLE plain_contacts (name TEXT, company TEXT, phones TEXT, emails TEXT)',
  );
  const plainInsert = core.context.db.prepare('INSERT INTO plain_contacts VALUES (?, ?, ?, ?)');
  const plainStart = performance.now();
  core.context.db.transaction(() => {
    for (const c of sample) {
      plainInsert.run(c.name, c.companyName ?? null, JSON.stringify(c.phones), JSON.stringify(c.emails));
    }
  })();
  const plainPerS = sample.length / ((performance.now() - plainStart) / 1000);
  core.context.db.exec('ANALYZE');

  // Search through dispatch: 3 warm-up rounds, then 20 measured rounds of the whole query set.
  for (let i = 0; i < 3; i++) await timeEach(QUERIES, (query) => call('contacts.search', { query }));
  const rounds = Array.from({ length: 20 }, () => QUERIES).flat();
  searchTimes = await timeEach(rounds, (query) => call('contacts.search', { query }));

  // Baseline search: the same queries as LIKE '%q%' over the same table, one round.
  const like = core.context.db.prepare(
    `SELECT id FROM contacts WHERE deleted_at IS NULL
       AND (name LIKE @q OR emails LIKE @q OR phones LIKE @q
            OR company_id IN (SELECT id FROM companies WHERE name LIKE @q)) LIMIT 20`,
  );
  const likeTimes = await timeEach(QUERIES, (query) => like.all({ q: `%${query}%` }));

  // List pages through dispatch: walk 200 pages of 50 in each sort order.
  const listTimes: number[] = [];
  for (const sort of ['name', 'updated'] as const) {
    let cursor: string | null = null;
    const pages = Array.from({ length: 200 }, (_, i) => i);
    listTimes.push(
      ...(await timeEach(pages, async () => {
        const page = (await call('contacts.list', { sort, cursor, limit: 50 })) as {
          nextCursor: string | null;
        };
        cursor = page.nextCursor;
      })),
    );
  }
  // Baseline list: the same page size read with OFFSET at offsets spread across the table.
  const offsetPage = core.context.db.prepare(
    'SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY sort_name, id LIMIT 50 OFFSET ?',
  );
  const offsets = Array.from({ length: 40 }, (_, i) => Math.floor((i / 40) * (total - 50)));
  const offsetTimes = await timeEach(offsets, (offset) => offsetPage.all(offset));

  figures = {
    contacts: total,
    cpus: cpus().length,
    'contacts.search.p50_ms': round(percentile(searchTimes, 50)),
    'contacts.search.p95_ms': round(percentile(searchTimes, 95)),
    'baseline.like_scan.p50_ms': round(percentile(likeTimes, 50)),
    'baseline.like_scan.p95_ms': round(percentile(likeTimes, 95)),
    search_speedup: round(percentile(likeTimes, 95) / percentile(searchTimes, 95), 1),
    'contacts.list_page.p50_ms': round(percentile(listTimes, 50)),
    'contacts.list_page.p95_ms': round(percentile(listTimes, 95)),
    'baseline.offset_page.p95_ms': round(percentile(offsetTimes, 95)),
    list_speedup: round(percentile(offsetTimes, 95) / percentile(listTimes, 95), 1),
    'contacts.insert.rows_per_s': Math.round(insertPerS),
    'contacts.insert.cpu_us_per_row': round(insertCpuUs / total, 1),
    'contacts.insert.writer_thread': writerThread ? 1 : 0,
    'baseline.plain_insert.rows_per_s': Math.round(plainPerS),
    insert_index_cost: round(plainPerS / insertPerS, 1),
  };
} finally {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
}

// The Standard edition's figures, in a company of their own once the big one is gone.
Object.assign(figures, await standardFigures());
// The After-sales edition's figures, in a company of their own as well.
Object.assign(figures, await workOrderFigures());
const figure = (key: string): number => figures[key] ?? Number.NaN;

if (values.json) {
  console.log(JSON.stringify(figures));
} else {
  const rows = [
    ['contacts.search p50', `${figure('contacts.search.p50_ms')} ms`, '', ''],
    [
      'contacts.search p95',
      `${figure('contacts.search.p95_ms')} ms`,
      `≤ ${TARGETS.searchP95} ms`,
      `LIKE scan p95 ${figure('baseline.like_scan.p95_ms')} ms (baseline ÷ ours = ${figure('search_speedup')})`,
    ],
    [
      'contacts.list page p95',
      `${figure('contacts.list_page.p95_ms')} ms`,
      `≤ ${TARGETS.listP95} ms`,
      `OFFSET page p95 ${figure('baseline.offset_page.p95_ms')} ms (baseline ÷ ours = ${figure('list_speedup')})`,
    ],
    [
      'contacts.insert',
      `${figure('contacts.insert.rows_per_s').toLocaleString('en')} rows/s (${figure('contacts.insert.cpu_us_per_row')} µs CPU per row)`,
      `≥ ${TARGETS.insertPerS.toLocaleString('en')}`,
      `no-index insert ${figure('baseline.plain_insert.rows_per_s').toLocaleString('en')} rows/s (baseline ÷ ours = ${figure('insert_index_cost')})`,
    ],
    [
      `import (${figure('import.rows').toLocaleString('en')}-row CSV, duplicates on; into 100k: ${figure('import.into_100k.rows_per_s').toLocaleString('en')} rows/s)`,
      `${figure('import.rows_per_s').toLocaleString('en')} rows/s`,
      `≥ ${STANDARD_TARGETS.importRowsPerS.toLocaleString('en')}`,
      `reading the file only ${figure('baseline.csv_read_only.rows_per_s').toLocaleString('en')} rows/s (baseline ÷ ours = ${figure('import_read_ratio')})`,
    ],
    [
      `duplicates.scan (${figure('duplicates.contacts').toLocaleString('en')} contacts)`,
      `${figure('duplicates.scan_ms')} ms`,
      `≤ ${STANDARD_TARGETS.duplicatesScanMs} ms`,
      `in-memory grouping ${figure('baseline.duplicates_in_memory.ms')} ms (baseline ÷ ours = ${figure('duplicates_speedup')})`,
    ],
    [
      `timeline page p95 (${figure('timeline.entries').toLocaleString('en')} entries)`,
      `${figure('timeline.p95_ms')} ms`,
      `≤ ${STANDARD_TARGETS.timelineP95Ms} ms`,
      `sort-everything p95 ${figure('baseline.timeline_sort_all.p95_ms')} ms (baseline ÷ ours = ${figure('timeline_speedup')})`,
    ],
    [
      `workorders.queue page p95 (${figure('workorders.count').toLocaleString('en')} work orders)`,
      `${figure('workorders.queue_page.p95_ms')} ms`,
      `≤ ${WORKORDER_TARGETS.queuePageP95Ms} ms`,
      `OFFSET page p95 ${figure('baseline.workorders_offset_page.p95_ms')} ms (baseline ÷ ours = ${figure('workorders_queue_speedup')})`,
    ],
    [
      'workorders.search p95',
      `${figure('workorders.search.p95_ms')} ms`,
      '',
      `LIKE scan p95 ${figure('baseline.workorders_like_scan.p95_ms')} ms (baseline ÷ ours = ${figure('workorders_search_speedup')})`,
    ],
    [
      'workorders.create + round-robin assign',
      `${figure('workorders.create_assign.per_s').toLocaleString('en')} /s`,
      '',
      `plain insert ${figure('baseline.workorders_plain_insert.per_s').toLocaleString('en')} /s (baseline ÷ ours = ${figure('workorders_create_cost')})`,
    ],
    [
      'workorders.report p95 (12 weeks)',
      `${figure('workorders.report_ms')} ms`,
      '',
      `one pass over the table p95 ${figure('baseline.workorders_report_scan_ms')} ms (baseline ÷ ours = ${figure('workorders_report_speedup')})`,
    ],
  ];
  console.log(`\n${total.toLocaleString('en')} contacts, ${figure('cpus')} cores\n`);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows)
    console.log(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('   '));
  const met =
    figure('contacts.search.p95_ms') <= TARGETS.searchP95 &&
    figure('contacts.list_page.p95_ms') <= TARGETS.listP95 &&
    figure('contacts.insert.rows_per_s') >= TARGETS.insertPerS &&
    figure('import.rows_per_s') >= STANDARD_TARGETS.importRowsPerS &&
    figure('duplicates.scan_ms') <= STANDARD_TARGETS.duplicatesScanMs &&
    figure('timeline.p95_ms') <= STANDARD_TARGETS.timelineP95Ms &&
    figure('workorders.queue_page.p95_ms') <= WORKORDER_TARGETS.queuePageP95Ms;
  const slowest = QUERIES.map((query, i) => ({
    query,
    p95: percentile(
      searchTimes.filter((_, j) => j % QUERIES.length === i),
      95,
    ),
  }))
    .sort((a, b) => b.p95 - a.p95)
    .slice(0, 3);
  console.log(`Slowest searches (p95): ${slowest.map((s) => `"${s.query}" ${round(s.p95)} ms`).join(', ')}`);
  console.log(`\nTargets ${met ? 'met' : 'NOT met'}.`);
}
