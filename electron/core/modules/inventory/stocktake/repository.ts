import { CrmError } from '../../../../../shared/errors';
import {
  formatStocktakeNumber,
  type Stocktake,
  type StocktakeLineFilter,
  type StocktakeOverview,
  type StocktakeStatus,
  type StocktakeSummary,
} from '../../../../../shared/inventory/stocktake';
import type { Db } from '../../../db/database';
import { decodeCursor, encodeCursor, keysetPage, resumeAfter } from '../../contacts/cursor';
import { PRODUCT_QUERY_MATCH, queryParams } from '../products-repository';

interface SummaryRow {
  id: number;
  number: string;
  note: string | null;
  status: StocktakeStatus;
  line_count: number;
  counted_count: number;
  created_by_name: string;
  created_at: number;
  closed_at: number | null;
  closed_by_name: string | null;
  updated_at: number;
  version: number;
}

interface LineRow {
  id: number;
  product_id: number;
  sku: string;
  name: string;
  name_key: string;
  unit: string;
  expected: number;
  counted: number | null;
  on_hand: number;
  adjustment: number | null;
}

/** A line as posting sees it: what was counted, against which product. */
export interface CountedLine {
  id: number;
  productId: number;
  counted: number;
}

/** Lists go newest first, a stocktake's lines by product name; the cursor keys name those orders. */
const CURSOR_KEY = 'stocktake_id';
const LINE_CURSOR_KEY = 'stocktake_line_name';

const SUMMARY = `SELECT s.id, s.number, s.note, s.status, s.created_at, s.closed_at, s.updated_at, s.version,
    (SELECT count(*) FROM stocktake_lines l WHERE l.stocktake_id = s.id) AS line_count,
    (SELECT count(*) FROM stocktake_lines l WHERE l.stocktake_id = s.id AND l.counted IS NOT NULL)
      AS counted_count,
    creator.display_name AS created_by_name, closer.display_name AS closed_by_name
  FROM stocktakes s
  JOIN users creator ON creator.id = s.created_by
  LEFT JOIN users closer ON closer.id = s.closed_by`;

const toSummary = (row: SummaryRow): StocktakeSummary => ({
  id: row.id,
  number: row.number,
  note: row.note,
  status: row.status,
  lineCount: row.line_count,
  countedCount: row.counted_count,
  createdByName: row.created_by_name,
  createdAt: row.created_at,
  closedAt: row.closed_at,
  closedByName: row.closed_by_name,
  updatedAt: row.updated_at,
  version: row.version,
});

// On hand comes from the ledger's running balance (0022); a product never moved has none.
const SELECT_LINE = `SELECT l.id, l.product_id, p.sku, p.name, p.name_key, l.expected, l.counted, p.unit,
    l.adjustment, IFNULL(ps.on_hand, 0) AS on_hand
  FROM stocktake_lines l
  JOIN products p ON p.id = l.product_id
  LEFT JOIN product_stock ps ON ps.product_id = l.product_id`;

const toLine = (row: LineRow): Stocktake['lines'][number] => ({
  id: row.id,
  product: { id: row.product_id, sku: row.sku, name: row.name, unit: row.unit },
  expected: row.expected,
  counted: row.counted,
  onHand: row.on_hand,
  adjustment: row.adjustment,
});

