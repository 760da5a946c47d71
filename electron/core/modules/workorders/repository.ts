import type { Statement } from 'better-sqlite3';
import { CrmError } from '../../../../shared/errors';
import type { TimelineEntry } from '../../../../shared/timeline/contract';
import type {
  DispatchRule,
  DispatchSettings,
  ThreadEntry,
  WorkOrder,
  WorkOrderChannel,
  WorkOrderFilter,
  WorkOrderPriority,
  WorkOrderQueue,
  WorkOrderSort,
  WorkOrderStatus,
} from '../../../../shared/workorders/contract';
import type { Db } from '../../db/database';
import { decodeCursor, encodeCursor, keysetPage } from '../contacts/cursor';
import type { ContactLink } from '../contacts/links';
import { ftsQueries, indexWords } from '../contacts/search-text';
import { NEWEST, oldestFirstSource, type SourceBound } from '../timeline/registry';
import { chooseAssignee, groupFor, type MemberLoad, type RuleGroup } from './dispatch-rules';
import { formatWorkOrderNumber } from './number';

interface WorkOrderRow {
  id: number;
  number: string;
  subject: string;
  description: string | null;
  contact_id: number | null;
  contact_name: string | null;
  company_id: number | null;
  company_name: string | null;
  priority: WorkOrderPriority;
  priority_weight: number;
  category: string | null;
  status: WorkOrderStatus;
  assignee_id: number | null;
  assignee_name: string | null;
  due_at: number | null;
  channel: WorkOrderChannel;
  created_by: number;
  created_by_name: string;
  created_at: number;
  updated_at: number;
  first_response_at: number | null;
  resolved_at: number | null;
  closed_at: number | null;
  reply_count: number;
  version: number;
  first_response_due_at: number | null;
  resolution_due_at: number | null;
  sla_paused_at: number | null;
  first_response_breached_at: number | null;
  resolution_breached_at: number | null;
  sla_due_at: number | null;
}

interface ThreadRow {
  id: number;
  workorder_id: number;
  kind: ThreadEntry['kind'];
  author_id: number;
  author_name: string;
  at: number;
  body: string | null;
  from_value: string | null;
  to_value: string | null;
  mentioned_ids: string;
}

interface WatcherRow {
  workorder_id: number;
  id: number;
  name: string;
}

interface GroupRow {
  id: number;
  name: string;
  rule: DispatchRule;
  last_assignee_id: number | null;
  member_ids: string;
  categories: string;
}

/** The stored, editable fields of a work order after defaults. */
export interface WorkOrderFields {
  subject: string;
  description: string | null;
  contactId: number | null;
  companyId: number | null;
  priority: WorkOrderPriority;
  category: string | null;
  dueAt: number | null;
  channel: WorkOrderChannel;
}

/** Whom a new work order goes to: a user, nobody, or whoever the dispatch rules choose. */
export type NewAssignee = number | null | 'rules';

/** A work order as bulk data gives it: resolved and closed ones are stamped at their creation. */
export interface SeedWorkOrder {
  fields: WorkOrderFields;
  assigneeId: number | null;
  status: WorkOrderStatus;
  createdBy: number;
  at: number;
}

/** A group of the dispatch settings as saved: an id for a group kept, none for a new one. */
export interface GroupInput {
  id?: number;
  name: string;
  rule: DispatchRule;
  memberIds: number[];
  categories: string[];
}

export interface ListOptions {
  queue: WorkOrderQueue;
  filter: WorkOrderFilter;
  sort: WorkOrderSort;
  cursor: string | null;
  limit: number;
  /** The caller, for the `mine` queue. */
  userId: number;
  /** The time the `overdue` queue compares due times with. */
  now: number;
}

/** Must stay the very text of the open queues' partial indexes (migration 0011). */
const OPEN = `w.status IN ('new', 'assigned', 'inProgress', 'waitingOnCustomer')`;
/** Undated work orders after every dated one; the expression of the due-time indexes. */
const DUE = 'coalesce(w.due_at, 9007199254740991)';
/** No SLA target after every one; the expression of the SLA indexes (migration 0013). */
const SLA_DUE = 'coalesce(w.sla_due_at, 9007199254740991)';

