import { z } from 'zod';
import { page, pageCursor, pageLimit } from '../paging';
import { procedure } from '../procedure';
import { product } from './contract';

const id = z.number().int().positive();

/**
 * Why a product's stock changed. Every change is a movement in the stock ledger, never an edit of
 * the quantity: receipt (goods of a purchase order received), stocktake (a count's difference
 * posted), issue (goods handed out, e.g. on a work order), correction (an admin's fix, with a note).
 */
export const STOCK_REASONS = ['receipt', 'stocktake', 'issue', 'correction'] as const;
export type StockReason = (typeof STOCK_REASONS)[number];

/** What a movement came from: a purchase order or a stocktake (with its number), or nothing. */
export const stockSource = z
  .object({ kind: z.enum(['purchaseOrder', 'stocktake']), id, number: z.string() })
  .nullable();

export const stockMovement = z.object({
  id,
  product: product.pick({ id: true, sku: true, name: true, unit: true }),
  /** Signed: goods in are positive, goods out negative. */
  quantity: z.number().int(),
  reason: z.enum(STOCK_REASONS),
  source: stockSource,
  note: z.string().nullable(),
  byId: id,
  byName: z.string(),
  at: z.number().int(),
  /** The product's stock on hand right after this movement. */
  onHandAfter: z.number().int(),
});
export type StockMovement = z.infer<typeof stockMovement>;

/** A product with what is in stock and what is still on order (open purchase orders). */
export const stockLevel = z.object({
  product: product.pick({ id: true, sku: true, name: true, unit: true, archived: true }),
  onHand: z.number().int(),
  onOrder: z.number().int(),
});
export type StockLevel = z.infer<typeof stockLevel>;

/** The largest stock a product may hold, and the largest single movement. */
export const STOCK_MAX = 1_000_000_000;

export const stockProcedures = {
  /** Inventory inquiry: products by name (as products.list) with their stock; `query` as there. */
  'stock.levels': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({
        query: z.string().trim().max(100).optional(),
        /** Only products with nothing (or less than nothing) on hand. */
        outOfStock: z.boolean().optional(),
        cursor: pageCursor,
        limit: pageLimit,
      })
      .strict(),
    output: page(stockLevel),
  }),
  /** A product's stock ledger, newest first. */
  'stock.movements': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ productId: id, cursor: pageCursor, limit: pageLimit }).strict(),
    output: page(stockMovement),
  }),
  /** An admin's correction of one product's stock, by a signed quantity, with the reason why. */
  'stock.correct': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z
      .object({
        productId: id,
        quantity: z
          .number()
          .int()
          .min(-STOCK_MAX)
          .max(STOCK_MAX)
          .refine((quantity) => quantity !== 0, 'not zero'),
        note: z.string().trim().min(1).max(500),
      })
      .strict(),
    output: stockMovement,
  }),
};
