import type {
  CurrencyTotal,
  Deal,
  DealFilter,
  DealOutcome,
  DealSort,
  DealStage,
  DealStages,
  DealStatus,
  PipelineTotals,
  StagesInput,
} from '../../../../shared/deals/contract';
import type { CustomValues } from '../../../../shared/custom-fields/contract';
import { CrmError } from '../../../../shared/errors';
import type { TimelineEntry } from '../../../../shared/timeline/contract';
import type { Db } from '../../db/database';
import { decodeCursor, encodeCursor, keysetPage } from '../contacts/cursor';
import type { ContactLink } from '../contacts/links';
import { NEWEST, type SourceBound } from '../timeline/registry';

interface DealRow {
  id: number;
  title: string;
  amount: number;
  currency: string;
  stage_id: number;
  stage_name: string;
  status: DealStatus;
  close_reason: string | null;
  closed_at: number | null;
  expected_close: string | null;
  probability: number;
  owner_id: number;
  owner_name: string;
  contact_id: number | null;
  contact_name: string | null;
  company_id: number | null;
  company_name: string | null;
  custom: string;
  created_by: number;
  created_at: number;
  updated_at: number;
  version: number;
}

interface StageRow {
  id: number;
  name: string;
  probability: number;
  removed_at: number | null;
}

interface HistoryRow {
  id: number;
  deal_id: number;
  change: 'created' | 'stage' | 'won' | 'lost' | 'reopened';
  stage_name: string;
  reason: string | null;
  actor_id: number | null;
  actor_name: string | null;
  at: number;
  title: string;
  amount: number;
  currency: string;
}

interface TotalRow {
  status: DealStatus;
  stage_id: number;
  currency: string;
  count: number;
  amount: number;
  weighted: number;
}

/** The stored, editable fields of a deal after defaults. */
export interface DealFields {
  title: string;
  amount: number;
  currency: string;
  stageId: number;
  expectedClose: string | null;
  probability: number;
  ownerId: number;
  contactId: number | null;
  companyId: number | null;
  custom: CustomValues;
}

/** The fields as the insert and update statements bind them. */
const bound = (fields: DealFields) => ({ ...fields, custom: JSON.stringify(fields.custom) });

const SELECT = `SELECT d.*, s.name AS stage_name, o.display_name AS owner_name, c.name AS contact_name,
    co.name AS company_name
  FROM deals d JOIN deal_stages s ON s.id = d.stage_id JOIN users o ON o.id = d.owner_id
  LEFT JOIN contacts c ON c.id = d.contact_id LEFT JOIN companies co ON co.id = d.company_id`;

/** The list's sort keys; SQL text chosen from here only, never from input. */
const SORTS: Record<DealSort, { expr: string; cursorValue: (row: DealRow) => string | number }> = {
  updatedAt: { expr: 'd.updated_at', cursorValue: (row) => row.updated_at },
  // Deals without an expected close sort after every dated one.
  expectedClose: {
    expr: `coalesce(d.expected_close, '9999-12-31')`,
    cursorValue: (row) => row.expected_close ?? '9999-12-31',
  },
  amount: { expr: 'd.amount', cursorValue: (row) => row.amount },
  title: { expr: 'd.title COLLATE NOCASE', cursorValue: (row) => row.title },
};

const FILTERS: Record<keyof DealFilter, string> = {
  status: 'd.status = @status',
  stageId: 'd.stage_id = @stageId',
  ownerId: 'd.owner_id = @ownerId',
  contactId: 'd.contact_id = @contactId',
};

/** Board cards: the soonest expected close first, undated last. */
const BOARD_ORDER = `ORDER BY coalesce(d.expected_close, '9999-12-31'), d.id`;

