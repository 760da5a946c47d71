import { z } from 'zod';
import { minorAmount } from './deals/contract';
import { QUANTITY_MAX } from './inventory/contract';

const id = z.number().int().positive();
const version = z.number().int().positive();

/** The most lines one order (bought or sold) holds. */
export const ORDER_LINES_MAX = 200;
/**
 * The dearest unit amount (cost or price), in minor units: with QUANTITY_MAX and ORDER_LINES_MAX it
 * keeps an order's total an exact integer (below Number.MAX_SAFE_INTEGER).
 */
export const UNIT_AMOUNT_MAX = 1_000_000_000;

/** How many of a line's goods: at least one, at most what the stock counts. */
export const lineQuantity = z.number().int().min(1).max(QUANTITY_MAX);
/** One unit's cost or price, in integer minor units of the order's currency. */
export const unitAmountMinor = minorAmount.max(UNIT_AMOUNT_MAX);

/** The lines of an order's input: at most ORDER_LINES_MAX. */
export const orderLinesInput = <Line extends z.ZodTypeAny>(line: Line) => z.array(line).max(ORDER_LINES_MAX);

/** A line's total in minor units: quantity × unit amount. */
export const lineTotalMinor = (quantity: number, unitMinor: number) => quantity * unitMinor;

/** What every stored line of an order shows besides its goods and unit amount. */
export const orderLineFields = {
  id,
  quantity: z.number().int(),
  /** quantity × the unit amount. */
  totalMinor: z.number().int(),
};

/** What every order's summary shows besides its counterparty and dates of its own. */
export const orderSummaryFields = <Status extends string>(statuses: readonly [Status, ...Status[]]) => ({
  id,
  number: z.string(),
  status: z.enum(statuses),
  currency: z.string(),
  /** Sum of the lines' totals, in integer minor units of `currency`. */
  totalMinor: z.number().int(),
  lineCount: z.number().int(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  version,
});

/** Names a stored order and the version the user read. */
export const orderAtVersion = { id, version };
