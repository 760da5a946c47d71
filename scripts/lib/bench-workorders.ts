// The After-sales figures (issue 5): queue pages and text search over 200,000 work orders, and
// creating with round-robin dispatch, each through dispatch beside a baseline from the same run.
import type { Core } from '../../electron/core/core';
import type { SeedWorkOrder } from '../../electron/core/modules/workorders/repository';
import { WORK_ORDER_PRIORITIES, type WorkOrderQueue } from '../../shared/workorders/contract';
import { inCompany, type BenchCall } from './bench-company';
import { seededRandom } from './fake-contacts';
import { percentile, round, timeEach } from './measure';
import { progressBar } from './progress';

export const WORKORDER_TARGETS = { queuePageP95Ms: 10 };
const WORK_ORDERS = 200_000;
const AGENTS = 20;
const PAGE = 50;
const DAY = 86_400_000;
const CREATE_CALLS = 2000;

const THINGS = ['Printer', 'Router', 'Laptop', 'Scanner', 'Server', 'Phone line', 'Invoice', 'VPN', 'Email'];
const TROUBLES = [
  'does not start',
  'is slow',
  'jams',
  'shows error 52',
  'keeps rebooting',
  'lost its settings',
];
const CHINESE = ['打印机卡纸', '路由器断网', '发票抬头错误', '笔记本无法开机', '邮件收不到'];
const CATEGORIES = ['Hardware', 'Network', 'Billing', 'Software', 'Install', 'Training'];
const OPEN_SHARE = 0.1;
const DONE = ['resolved', 'closed'] as const;
const BATCH = 50_000;

/** The fixed query set: product words, prefixes as typed, numbers, Chinese, misses. */
const QUERIES = [
  'printer',
  'pri',
  'router slow',
  'error 52',
  'vpn',
  'rebooting',
  '打印机',
  '发票',
  'WO-2025-001234',
  '001234',
  'qqqxyz',
  'laptop start',
];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/**
 * Work orders over two years through the repository's bulk insert (the create path without a
 * transaction each), in batches: numbers, words, first assignments and every index as the app
 * keeps them. About one in ten is still open, many of those overdue.
 */
function seed(core: Core, ownerId: number, agentIds: number[], total: number): void {
  const random = seededRandom(20261129);
  const start = Date.now() - 2 * 365 * DAY;
  const step = Math.floor((2 * 365 * DAY) / total);
  const progress = progressBar('Generating work orders', total);
  for (let done = 0; done < total; done += BATCH) {
    const batch: SeedWorkOrder[] = [];
    for (let i = done; i < Math.min(done + BATCH, total); i++) {
      const open = random() < OPEN_SHARE;
      const chinese = random() < 0.15;
      const thing = pick(random, THINGS);
      const trouble = pick(random, TROUBLES);
      const assigneeId =
        open && random() < 0.15 ? null : random() < 1 / (AGENTS + 1) ? ownerId : pick(random, agentIds);
      batch.push({
        fields: {
          subject: chinese ? pick(random, CHINESE) : `${thing} ${trouble}`,
          description: chinese
            ? '客户说明天上午在办公室'
            : `Customer reports the ${thing.toLowerCase()} ${trouble}.`,
          contactId: null,
          companyId: null,
          priority: pick(random, WORK_ORDER_PRIORITIES),
          category: pick(random, CATEGORIES),
          // Due from a month ago to a month ahead.
          dueAt: random() < 0.7 ? Date.now() + Math.floor((random() - 0.5) * 60 * DAY) : null,
          channel: 'phone',
        },
        assigneeId,
        status:
          assigneeId === null
            ? 'new'
            : pick(random, open ? (['assigned', 'inProgress', 'waitingOnCustomer'] as const) : DONE),
        createdBy: ownerId,
        at: start + i * step,
      });
    }
    core.context.workOrders.insertMany(batch);
    progress.update(done + batch.length);
  }
  progress.done();
  core.context.db.exec('ANALYZE');
}

/**
 * Walks a queue page by page (at most `pages`); returns each page's wall time and CPU time (on a
 * busy machine the wall time also counts other processes' turns).
 */