const toDeal = (row: DealRow): Deal => ({
  id: row.id,
  title: row.title,
  amount: row.amount,
  currency: row.currency,
  stageId: row.stage_id,
  stageName: row.stage_name,
  status: row.status,
  closeReason: row.close_reason,
  closedAt: row.closed_at,
  expectedClose: row.expected_close,
  probability: row.probability,
  ownerId: row.owner_id,
  ownerName: row.owner_name,
  contactId: row.contact_id,
  contactName: row.contact_name,
  companyId: row.company_id,
  companyName: row.company_name,
  custom: JSON.parse(row.custom) as CustomValues,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

const toStage = (row: StageRow): DealStage => ({ id: row.id, name: row.name, probability: row.probability });

const toTimelineEntry = (row: HistoryRow): TimelineEntry => ({
  kind: 'deal',
  id: row.id,
  at: row.at,
  actor: row.actor_id === null ? null : { id: row.actor_id, name: row.actor_name ?? '' },
  data: {
    dealId: row.deal_id,
    title: row.title,
    change: row.change,
    stageName: row.stage_name,
    amount: row.amount,
    currency: row.currency,
    reason: row.reason,
  },
});

function groupTotals(rows: TotalRow[]): { count: number; totals: CurrencyTotal[] } {
  const totals = rows
    .map(({ currency, count, amount, weighted }) => ({ currency, count, amount, weighted }))
    .sort((a, b) => (a.currency < b.currency ? -1 : 1));
  return { count: totals.reduce((sum, total) => sum + total.count, 0), totals };
}

export function createDealRepository(db: Db) {
  const byId = db.prepare<[number], DealRow>(`${SELECT} WHERE d.id = ?`);
  const insert = db.prepare(
    `INSERT INTO deals (title, amount, currency, stage_id, expected_close, probability, owner_id, contact_id,
       company_id, custom, created_by, created_at, updated_at)
     VALUES (@title, @amount, @currency, @stageId, @expectedClose, @probability, @ownerId, @contactId,
       @companyId, @custom, @createdBy, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE deals SET title = @title, amount = @amount, currency = @currency, stage_id = @stageId,
       expected_close = @expectedClose, probability = @probability, owner_id = @ownerId,
       contact_id = @contactId, company_id = @companyId, custom = @custom, updated_at = @at,
       version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const setStatus = db.prepare(
    `UPDATE deals SET status = @status, close_reason = @reason, closed_at = @closedAt, stage_id = @stageId,
       probability = @probability, updated_at = @at, version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const remove = db.prepare('DELETE FROM deals WHERE id = ? AND version = ?');
  const addHistory = db.prepare(
    `INSERT INTO deal_history (deal_id, change, stage_id, reason, actor_id, at)
     VALUES (@dealId, @change, @stageId, @reason, @actorId, @at)`,
  );
  const history = db.prepare<[number, number, number, number], HistoryRow>(
    `SELECT h.*, s.name AS stage_name, u.display_name AS actor_name, d.title, d.amount, d.currency
     FROM deal_history h JOIN deals d ON d.id = h.deal_id JOIN deal_stages s ON s.id = h.stage_id
     LEFT JOIN users u ON u.id = h.actor_id
     WHERE d.contact_id = ? AND (h.at, h.id) < (?, ?) ORDER BY h.at DESC, h.id DESC LIMIT ?`,
  );
  const dealIdsOfContact = db.prepare<[number], { id: number }>('SELECT id FROM deals WHERE contact_id = ?');
  // A new version, so that whoever has the deal open gets CONFLICT instead of undoing the move.
  const reassignDeals = db.prepare(
    `UPDATE deals SET contact_id = ?, updated_at = ?, version = version + 1
     WHERE id IN (SELECT value FROM json_each(?))`,
  );

  const stageById = db.prepare<[number], StageRow>('SELECT * FROM deal_stages WHERE id = ?');
  // A field's value may be one choice or a list of them: json_each walks either.
  const heldChoice = db.prepare<[string, string], { choice: string }>(
    `SELECT v.value AS choice FROM deals d, json_each(d.custom, ?) v
     WHERE v.value IN (SELECT value FROM json_each(?)) LIMIT 1`,
  );
  const activeStages = db.prepare<[], StageRow>(
    'SELECT * FROM deal_stages WHERE removed_at IS NULL ORDER BY position, id',
  );
  const stagesVersion = db.prepare<[], { stages_version: number }>(
    'SELECT stages_version FROM deal_pipeline WHERE id = 1',
  );
  const bumpStagesVersion = db.prepare(
    'UPDATE deal_pipeline SET stages_version = stages_version + 1 WHERE id = 1',
  );
  const updateStage = db.prepare(
    'UPDATE deal_stages SET name = @name, probability = @probability, position = @position WHERE id = @id',
  );
  const insertStage = db.prepare(
    'INSERT INTO deal_stages (name, probability, position) VALUES (@name, @probability, @position)',
  );
  const removeStage = db.prepare('UPDATE deal_stages SET removed_at = ? WHERE id = ?');
  const openInStage = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM deals WHERE stage_id = ? AND status = 'open'`,
  );

  // Weighted: integer division after the sum, rounding half up, so no fraction is ever stored.
  const totalsSql = (owner: boolean) =>
    db.prepare<{ ownerId?: number }, TotalRow>(
      `SELECT status, stage_id, currency, count(*) AS count, sum(amount) AS amount,
         (sum(amount * probability) + 50) / 100 AS weighted
       FROM deals ${owner ? 'WHERE owner_id = @ownerId' : ''}
       GROUP BY status, CASE status WHEN 'open' THEN stage_id END, currency`,
    );
  const totalsAll = totalsSql(false);
  const totalsOfOwner = totalsSql(true);

  const columnSql = (owner: boolean) =>
    db.prepare<{ stageId: number; ownerId?: number; limit: number }, DealRow>(
      `${SELECT} WHERE d.status = 'open' AND d.stage_id = @stageId ${owner ? 'AND d.owner_id = @ownerId' : ''}
       ${BOARD_ORDER} LIMIT @limit`,
    );
  const column = { all: columnSql(false), ofOwner: columnSql(true) };
  const closedSql = (owner: boolean) =>
    db.prepare<{ status: DealStatus; ownerId?: number; limit: number }, DealRow>(
      `${SELECT} WHERE d.status = @status ${owner ? 'AND d.owner_id = @ownerId' : ''}
       ORDER BY d.closed_at DESC, d.id DESC LIMIT @limit`,
    );
  const closed = { all: closedSql(false), ofOwner: closedSql(true) };

  const listStatements = new Map<string, ReturnType<typeof db.prepare<Record<string, unknown>, DealRow>>>();
  function listStatement(
    sort: DealSort,
    order: 'asc' | 'desc',
    filters: (keyof DealFilter)[],
    after: boolean,
  ) {
    const key = `${sort}:${order}:${filters.join(',')}:${after}`;
    let statement = listStatements.get(key);
    if (!statement) {
      const { expr } = SORTS[sort];
      const where = filters.map((filter) => FILTERS[filter]);
      if (after) where.push(`(${expr}, d.id) ${order === 'asc' ? '>' : '<'} (@afterValue, @afterId)`);
      statement = db.prepare<Record<string, unknown>, DealRow>(
        `${SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY ${expr} ${order}, d.id ${order} LIMIT @limit`,
      );
      listStatements.set(key, statement);
    }
    return statement;
  }

  function getRow(id: number): DealRow {
    const row = byId.get(id);
    if (!row) throw new CrmError('NOT_FOUND', 'This deal does not exist.', { id });
    return row;
  }

  /** Runs `write` on the row at `version`, or refuses a stale version with CONFLICT. */
  function atVersion(id: number, version: number, write: (row: DealRow) => void): void {
    db.transaction(() => {
      const row = getRow(id);
      if (row.version !== version) {
        throw new CrmError('CONFLICT', 'Someone else changed this deal since you opened it.', {
          currentVersion: row.version,
        });
      }
      write(row);
    })();
  }

  const record = (
    dealId: number,
    change: HistoryRow['change'],
    stageId: number,
    actorId: number,
    at: number,
    reason: string | null = null,
  ) => addHistory.run({ dealId, change, stageId, reason, actorId, at });

  function stages(): DealStages {
    return { version: stagesVersion.get()!.stages_version, stages: activeStages.all().map(toStage) };
  }

  return {
    get: (id: number): Deal => toDeal(getRow(id)),

    create(fields: DealFields, createdBy: number, at: number): Deal {
      const id = db.transaction(() => {
        const dealId = Number(insert.run({ ...bound(fields), createdBy, at }).lastInsertRowid);
        record(dealId, 'created', fields.stageId, createdBy, at);
        return dealId;
      })();
      return toDeal(getRow(id));
    },

    /** Stores the fields; a change of stage goes into the deal's history. */
    update(id: number, version: number, fields: DealFields, actorId: number, at: number): Deal {
      atVersion(id, version, (row) => {
        update.run({ ...bound(fields), id, version, at });
        if (row.stage_id !== fields.stageId) record(id, 'stage', fields.stageId, actorId, at);
      });
      return toDeal(getRow(id));
    },

    /** Won or lost from the deal's current stage; a reason alone may change on a closed deal. */
    close(
      id: number,
      version: number,
      outcome: DealOutcome,
      reason: string | null,
      actorId: number,
      at: number,
    ): Deal {
      atVersion(id, version, (row) => {
        if (row.status === outcome && row.close_reason === reason) return;
        const closedAt = row.status === outcome ? row.closed_at : at;
        setStatus.run({
          id,
          version,
          status: outcome,
          reason,
          closedAt,
          stageId: row.stage_id,
          probability: row.probability,
          at,
        });
        if (row.status !== outcome) record(id, outcome, row.stage_id, actorId, at, reason);
      });
      return toDeal(getRow(id));
    },

    /** Open again in `stageId` with that stage's probability. */
    reopen(id: number, version: number, stage: DealStage, actorId: number, at: number): Deal {
      atVersion(id, version, (row) => {
        if (row.status === 'open') return;
        setStatus.run({
          id,
          version,
          status: 'open',
          reason: null,
          closedAt: null,
          stageId: stage.id,
          probability: stage.probability,
          at,
        });
        record(id, 'reopened', stage.id, actorId, at);
      });
      return toDeal(getRow(id));
    },

    delete(id: number, version: number): Deal {
      const deleted = toDeal(getRow(id));
      atVersion(id, version, () => remove.run(id, version));
      return deleted;
    },

    /** One page of deals in `sort` order, then by id. */
    list(options: {
      filter: DealFilter;
      sort: DealSort;
      order: 'asc' | 'desc';
      cursor: string | null;
      limit: number;
    }) {
      const { filter, sort, order, limit } = options;
      const cursorKey = `deal_${sort}_${order}`;
      const after = options.cursor ? decodeCursor(options.cursor, cursorKey) : null;
      const filters = (Object.keys(FILTERS) as (keyof DealFilter)[]).filter(
        (key) => filter[key] !== undefined,
      );
      const rows = listStatement(sort, order, filters, after !== null).all({
        ...filter,
        afterValue: after?.value,
        afterId: after?.id,
        limit: limit + 1,
      });
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toDeal),
        (last) => encodeCursor({ key: cursorKey, value: SORTS[sort].cursorValue(last), id: last.id }),
      );
    },

    /** Counts and sums per open stage (active stages, board order), won and lost; each per currency. */
    totals(ownerId?: number): PipelineTotals {
      const rows = ownerId === undefined ? totalsAll.all({}) : totalsOfOwner.all({ ownerId });
      const of = (match: (row: TotalRow) => boolean) => groupTotals(rows.filter(match));
      return {
        stages: activeStages.all().map((stage) => ({
          stageId: stage.id,
          ...of((row) => row.status === 'open' && row.stage_id === stage.id),
        })),
        won: of((row) => row.status === 'won'),
        lost: of((row) => row.status === 'lost'),
      };
    },

    /** The first `perColumn` deals of each open stage, and the latest won and lost. */
    boardDeals(perColumn: number, ownerId?: number) {
      const owner = ownerId === undefined ? {} : { ownerId };
      const inColumn = ownerId === undefined ? column.all : column.ofOwner;
      const closedOf = ownerId === undefined ? closed.all : closed.ofOwner;
      return {
        stages: new Map(
          activeStages
            .all()
            .map((stage) => [
              stage.id,
              inColumn.all({ stageId: stage.id, limit: perColumn, ...owner }).map(toDeal),
            ]),
        ),
        won: closedOf.all({ status: 'won', limit: perColumn, ...owner }).map(toDeal),
        lost: closedOf.all({ status: 'lost', limit: perColumn, ...owner }).map(toDeal),
      };
    },

    stages,

    /** A stage by id, removed ones too, or null. */
    stage(id: number): (DealStage & { removed: boolean }) | null {
      const row = stageById.get(id);
      return row ? { ...toStage(row), removed: row.removed_at !== null } : null;
    },

    /**
     * Replaces the stage list as a whole, at `version`. A stage left out is removed, which is
     * refused while it holds open deals; ids must name current stages.
     */
    saveStages(input: StagesInput, at: number): DealStages {
      db.transaction(() => {
        const current = stages();
        if (current.version !== input.version) {
          throw new CrmError('CONFLICT', 'Someone else changed the stages since you opened them.', {
            currentVersion: current.version,
          });
        }
        const currentIds = new Set(current.stages.map((stage) => stage.id));
        const unknown = input.stages.flatMap((stage, index) =>
          stage.id !== undefined && !currentIds.has(stage.id)
            ? [{ path: ['stages', String(index), 'id'], message: 'no such stage' }]
            : [],
        );
        if (unknown.length > 0)
          throw new CrmError('VALIDATION', 'Some fields are not valid.', { issues: unknown });
        const kept = new Set(input.stages.map((stage) => stage.id));
        for (const stage of current.stages.filter((s) => !kept.has(s.id))) {
          const openDeals = openInStage.get(stage.id)!.n;
          if (openDeals > 0) {
            throw new CrmError(
              'STAGE_HAS_DEALS',
              `The stage "${stage.name}" still holds open deals; move them first.`,
              {
                stageId: stage.id,
                name: stage.name,
                openDeals,
              },
            );
          }
          removeStage.run(at, stage.id);
        }
        input.stages.forEach((stage, index) => {
          const values = { name: stage.name, probability: stage.probability, position: index + 1 };
          if (stage.id === undefined) insertStage.run(values);
          else updateStage.run({ ...values, id: stage.id });
        });
        bumpStagesVersion.run();
      })();
      return stages();
    },

    /** One of `choices` that a deal holds in the custom field, if any. */
    heldChoice: (fieldId: number, choices: readonly string[]): string | undefined =>
      heldChoice.get(`$."${fieldId}"`, JSON.stringify(choices))?.choice,

    /** The deals of a merged-away contact go to the contact it was merged into (and back on undo). */
    contactLink: {
      itemsOf: (contactId: number) => dealIdsOfContact.all(contactId).map((row) => row.id),
      reassign: (ids: readonly number[], contactId: number, at: number) =>
        void reassignDeals.run(contactId, at, JSON.stringify(ids)),
    } satisfies ContactLink,

    timelineSource(contactId: number, before: SourceBound | null, limit: number): TimelineEntry[] {
      const bound = before ?? NEWEST;
      return history.all(contactId, bound.at, bound.id, limit).map(toTimelineEntry);
    },
  };
}

export type DealRepository = ReturnType<typeof createDealRepository>;