const SELECT = `SELECT w.*, c.name AS contact_name, co.name AS company_name, a.display_name AS assignee_name,
    u.display_name AS created_by_name
  FROM workorders w JOIN users u ON u.id = w.created_by LEFT JOIN users a ON a.id = w.assignee_id
  LEFT JOIN contacts c ON c.id = w.contact_id LEFT JOIN companies co ON co.id = w.company_id`;

const QUEUES: Record<WorkOrderQueue, string | null> = {
  mine: `${OPEN} AND w.assignee_id = @userId`,
  unassigned: `${OPEN} AND w.assignee_id IS NULL`,
  open: OPEN,
  overdue: `${OPEN} AND ${DUE} < @now`,
  all: null,
};

/**
 * The overdue queue in another order than by due time: the unary + keeps SQLite from reading
 * every overdue work order by the due-time index and sorting them; it walks the sort's index and
 * skips those not yet due instead.
 */
const OVERDUE_UNSORTED = `${OPEN} AND +${DUE} < @now`;

/** Filter conditions, chosen by key; SQL text never comes from input. */
const FILTERS: Record<Exclude<keyof WorkOrderFilter, 'text'>, string> = {
  statuses: 'w.status IN (SELECT value FROM json_each(@statuses))',
  priorities: 'w.priority IN (SELECT value FROM json_each(@priorities))',
  assigneeId: 'w.assignee_id = @assigneeId',
  contactId: 'w.contact_id = @contactId',
  companyId: 'w.company_id = @companyId',
  category: 'w.category = @category COLLATE NOCASE',
  createdFrom: 'w.created_at >= @createdFrom',
  createdTo: 'w.created_at <= @createdTo',
};

const MATCHES = 'SELECT rowid FROM workorders_fts WHERE workorders_fts MATCH @text';
/**
 * The text filter. A whole number is looked up by its unique index. Words matching few work
 * orders: the page is read from the matches. Words matching many: the sort's index is walked and
 * each row tested against the matches (the unary + keeps SQLite from fetching and sorting every
 * matching work order) until the page is full.
 */
const TEXT = {
  number: 'w.number = @number',
  few: `w.id IN (${MATCHES})`,
  many: `+w.id IN (${MATCHES})`,
};
/** Up to this many matches count as few. */
const FEW_MATCHES = 2000;
const WHOLE_NUMBER = /^\s*(WO-\d{4}-\d{6,})\s*$/i;

/** Sort keys, the last always the id; every key in one direction, so a row value compares a position. */
const SORTS: Record<
  WorkOrderSort,
  { keys: string[]; order: 'ASC' | 'DESC'; values(row: WorkOrderRow): number[] }
> = {
  updated: { keys: ['w.updated_at'], order: 'DESC', values: (row) => [row.updated_at] },
  created: { keys: ['w.created_at'], order: 'DESC', values: (row) => [row.created_at] },
  due: { keys: [DUE], order: 'ASC', values: (row) => [row.due_at ?? Number.MAX_SAFE_INTEGER] },
  // Urgent first, then the latest updated.
  priority: {
    keys: ['w.priority_weight', 'w.updated_at'],
    order: 'DESC',
    values: (row) => [row.priority_weight, row.updated_at],
  },
  sla: { keys: [SLA_DUE], order: 'ASC', values: (row) => [row.sla_due_at ?? Number.MAX_SAFE_INTEGER] },
};

const json = (value: unknown) => JSON.stringify(value);

function toWorkOrder(row: WorkOrderRow, watchers: { id: number; name: string }[]): WorkOrder {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    description: row.description,
    contactId: row.contact_id,
    contactName: row.contact_name,
    companyId: row.company_id,
    companyName: row.company_name,
    priority: row.priority,
    category: row.category,
    status: row.status,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    watchers,
    dueAt: row.due_at,
    channel: row.channel,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    firstResponseAt: row.first_response_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    replyCount: row.reply_count,
    version: row.version,
    sla: {
      firstResponseDueAt: row.first_response_due_at,
      resolutionDueAt: row.resolution_due_at,
      pausedAt: row.sla_paused_at,
      firstResponseBreachedAt: row.first_response_breached_at,
      resolutionBreachedAt: row.resolution_breached_at,
      dueAt: row.sla_due_at,
    },
  };
}