export function createStocktakeRepository(db: Db) {
  const summaryById = db.prepare<[number], SummaryRow>(`${SUMMARY} WHERE s.id = ?`);
  const linesOf = db.prepare<[number], LineRow>(
    `${SELECT_LINE} WHERE l.stocktake_id = ? ORDER BY p.name_key, p.id`,
  );
  // @notCounted 1 keeps the lines not counted yet.
  const linesPage = db.prepare<Record<string, unknown>, LineRow>(
    `${SELECT_LINE}
     WHERE l.stocktake_id = @id AND ${PRODUCT_QUERY_MATCH} AND (@notCounted = 0 OR l.counted IS NULL)
       AND (p.name_key, p.id) > (@afterKey, @afterId)
     ORDER BY p.name_key, p.id LIMIT @limit`,
  );
  const changingOf = db.prepare<[number], { count: number }>(
    `SELECT count(*) AS count
     FROM stocktake_lines l LEFT JOIN product_stock ps ON ps.product_id = l.product_id
     WHERE l.stocktake_id = ? AND l.counted IS NOT NULL AND l.counted <> IFNULL(ps.on_hand, 0)`,
  );
  const page = db.prepare<Record<string, unknown>, SummaryRow>(
    `${SUMMARY} WHERE (@status IS NULL OR s.status = @status) AND s.id < @beforeId
     ORDER BY s.id DESC LIMIT @limit`,
  );
  const productsIn = db.prepare<[string], { id: number; sku: string; archived: number }>(
    `SELECT id, sku, archived_at IS NOT NULL AS archived FROM products WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const activeProductIds = db.prepare<[], { id: number }>(
    'SELECT id FROM products WHERE archived_at IS NULL ORDER BY id',
  );
  const nextId = db.prepare<[], { id: number }>('SELECT IFNULL(MAX(id), 0) + 1 AS id FROM stocktakes');
  const insert = db.prepare(
    `INSERT INTO stocktakes (id, number, note, created_by, created_at, updated_at)
     VALUES (@id, @number, @note, @by, @at, @at)`,
  );
  const insertLines = db.prepare(
    `INSERT INTO stocktake_lines (stocktake_id, product_id, expected)
     SELECT @id, p.id, IFNULL(ps.on_hand, 0)
     FROM products p LEFT JOIN product_stock ps ON ps.product_id = p.id
     WHERE p.id IN (SELECT value FROM json_each(@productIds))`,
  );
  const lineIdsOf = db.prepare<[number], { id: number }>(
    'SELECT id FROM stocktake_lines WHERE stocktake_id = ?',
  );
  const setCount = db.prepare(
    `UPDATE stocktake_lines SET counted = @counted, counted_by = @by, counted_at = @at
     WHERE id = @lineId AND stocktake_id = @id`,
  );
  const setAdjustment = db.prepare('UPDATE stocktake_lines SET adjustment = @adjustment WHERE id = @lineId');
  const touch = db.prepare('UPDATE stocktakes SET updated_at = @at, version = version + 1 WHERE id = @id');
  const close = db.prepare(
    `UPDATE stocktakes SET status = @status, closed_by = @by, closed_at = @at, updated_at = @at,
       version = version + 1
     WHERE id = @id`,
  );

  function summary(id: number): SummaryRow {
    const found = summaryById.get(id);
    if (!found) throw new CrmError('NOT_FOUND', 'This stocktake does not exist.', { id });
    return found;
  }

  function get(id: number): Stocktake {
    return { ...toSummary(summary(id)), lines: linesOf.all(id).map(toLine) };
  }

  /** The header, with how many products posting now would move. */
  function overview(id: number): StocktakeOverview {
    return { ...toSummary(summary(id)), changingCount: changingOf.get(id)!.count };
  }

  /** The stocktake, still counting, at `version` when one is named; else CONFLICT. */
  function counting(id: number, version?: number): SummaryRow {
    const current = summary(id);
    if (version !== undefined && current.version !== version) {
      throw new CrmError('CONFLICT', 'Someone else changed this stocktake since you opened it.', {
        currentVersion: current.version,
      });
    }
    if (current.status !== 'counting') {
      throw new CrmError('CONFLICT', `This stocktake is already ${current.status}.`, {
        status: current.status,
        currentVersion: current.version,
      });
    }
    return current;
  }

  /** VALIDATION naming the chosen products that do not exist or are archived. */
  function checkProducts(productIds: number[]): void {
    const found = new Map(productsIn.all(JSON.stringify(productIds)).map((p) => [p.id, p]));
    const issues = productIds.flatMap((productId, index) => {
      const product = found.get(productId);
      if (product && !product.archived) return [];
      return [{ path: ['productIds', index], message: product ? 'archived' : 'not found' }];
    });
    if (issues.length > 0) {
      throw new CrmError('VALIDATION', 'Some of the chosen products do not exist or are archived.', {
        issues,
      });
    }
  }

  return {
    get,

    overview,

    /** A page of its lines by product name, found by SKU or name, optionally only those not counted. */
    lines(id: number, filter: StocktakeLineFilter, cursor: string | null, limit: number) {
      summary(id);
      const rows = linesPage.all({
        id,
        ...queryParams(filter.query ?? ''),
        notCounted: filter.notCounted ? 1 : 0,
        ...resumeAfter(cursor, LINE_CURSOR_KEY),
        limit: limit + 1,
      });
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toLine),
        (last) => encodeCursor({ key: LINE_CURSOR_KEY, value: last.name_key, id: last.product_id }),
      );
    },

    /** For the chosen products, or every active one; each line expects what is on hand now. */
    start(productIds: number[] | null, note: string | null, by: number, at: number): Stocktake {
      return db.transaction(() => {
        if (productIds) checkProducts(productIds);
        const ids = productIds ?? activeProductIds.all().map((p) => p.id);
        if (ids.length === 0) {
          throw new CrmError('VALIDATION', 'There are no active products to count.', {
            issues: [{ path: ['productIds'], message: 'no active products' }],
          });
        }
        const { id } = nextId.get()!;
        insert.run({ id, number: formatStocktakeNumber(id), note, by, at });
        insertLines.run({ id, productIds: JSON.stringify(ids) });
        return get(id);
      })();
    },

    /** Saves counts of its own lines while counting (another stocktake's are refused); answers the header. */
    count(
      id: number,
      lines: { lineId: number; counted: number | null }[],
      by: number,
      at: number,
    ): StocktakeOverview {
      return db.transaction(() => {
        counting(id);
        const own = new Set(lineIdsOf.all(id).map((line) => line.id));
        const issues = lines.flatMap((line, index) =>
          own.has(line.lineId)
            ? []
            : [{ path: ['lines', index, 'lineId'], message: 'not a line of this stocktake' }],
        );
        if (issues.length > 0) {
          throw new CrmError('VALIDATION', 'Some lines are not on this stocktake.', { issues });
        }
        for (const line of lines) {
          const counted = line.counted;
          setCount.run({
            id,
            lineId: line.lineId,
            counted,
            by: counted === null ? null : by,
            at: counted === null ? null : at,
          });
        }
        touch.run({ id, at });
        return overview(id);
      })();
    },

    /**
     * Posts a counting stocktake at `version` whose every line is counted: `adjust` moves the
     * stock of each line (inside this transaction, naming the stocktake's number as the source)
     * and answers the movement's quantity, or 0.
     */
    post(
      id: number,
      version: number,
      by: number,
      at: number,
      adjust: (line: CountedLine, number: string) => number,
    ): StocktakeOverview {
      return db.transaction(() => {
        const { number } = counting(id, version);
        const lines = linesOf.all(id);
        const missing = lines.filter((line) => line.counted === null);
        if (missing.length > 0) {
          throw new CrmError(
            'VALIDATION',
            `Count every line before posting; not counted yet: ${missing.map((line) => line.sku).join(', ')}.`,
            {
              issues: [{ path: ['lines'], message: 'not counted' }],
              missing: missing.map((line) => ({ lineId: line.id, sku: line.sku, name: line.name })),
            },
          );
        }
        for (const line of lines) {
          const adjustment = adjust(
            { id: line.id, productId: line.product_id, counted: line.counted! },
            number,
          );
          if (adjustment !== 0) setAdjustment.run({ lineId: line.id, adjustment });
        }
        close.run({ id, status: 'posted', by, at });
        return overview(id);
      })();
    },

    cancel(id: number, version: number, by: number, at: number): StocktakeOverview {
      return db.transaction(() => {
        counting(id, version);
        close.run({ id, status: 'cancelled', by, at });
        return overview(id);
      })();
    },

    /** Newest first, optionally of one status. */
    list(status: StocktakeStatus | null, cursor: string | null, limit: number) {
      const after = cursor ? decodeCursor(cursor, CURSOR_KEY) : null;
      const rows = page.all({
        status,
        beforeId: after ? after.id : Number.MAX_SAFE_INTEGER,
        limit: limit + 1,
      });
      return keysetPage(
        rows,
        limit,
        (shown) => shown.map(toSummary),
        (last) => encodeCursor({ key: CURSOR_KEY, value: last.id, id: last.id }),
      );
    },
  };
}

export type StocktakeRepository = ReturnType<typeof createStocktakeRepository>;
