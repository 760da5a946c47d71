import { z } from 'zod';
import { page, pageCursor, pageInput, pageLimit } from '../paging';
import { procedure } from '../procedure';
import { product } from './contract';
import { STOCK_MAX } from './stock';

const id = z.number().int().positive();
const version = z.number().int().positive();

export const STOCKTAKE_STATUSES = ['counting', 'posted', 'cancelled'] as const;
export type StocktakeStatus = (typeof STOCKTAKE_STATUSES)[number];

export const STOCKTAKE_NOTE_MAX = 500;
/** The most products one stocktake may be started for by hand, and one count may save at once. */
export const STOCKTAKE_PICK_MAX = 1000;
export const STOCKTAKE_COUNT_BATCH_MAX = 200;

/** Its readable number: `ST-000045`, in the order stocktakes were started. */
export function formatStocktakeNumber(sequence: number): string {
  return `ST-${String(sequence).padStart(6, '0')}`;
}

const counted = z.number().int().min(0).max(STOCK_MAX);

const noDuplicates = (values: number[]) => new Set(values).size === values.length;

export const stocktakeLine = z.object({
  id,
  product: product.pick({ id: true, sku: true, name: true, unit: true }),
  /** On hand when the count started. */
  expected: z.number().int(),
  /** null until someone enters it. */
  counted: counted.nullable(),
  /** On hand now: what posting compares the count with, so movements made meanwhile stay. */
  onHand: z.number().int(),
  /** The movement posted for this line (counted − on hand then); null before posting or when equal. */
  adjustment: z.number().int().nullable(),
});
export type StocktakeLine = z.infer<typeof stocktakeLine>;

export const stocktakeSummary = z.object({
  id,
  number: z.string(),
  note: z.string().nullable(),
  status: z.enum(STOCKTAKE_STATUSES),
  lineCount: z.number().int(),
  countedCount: z.number().int(),
  createdByName: z.string(),
  createdAt: z.number().int(),
  /** When it was posted or cancelled, and by whom. */
  closedAt: z.number().int().nullable(),
  closedByName: z.string().nullable(),
  updatedAt: z.number().int(),
  version,
});
export type StocktakeSummary = z.infer<typeof stocktakeSummary>;

/** A stocktake's header as its count sheet shows it; the lines come page by page (`stocktakes.lines`). */
export const stocktakeOverview = stocktakeSummary.extend({
  /** Counted lines whose count differs from on hand now: the products posting now would move. */
  changingCount: z.number().int(),
});
export type StocktakeOverview = z.infer<typeof stocktakeOverview>;

export const stocktakeLineFilter = z
  .object({
    /** The start of a SKU, or any part of a product's name (as products.list). */
    query: z.string().trim().max(100).optional(),
    /** Only the lines nobody has counted yet. */
    notCounted: z.boolean().optional(),
  })
  .strict();
export type StocktakeLineFilter = z.infer<typeof stocktakeLineFilter>;

/** A stocktake with its lines, by product name. */
export const stocktake = stocktakeSummary.extend({ lines: z.array(stocktakeLine) });
export type Stocktake = z.infer<typeof stocktake>;

const byVersion = z.object({ id, version }).strict();

/**
 * Count sheets. Admins start, post and cancel them; anyone counts. Posting turns each line whose
 * count differs from on hand into one `stocktake` movement of the stock ledger (shared/inventory/stock.ts).
 */
export const stocktakeProcedures = {
  /** For the chosen products, or, without `productIds`, for every active product. */
  'stocktakes.start': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z
      .object({
        productIds: z
          .array(id)
          .min(1)
          .max(STOCKTAKE_PICK_MAX)
          .refine(noDuplicates, 'a product is listed twice')
          .optional(),
        note: z.string().trim().max(STOCKTAKE_NOTE_MAX).optional(),
      })
      .strict(),
    output: stocktake,
  }),
  'stocktakes.get': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ id }).strict(),
    output: stocktake,
  }),
  /** The header alone, however many lines the stocktake has. */
  'stocktakes.overview': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ id }).strict(),
    output: stocktakeOverview,
  }),
  /** A page of its lines, by product name (case aside), then product id. */
  'stocktakes.lines': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: pageInput({ id, filter: stocktakeLineFilter.optional() }),
    output: page(stocktakeLine),
  }),
  /**
   * Saves counts (null clears one) while the stocktake is counting; answers the header alone
   * (progress, version), not every line again.
   */
  'stocktakes.count': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    input: z
      .object({
        id,
        lines: z
          .array(z.object({ lineId: id, counted: counted.nullable() }).strict())
          .min(1)
          .max(STOCKTAKE_COUNT_BATCH_MAX)
          .refine((lines) => noDuplicates(lines.map((line) => line.lineId)), 'a line is listed twice'),
      })
      .strict(),
    output: stocktakeOverview,
  }),
  /** Refused until every line is counted; answers the header alone, as `stocktakes.count`. */
  'stocktakes.post': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: byVersion,
    output: stocktakeOverview,
  }),
  /** Answers the header alone, as `stocktakes.count`. */
  'stocktakes.cancel': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: byVersion,
    output: stocktakeOverview,
  }),
  /** Newest first. */
  'stocktakes.list': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({ status: z.enum(STOCKTAKE_STATUSES).optional(), cursor: pageCursor, limit: pageLimit })
      .strict(),
    output: page(stocktakeSummary),
  }),
};