const toThreadEntry = (row: ThreadRow): ThreadEntry => ({
  id: row.id,
  workOrderId: row.workorder_id,
  kind: row.kind,
  authorId: row.author_id,
  authorName: row.author_name,
  at: row.at,
  body: row.body,
  from: row.from_value,
  to: row.to_value,
  mentionedIds: JSON.parse(row.mentioned_ids) as number[],
});

const toTimelineEntry = (row: WorkOrderRow): TimelineEntry => ({
  kind: 'workorder',
  id: row.id,
  at: row.created_at,
  actor: { id: row.created_by, name: row.created_by_name },
  contactId: row.contact_id,
  data: {
    workOrderId: row.id,
    number: row.number,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
  },
});

/** What the index holds of a work order: its number (and its sequence without zeros), subject, description. */
function wordsOf(number: string, fields: Pick<WorkOrderFields, 'subject' | 'description'>): string {
  const sequence = String(Number(number.slice(number.lastIndexOf('-') + 1)));
  return indexWords([number, sequence, fields.subject, fields.description]);
}

/** The cursor of a sort: its keys' values, then the id. */
function cursorOf(sort: WorkOrderSort, row: WorkOrderRow): string {
  return encodeCursor({ key: `workorder_${sort}`, value: SORTS[sort].values(row).join(','), id: row.id });
}

function positionOf(sort: WorkOrderSort, cursor: string): number[] {
  const { value, id } = decodeCursor(cursor, `workorder_${sort}`);
  const values = String(value).split(',').map(Number);
  if (values.length !== SORTS[sort].keys.length || !values.every(Number.isSafeInteger)) {
    throw new CrmError('VALIDATION', 'This list position is not valid any more; start from the top.', {
      issues: [{ path: ['cursor'], message: 'invalid cursor' }],
    });
  }
  return [...values, id];
}