async function walkQueue(call: BenchCall, queue: WorkOrderQueue, pages: number) {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let cursor: string | null = null;
  do {
    const began = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const page = (await call('workorders.list', { queue, cursor, limit: PAGE })) as {
      nextCursor: string | null;
    };
    const used = process.cpuUsage(cpu);
    times.push(Number(process.hrtime.bigint() - began) / 1e6);
    cpuTimes.push((used.user + used.system) / 1000);
    cursor = page.nextCursor;
  } while (cursor && times.length < pages);
  return { times, cpuTimes };
}

async function queueFigures(core: Core, call: BenchCall, ownerId: number) {
  const walks = { mine: 100, open: 400, overdue: 200 } as const;
  for (const queue of Object.keys(walks) as (keyof typeof walks)[]) await walkQueue(call, queue, 5);
  const times: Record<string, number[]> = {};
  const cpuTimes: number[] = [];
  for (const [queue, pages] of Object.entries(walks)) {
    const walked = await walkQueue(call, queue as WorkOrderQueue, pages);
    times[queue] = walked.times;
    cpuTimes.push(...walked.cpuTimes);
  }
  const counts = (await call('workorders.counts', {})) as Record<WorkOrderQueue, number>;
  const countTimes = await timeEach(
    Array.from({ length: 30 }, (_, i) => i),
    () => call('workorders.counts', {}),
  );
  // Baseline: the same pages read by OFFSET, at the positions the walks reached.
  const OPEN = `w.status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer')`;
  const offsetPage = (where: string) =>
    core.context.db.prepare(
      `SELECT w.*, a.display_name AS assignee_name FROM workorders w LEFT JOIN users a ON a.id = w.assignee_id
       WHERE ${where} ORDER BY w.updated_at DESC, w.id DESC LIMIT ${PAGE} OFFSET ?`,
    );
  const baselines = {
    mine: offsetPage(`${OPEN} AND w.assignee_id = ${ownerId}`),
    open: offsetPage(OPEN),
    overdue: offsetPage(`${OPEN} AND coalesce(w.due_at, 9007199254740991) < ${Date.now()}`),
  };
  const baselineTimes: number[] = [];
  for (const [queue, statement] of Object.entries(baselines)) {
    const pages = times[queue]!.length;
    const sample = Array.from({ length: Math.min(pages, 40) }, (_, i) => Math.floor((i * pages) / 40) * PAGE);
    baselineTimes.push(...(await timeEach(sample, (offset) => statement.all(offset))));
  }
  const all = Object.values(times).flat();
  const first = Object.values(times).map((list) => list[0]!);
  return {
    counts,
    pages: all.length,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    cpuP95: percentile(cpuTimes, 95),
    firstPageMax: Math.max(...first),
    countsP95: percentile(countTimes, 95),
    baselineP95: percentile(baselineTimes, 95),
  };
}

async function searchFigures(core: Core, call: BenchCall) {
  for (const text of QUERIES) await call('workorders.list', { filter: { text }, limit: PAGE });
  const rounds = Array.from({ length: 10 }, () => QUERIES).flat();
  const times = await timeEach(rounds, (text) => call('workorders.list', { filter: { text }, limit: PAGE }));
  // Baseline: LIKE '%q%' over number, subject and description, newest first.
  const like = core.context.db.prepare(
    `SELECT * FROM workorders WHERE number LIKE @q OR subject LIKE @q OR description LIKE @q
     ORDER BY updated_at DESC, id DESC LIMIT ${PAGE}`,
  );
  const likeTimes = await timeEach(QUERIES, (text) => like.all({ q: `%${text}%` }));
  return { p95: percentile(times, 95), baselineP95: percentile(likeTimes, 95) };
}

/** Creates through dispatch with no assignee, so round robin over the agents chooses one each time. */
async function createFigures(core: Core, call: BenchCall, agentIds: number[]) {
  const { version } = (await call('workorders.dispatch.get', {})) as { version: number };
  await call('workorders.dispatch.save', {
    version,
    groups: [{ name: 'Everyone', rule: 'roundRobin', memberIds: agentIds, categories: [] }],
  });
  const random = seededRandom(20261130);
  const inputs = Array.from({ length: CREATE_CALLS }, () => ({
    subject: `${pick(random, THINGS)} ${pick(random, TROUBLES)}`,
    category: pick(random, CATEGORIES),
  }));
  const began = performance.now();
  for (const input of inputs) await call('workorders.create', input);
  const perS = CREATE_CALLS / ((performance.now() - began) / 1000);
  // Baseline: the same rows into a table with no index, no number, no dispatch, no thread.
  const db = core.context.db;
  db.exec('CREATE TEMP TABLE plain_workorders (subject TEXT, category TEXT, created_at INTEGER)');
  const plain = db.prepare('INSERT INTO plain_workorders VALUES (?, ?, ?)');
  const plainBegan = performance.now();
  for (const input of inputs) plain.run(input.subject, input.category, Date.now());
  const plainPerS = CREATE_CALLS / ((performance.now() - plainBegan) / 1000);
  return { perS, plainPerS };
}

/**
 * The report of the last twelve weeks and of the last year by month, through dispatch, in UTC.
 * Baseline: the same opened, closed and average figures by one pass over the table, grouped by
 * week arithmetic (what the report would cost without its indexes).
 */
async function reportFigures(core: Core, call: BenchCall) {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const inputs = [
    { from: day(Date.now() - 83 * DAY), to: day(Date.now()), timeZone: 'UTC' },
    { from: day(Date.now() - 364 * DAY), to: day(Date.now()), timeZone: 'UTC', groupBy: 'month' },
  ];
  for (const input of inputs) await call('workorders.report', input);
  const times = await timeEach(Array.from({ length: 10 }, () => inputs).flat(), (input) =>
    call('workorders.report', input),
  );
  const scan = core.context.db.prepare(
    `SELECT (created_at - @start) / 604800000 AS week, count(*) AS opened,
       sum(resolved_at >= @start) AS closed, avg(first_response_at - created_at), avg(resolved_at - created_at)
     FROM workorders NOT INDEXED WHERE created_at >= @start OR resolved_at >= @start GROUP BY week`,
  );
  const baselineTimes = await timeEach(Array.from({ length: 10 }), () =>
    scan.all({ start: Date.now() - 84 * DAY }),
  );
  return { p95: percentile(times, 95), baselineP95: percentile(baselineTimes, 95) };
}

/** `total` other than 200,000 only for a quick try of the script itself. */
export async function workOrderFigures(total = WORK_ORDERS) {
  return inCompany(async (core, call, ownerId) => {
    const agentIds = Array.from(
      { length: AGENTS },
      (_, i) =>
        core.context.users.create(
          { username: `agent${i}`, displayName: `Agent ${i}`, role: 'agent', passwordHash: 'disabled' },
          Date.now(),
        ).id,
    );
    const seedBegan = performance.now();
    seed(core, ownerId, agentIds, total);
    const seedS = (performance.now() - seedBegan) / 1000;
    const queues = await queueFigures(core, call, ownerId);
    const search = await searchFigures(core, call);
    const report = await reportFigures(core, call);
    const create = await createFigures(core, call, agentIds);
    return {
      'workorders.count': total,
      'workorders.seed.rows_per_s': Math.round(total / seedS),
      'workorders.queue.mine': queues.counts.mine,
      'workorders.queue.open': queues.counts.open,
      'workorders.queue.overdue': queues.counts.overdue,
      'workorders.queue_page.pages': queues.pages,
      'workorders.queue_page.p50_ms': round(queues.p50),
      'workorders.queue_page.p95_ms': round(queues.p95),
      'workorders.queue_page.cpu_p95_ms': round(queues.cpuP95),
      'workorders.queue_page.first_max_ms': round(queues.firstPageMax),
      'baseline.workorders_offset_page.p95_ms': round(queues.baselineP95),
      workorders_queue_speedup: round(queues.baselineP95 / queues.p95, 1),
      'workorders.counts.p95_ms': round(queues.countsP95),
      'workorders.search.p95_ms': round(search.p95),
      'baseline.workorders_like_scan.p95_ms': round(search.baselineP95),
      workorders_search_speedup: round(search.baselineP95 / search.p95, 1),
      'workorders.report_ms': round(report.p95),
      'baseline.workorders_report_scan_ms': round(report.baselineP95),
      workorders_report_speedup: round(report.baselineP95 / report.p95, 1),
      'workorders.create_assign.per_s': Math.round(create.perS),
      'baseline.workorders_plain_insert.per_s': Math.round(create.plainPerS),
      workorders_create_cost: round(create.plainPerS / create.perS, 1),
    };
  });
}