export function createWorkOrderRepository(db: Db) {
  const byId = db.prepare<[number], WorkOrderRow>(`${SELECT} WHERE w.id = ?`);
  // Read back apart: a RETURNING clause opens a statement savepoint, at which FTS5 writes its
  // pending words out as a segment, making a bulk insert several times slower.
  const bumpSequence = db.prepare(
    `INSERT INTO workorder_sequences (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1`,
  );
  const sequenceOf = db.prepare<[number], { last: number }>(
    'SELECT last FROM workorder_sequences WHERE year = ?',
  );
  const insert = db.prepare(
    `INSERT INTO workorders (number, subject, description, contact_id, company_id, priority, category, status,
       assignee_id, due_at, channel, created_by, created_at, updated_at, resolved_at, closed_at)
     VALUES (@number, @subject, @description, @contactId, @companyId, @priority, @category, @status,
       @assigneeId, @dueAt, @channel, @createdBy, @at, @at, @resolvedAt, @closedAt)`,
  );
  const update = db.prepare(
    `UPDATE workorders SET subject = @subject, description = @description, contact_id = @contactId,
       company_id = @companyId, priority = @priority, category = @category, due_at = @dueAt,
       channel = @channel, updated_at = @at, version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const setAssignee = db.prepare(
    `UPDATE workorders SET assignee_id = @assigneeId, status = @status, updated_at = @at, version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const setStatus = db.prepare(
    `UPDATE workorders SET status = @status, resolved_at = @resolvedAt, closed_at = @closedAt, updated_at = @at,
       version = version + 1
     WHERE id = @id AND version = @version`,
  );
  // A reply changes no field anyone edits, so it takes no version: an editor open meanwhile saves.
  const countReply = db.prepare(
    `UPDATE workorders SET reply_count = reply_count + 1, updated_at = @at,
       first_response_at = CASE WHEN @firstResponse AND first_response_at IS NULL THEN @at
         ELSE first_response_at END
     WHERE id = @id`,
  );
  const insertWords = db.prepare('INSERT INTO workorders_fts (rowid, words) VALUES (?, ?)');
  const countMatches = db.prepare<[string, number], { n: number }>(
    'SELECT count(*) AS n FROM (SELECT rowid FROM workorders_fts WHERE workorders_fts MATCH ? LIMIT ?)',
  );
  const deleteWords = db.prepare('DELETE FROM workorders_fts WHERE rowid = ?');
  const watchersOf = db.prepare<[string], WatcherRow>(
    `SELECT ww.workorder_id, u.id, u.display_name AS name FROM workorder_watchers ww JOIN users u ON u.id = ww.user_id
     WHERE ww.workorder_id IN (SELECT value FROM json_each(?)) ORDER BY u.display_name COLLATE NOCASE, u.id`,
  );
  const addWatchers = db.prepare(
    `INSERT OR IGNORE INTO workorder_watchers (workorder_id, user_id) SELECT ?, value FROM json_each(?)`,
  );
  const removeWatchers = db.prepare('DELETE FROM workorder_watchers WHERE workorder_id = ?');
  const insertEntry = db.prepare(
    `INSERT INTO workorder_thread (workorder_id, kind, author_id, at, body, from_value, to_value, mentioned_ids)
     VALUES (@workOrderId, @kind, @authorId, @at, @body, @from, @to, @mentionedIds)`,
  );
  const ENTRY = `SELECT t.*, u.display_name AS author_name FROM workorder_thread t JOIN users u ON u.id = t.author_id`;
  const entryById = db.prepare<[number], ThreadRow>(`${ENTRY} WHERE t.id = ?`);
  const threadAfter = db.prepare<[number, number, number, number, number], ThreadRow>(
    `${ENTRY} WHERE t.workorder_id = ? AND (t.at > ? OR (t.at = ? AND t.id > ?)) ORDER BY t.at, t.id LIMIT ?`,
  );
  const counts = db.prepare<{ userId: number; now: number }, Record<WorkOrderQueue, number>>(
    `SELECT
       (SELECT count(*) FROM workorders w WHERE ${QUEUES.mine}) AS mine,
       (SELECT count(*) FROM workorders w WHERE ${QUEUES.unassigned}) AS unassigned,
       (SELECT count(*) FROM workorders w WHERE ${QUEUES.open}) AS open,
       (SELECT count(*) FROM workorders w WHERE ${QUEUES.overdue}) AS overdue,
       (SELECT count(*) FROM workorders) AS "all"`,
  );

  const forContact = db.prepare<[number, number, number, number], WorkOrderRow>(
    `${SELECT} WHERE w.contact_id = ? AND (w.created_at, w.id) < (?, ?)
     ORDER BY w.created_at DESC, w.id DESC LIMIT ?`,
  );
  // A company's work orders: its own and those of its contacts in the list (not the trash).
  const forCompany = db.prepare<{ companyId: number; at: number; id: number; limit: number }, WorkOrderRow>(
    `${SELECT} WHERE w.id IN (
       SELECT id FROM (
         SELECT w.id, w.created_at FROM workorders w
         WHERE w.company_id = @companyId AND (w.created_at, w.id) < (@at, @id)
         UNION
         SELECT w.id, w.created_at FROM contacts c JOIN workorders w ON w.contact_id = c.id
         WHERE c.company_id = @companyId AND c.deleted_at IS NULL AND (w.created_at, w.id) < (@at, @id)
       ) ORDER BY created_at DESC, id DESC LIMIT @limit)
     ORDER BY w.created_at DESC, w.id DESC`,
  );
  const idsOfContact = db.prepare<[number], { id: number }>('SELECT id FROM workorders WHERE contact_id = ?');
  // A new version, so that whoever has the work order open gets CONFLICT instead of undoing the move.
  const reassignContact = db.prepare(
    `UPDATE workorders SET contact_id = ?, updated_at = ?, version = version + 1
     WHERE id IN (SELECT value FROM json_each(?))`,
  );

  const dispatchVersion = db.prepare<[], { version: number }>(
    'SELECT version FROM workorder_dispatch WHERE id = 1',
  );
  const bumpDispatchVersion = db.prepare('UPDATE workorder_dispatch SET version = version + 1 WHERE id = 1');
  const groups = db.prepare<[], GroupRow>(
    `SELECT g.id, g.name, g.rule, g.last_assignee_id,
       (SELECT json_group_array(user_id) FROM
         (SELECT user_id FROM workorder_group_members WHERE group_id = g.id ORDER BY position)) AS member_ids,
       (SELECT json_group_array(category) FROM
         (SELECT category FROM workorder_group_categories WHERE group_id = g.id ORDER BY position)) AS categories
     FROM workorder_groups g ORDER BY g.position, g.id`,
  );
  const insertGroup = db.prepare(
    'INSERT INTO workorder_groups (name, rule, position) VALUES (@name, @rule, @position)',
  );
  const updateGroup = db.prepare(
    'UPDATE workorder_groups SET name = @name, rule = @rule, position = @position WHERE id = @id',
  );
  const deleteGroup = db.prepare('DELETE FROM workorder_groups WHERE id = ?');
  const clearMembers = db.prepare('DELETE FROM workorder_group_members WHERE group_id = ?');
  const clearCategories = db.prepare('DELETE FROM workorder_group_categories WHERE group_id = ?');
  const insertMembers = db.prepare(
    `INSERT INTO workorder_group_members (group_id, user_id, position)
     SELECT ?, value, key FROM json_each(?)`,
  );
  const insertCategories = db.prepare(
    `INSERT INTO workorder_group_categories (group_id, category, position)
     SELECT ?, value, key FROM json_each(?)`,
  );
  const setLastAssignee = db.prepare('UPDATE workorder_groups SET last_assignee_id = ? WHERE id = ?');
  // Round robin needs only who is active: the loads are counted for the fewest-open rule alone.
  const memberLoads = db.prepare<
    { ids: string; counted: number },
    { id: number; active: number; open: number; last_assigned_at: number | null }
  >(
    `SELECT u.id, u.active,
       CASE WHEN @counted THEN (SELECT count(*) FROM workorders w WHERE ${OPEN} AND w.assignee_id = u.id)
         ELSE 0 END AS open,
       CASE WHEN @counted THEN (SELECT max(at) FROM workorder_thread
         WHERE kind = 'assignment' AND to_value = CAST(u.id AS TEXT)) END AS last_assigned_at
     FROM users u WHERE u.id IN (SELECT value FROM json_each(@ids))`,
  );

  const listStatements = new Map<string, Statement<Record<string, unknown>, WorkOrderRow>>();
  /** The list statement of a sort under `conditions` (each a constant of this file), prepared once. */
  function listStatement(sort: WorkOrderSort, conditions: string[], after: boolean) {
    const { keys, order } = SORTS[sort];
    const columns = [...keys, 'w.id'];
    const where = [...conditions];
    if (after) {
      const bound = columns.map((_, i) => `@after${i}`).join(', ');
      where.push(`(${columns.join(', ')}) ${order === 'ASC' ? '>' : '<'} (${bound})`);
    }
    const sql = `${SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${columns.map((column) => `${column} ${order}`).join(', ')} LIMIT @limit`;
    let statement = listStatements.get(sql);
    if (!statement) {
      statement = db.prepare<Record<string, unknown>, WorkOrderRow>(sql);
      listStatements.set(sql, statement);
    }
    return statement;
  }

  /** The text filter's condition and parameters, or null when the text holds nothing searchable. */
  function textFilter(text: string): { condition: string; parameters: Record<string, string> } | null {
    const number = WHOLE_NUMBER.exec(text)?.[1];
    if (number) return { condition: TEXT.number, parameters: { number: number.toUpperCase() } };
    // The words, the last one also as a beginning (the word being typed): ftsQueries' second
    // expression, or its only one when the words leave no beginning to match.
    const expressions = ftsQueries(text);
    const match = expressions[1] ?? expressions[0];
    if (match === undefined) return null;
    const many = countMatches.get(match, FEW_MATCHES + 1)!.n > FEW_MATCHES;
    return { condition: many ? TEXT.many : TEXT.few, parameters: { text: match } };
  }

  /** Work orders from their rows, each with its watchers (one query for them all). */
  function withWatchers(rows: WorkOrderRow[]): WorkOrder[] {
    const watchers = new Map<number, { id: number; name: string }[]>();
    if (rows.length > 0) {
      for (const { workorder_id, id, name } of watchersOf.all(json(rows.map((row) => row.id)))) {
        const list = watchers.get(workorder_id) ?? [];
        list.push({ id, name });
        watchers.set(workorder_id, list);
      }
    }
    return rows.map((row) => toWorkOrder(row, watchers.get(row.id) ?? []));
  }

  function getRow(id: number): WorkOrderRow {
    const row = byId.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This work order does not exist.', { id });
    return row;
  }

  const get = (id: number): WorkOrder => withWatchers([getRow(id)])[0]!;

  /** Runs `write` on the row at `version`, or refuses a stale version with CONFLICT. */
  function atVersion<T>(id: number, version: number, write: (row: WorkOrderRow) => T): T {
    return db.transaction(() => {
      const row = getRow(id);
      if (row.version !== version) {
        throw new CrmError('CONFLICT', 'Someone else changed this work order since you opened it.', {
          currentVersion: row.version,
        });
      }
      return write(row);
    })();
  }

  const addEntry = (entry: {
    workOrderId: number;
    kind: ThreadEntry['kind'];
    authorId: number;
    at: number;
    body?: string | null;
    from?: string | null;
    to?: string | null;
    mentionedIds?: readonly number[];
  }): number =>
    Number(
      insertEntry.run({
        body: null,
        from: null,
        to: null,
        ...entry,
        mentionedIds: json(entry.mentionedIds ?? []),
      }).lastInsertRowid,
    );

  const ruleGroups = (): (RuleGroup & { name: string; memberIds: number[]; categories: string[] })[] =>
    groups.all().map((row) => ({
      id: row.id,
      name: row.name,
      rule: row.rule,
      memberIds: JSON.parse(row.member_ids) as number[],
      categories: JSON.parse(row.categories) as string[],
      lastAssigneeId: row.last_assignee_id,
    }));

  /** Whom the rules give a work order of `category`; round robin remembers its choice. */
  function assigneeByRules(category: string | null): number | null {
    const group = groupFor(ruleGroups(), category);
    if (!group) return null;
    const loads = new Map<number, MemberLoad>(
      memberLoads
        .all({ ids: json(group.memberIds), counted: group.rule === 'fewestOpen' ? 1 : 0 })
        .map((row) => [
          row.id,
          { active: row.active === 1, open: row.open, lastAssignedAt: row.last_assigned_at },
        ]),
    );
    const chosen = chooseAssignee(group, loads);
    if (chosen !== null && group.rule === 'roundRobin') setLastAssignee.run(chosen, group.id);
    return chosen;
  }

  /**
   * Numbers and stores one work order with its words, watchers and first assignment; the caller
   * holds the transaction.
   */
  function insertOne(order: SeedWorkOrder, watcherIds: readonly number[]): number {
    const { fields, assigneeId, status, createdBy, at } = order;
    const year = new Date(at).getUTCFullYear();
    bumpSequence.run(year);
    const number = formatWorkOrderNumber(year, sequenceOf.get(year)!.last);
    const done = status === 'resolved' || status === 'closed';
    const workOrderId = Number(
      insert.run({
        ...fields,
        number,
        status,
        assigneeId,
        createdBy,
        at,
        resolvedAt: done ? at : null,
        closedAt: status === 'closed' ? at : null,
      }).lastInsertRowid,
    );
    insertWords.run(workOrderId, wordsOf(number, fields));
    if (watcherIds.length > 0) addWatchers.run(workOrderId, json(watcherIds));
    if (assigneeId !== null) {
      addEntry({ workOrderId, kind: 'assignment', authorId: createdBy, at, to: String(assigneeId) });
    }
    return workOrderId;
  }

  function replaceWatchers(id: number, watcherIds: readonly number[]): void {
    removeWatchers.run(id);
    addWatchers.run(id, json(watcherIds));
  }

  function dispatchSettings(): DispatchSettings {
    return {
      version: dispatchVersion.get()!.version,
      groups: ruleGroups().map(({ id, name, rule, memberIds, categories }) => ({
        id,
        name,
        rule,
        memberIds,
        categories,
      })),
    };
  }

  return {
    get,

    /**
     * A new work order numbered in the year of `at` (UTC), given to `assignee` (an assignment in
     * its thread, and status `assigned`) or left unassigned. One immediate transaction, so two
     * windows creating at once never draw the same number or the same round-robin turn.
     */
    create(
      fields: WorkOrderFields,
      assignee: NewAssignee,
      watcherIds: readonly number[],
      createdBy: number,
      at: number,
    ): WorkOrder {
      const id = db
        .transaction(() => {
          const assigneeId = assignee === 'rules' ? assigneeByRules(fields.category) : assignee;
          const status: WorkOrderStatus = assigneeId === null ? 'new' : 'assigned';
          return insertOne({ fields, assigneeId, status, createdBy, at }, watcherIds);
        })
        .immediate();
      return get(id);
    },

    /**
     * Many work orders already in the status they are given, in one transaction: demo data and
     * benchmarks. A transaction per work order would make FTS5 write its words out each time.
     */
    insertMany(orders: readonly SeedWorkOrder[]): void {
      db.transaction(() => {
        for (const order of orders) insertOne(order, []);
      }).immediate();
    },

    /** Stores the fields, and the watchers when given. */
    update(
      id: number,
      version: number,
      fields: WorkOrderFields,
      watcherIds: readonly number[] | undefined,
      at: number,
    ): WorkOrder {
      atVersion(id, version, (row) => {
        update.run({ ...fields, id, version, at });
        if (fields.subject !== row.subject || fields.description !== row.description) {
          deleteWords.run(id);
          insertWords.run(id, wordsOf(row.number, fields));
        }
        if (watcherIds) replaceWatchers(id, watcherIds);
      });
      return get(id);
    },

    /**
     * Gives the work order to `assigneeId` (or nobody), with an assignment in its thread. A new one
     * becomes `assigned`, an `assigned` one left to nobody `new` again; any other status stays.
     * Returns whether anything changed: the same assignee again changes nothing.
     */
    assign(
      id: number,
      version: number,
      assigneeId: number | null,
      reason: string | null,
      actorId: number,
      at: number,
    ): { workOrder: WorkOrder; changed: boolean } {
      const changed = atVersion(id, version, (row) => {
        if (row.assignee_id === assigneeId) return false;
        let status = row.status;
        if (status === 'new' && assigneeId !== null) status = 'assigned';
        else if (status === 'assigned' && assigneeId === null) status = 'new';
        setAssignee.run({ id, version, assigneeId, status, at });
        addEntry({
          workOrderId: id,
          kind: 'assignment',
          authorId: actorId,
          at,
          body: reason,
          from: row.assignee_id === null ? null : String(row.assignee_id),
          to: assigneeId === null ? null : String(assigneeId),
        });
        return true;
      });
      return { workOrder: get(id), changed };
    },

    /**
     * Moves to `status` (the caller checked the move), with a status entry in the thread. Resolving
     * stamps resolvedAt, closing closedAt (and resolvedAt if it was never resolved); reopening
     * clears both.
     */
    setStatus(id: number, version: number, status: WorkOrderStatus, actorId: number, at: number): WorkOrder {
      atVersion(id, version, (row) => {
        const reopened = status !== 'resolved' && status !== 'closed';
        setStatus.run({
          id,
          version,
          status,
          resolvedAt: reopened ? null : (row.resolved_at ?? at),
          closedAt: status === 'closed' ? at : null,
          at,
        });
        addEntry({ workOrderId: id, kind: 'status', authorId: actorId, at, from: row.status, to: status });
      });
      return get(id);
    },

    /**
     * A reply or internal note. The first public reply by someone other than the creator is the
     * work order's first response.
     */
    reply(
      id: number,
      reply: { internal: boolean; body: string; mentionedIds: readonly number[] },
      authorId: number,
      at: number,
    ): ThreadEntry {
      const entryId = db.transaction(() => {
        const row = getRow(id);
        const firstResponse = !reply.internal && authorId !== row.created_by ? 1 : 0;
        countReply.run({ id, at, firstResponse });
        return addEntry({
          workOrderId: id,
          kind: reply.internal ? 'note' : 'reply',
          authorId,
          at,
          body: reply.body,
          mentionedIds: reply.mentionedIds,
        });
      })();
      return toThreadEntry(entryById.get(entryId)!);
    },

    /** A work order's own thread entries, oldest first: its source in context.workOrderThread. */
    threadSource: oldestFirstSource(threadAfter, toThreadEntry),

    /** One page of a queue, filtered and sorted; the text filter matches words and their beginnings. */
    list(options: ListOptions): { items: WorkOrder[]; nextCursor: string | null } {
      const { queue, filter, sort, limit } = options;
      const after = options.cursor ? positionOf(sort, options.cursor) : null;
      const text = filter.text === undefined ? undefined : textFilter(filter.text);
      if (text === null) return { items: [], nextCursor: null };
      const queueCondition = queue === 'overdue' && sort !== 'due' ? OVERDUE_UNSORTED : QUEUES[queue];
      const conditions = [queueCondition ?? [], text?.condition ?? []].flat();
      for (const key of Object.keys(FILTERS) as (keyof typeof FILTERS)[]) {
        if (filter[key] !== undefined) conditions.push(FILTERS[key]);
      }
      const parameters: Record<string, unknown> = {
        ...filter,
        statuses: filter.statuses && json(filter.statuses),
        priorities: filter.priorities && json(filter.priorities),
        ...text?.parameters,
        limit: limit + 1,
      };
      if (queue === 'mine') parameters.userId = options.userId;
      if (queue === 'overdue') parameters.now = options.now;
      after?.forEach((value, i) => (parameters[`after${i}`] = value));
      for (const key of Object.keys(parameters)) if (parameters[key] === undefined) delete parameters[key];
      const rows = listStatement(sort, conditions, after !== null).all(parameters);
      return keysetPage(rows, limit, withWatchers, (last) => cursorOf(sort, last));
    },

    /** How many work orders each queue holds for `userId` at `now`. */
    counts: (userId: number, now: number): Record<WorkOrderQueue, number> => counts.get({ userId, now })!,

    dispatchSettings,

    /**
     * Replaces the dispatch groups as a whole, at `version`. Ids must name current groups; a group
     * left out is removed; a kept group keeps its round-robin turn.
     */
    saveDispatch(version: number, input: readonly GroupInput[]): DispatchSettings {
      db.transaction(() => {
        const current = dispatchSettings();
        if (current.version !== version) {
          throw new CrmError('CONFLICT', 'Someone else changed the dispatch rules since you opened them.', {
            currentVersion: current.version,
          });
        }
        const currentIds = new Set(current.groups.map((group) => group.id));
        const unknown = input.flatMap((group, index) =>
          group.id !== undefined && !currentIds.has(group.id)
            ? [{ path: ['groups', String(index), 'id'], message: 'no such group' }]
            : [],
        );
        if (unknown.length > 0)
          throw new CrmError('VALIDATION', 'Some fields are not valid.', { issues: unknown });
        const kept = new Set(input.map((group) => group.id));
        for (const group of current.groups) if (!kept.has(group.id)) deleteGroup.run(group.id);
        input.forEach((group, index) => {
          const values = { name: group.name, rule: group.rule, position: index + 1 };
          let groupId = group.id;
          if (groupId === undefined) groupId = Number(insertGroup.run(values).lastInsertRowid);
          else updateGroup.run({ ...values, id: groupId });
          clearMembers.run(groupId);
          clearCategories.run(groupId);
          insertMembers.run(groupId, json(group.memberIds));
          insertCategories.run(groupId, json(group.categories));
        });
        bumpDispatchVersion.run();
      })();
      return dispatchSettings();
    },

    /** The work orders of a merged-away contact go to the contact it was merged into (and back on undo). */
    contactLink: {
      itemsOf: (contactId: number) => idsOfContact.all(contactId).map((row) => row.id),
      reassign: (ids: readonly number[], contactId: number, at: number) =>
        void reassignContact.run(contactId, at, json(ids)),
    } satisfies ContactLink,

    /** A contact's work orders, as opened, newest first. */
    timelineSource(contactId: number, before: SourceBound | null, limit: number): TimelineEntry[] {
      const bound = before ?? NEWEST;
      return forContact.all(contactId, bound.at, bound.id, limit).map(toTimelineEntry);
    },

    /** A company's work orders (its own and its contacts'), as opened, newest first. */
    companyTimelineSource(companyId: number, before: SourceBound | null, limit: number): TimelineEntry[] {
      const bound = before ?? NEWEST;
      return forCompany.all({ companyId, at: bound.at, id: bound.id, limit }).map(toTimelineEntry);
    },
  };
}

export type WorkOrderRepository = ReturnType<typeof createWorkOrderRepository>;
