import { z } from 'zod';
import { currencyCode } from '../deals/contract';
import {
  lineQuantity,
  orderAtVersion,
  orderLineFields,
  orderLinesInput,
  orderSummaryFields,
  unitAmountMinor,
} from '../order-lines';
import { page, pageCursor, pageLimit } from '../paging';
import { procedure } from '../procedure';

const id = z.number().int().positive();

export const ORDER_NOTES_MAX = 4000;
export const LINE_DESCRIPTION_MAX = 200;

/** draft → confirmed → fulfilled; a draft or a confirmed order may be cancelled (a confirmed one by an admin). */
export const SALES_ORDER_STATUSES = ['draft', 'confirmed', 'fulfilled', 'cancelled'] as const;
export type SalesOrderStatus = (typeof SALES_ORDER_STATUSES)[number];

const lineInput = z
  .object({
    description: z.string().trim().min(1).max(LINE_DESCRIPTION_MAX),
    /** A product of the catalogue; only while the licence includes inventory. */
    productId: id.nullable().optional(),
    quantity: lineQuantity,
    /** Price of one unit. */
    unitPriceMinor: unitAmountMinor,
  })
  .strict();
export type SalesLineInput = z.infer<typeof lineInput>;

const orderFields = {
  contactId: id,
  currency: currencyCode,
  notes: z.string().trim().max(ORDER_NOTES_MAX).nullable().optional(),
  lines: orderLinesInput(lineInput),
};

export const salesOrderInput = z.object(orderFields).strict();
export type SalesOrderInput = z.infer<typeof salesOrderInput>;
/** `lines`, when given, replaces every line of the draft. */
export const salesOrderPatch = salesOrderInput.partial().strict();
export type SalesOrderPatch = z.infer<typeof salesOrderPatch>;

const lineProduct = z.object({ id, sku: z.string(), name: z.string(), unit: z.string() }).nullable();

export const salesOrderLine = z.object({
  ...orderLineFields,
  description: z.string(),
  product: lineProduct,
  unitPriceMinor: z.number().int(),
  /** How much of the line came back in the order's returns so far. */
  returnedQuantity: z.number().int(),
});
export type SalesOrderLine = z.infer<typeof salesOrderLine>;

/** `number` is SO-000123, one sequence per company. */
const summaryFields = {
  ...orderSummaryFields(SALES_ORDER_STATUSES),
  contactId: id,
  contactName: z.string(),
  /** The returns' worth: what the returned goods were sold for, in minor units of `currency`. */
  returnedMinor: z.number().int(),
};

export const salesOrderSummary = z.object(summaryFields);
export type SalesOrderSummary = z.infer<typeof salesOrderSummary>;

export const RETURN_REASON_MAX = 500;

/** The order's lines to take back: each named once, each at most what it has left to return. */
const returnLineInput = z.object({ lineId: id, quantity: lineQuantity }).strict();

export const salesReturnInput = z
  .object({
    orderId: id,
    /** The order's version the user read; when given, a changed order is refused with CONFLICT. */
    version: z.number().int().positive().optional(),
    lines: orderLinesInput(returnLineInput).min(1),
    reason: z.string().trim().min(1).max(RETURN_REASON_MAX),
  })
  .strict();
export type SalesReturnInput = z.infer<typeof salesReturnInput>;

/** A line of a return: the order line it takes back some of, at that line's price. */
export const salesReturnLine = z.object({
  ...orderLineFields,
  orderLineId: id,
  description: z.string(),
  product: lineProduct,
  unitPriceMinor: z.number().int(),
});
export type SalesReturnLine = z.infer<typeof salesReturnLine>;

/** `number` is RT-000123, one sequence per company. */
export const salesReturn = z.object({
  id,
  number: z.string(),
  orderId: id,
  reason: z.string(),
  returnedAt: z.number().int(),
  returnedBy: z.object({ id, name: z.string() }),
  lines: z.array(salesReturnLine),
  /** What the returned goods were sold for, in minor units of the order's currency. */
  totalMinor: z.number().int(),
});
export type SalesReturn = z.infer<typeof salesReturn>;

export const salesOrder = z.object({
  ...summaryFields,
  /** `totalMinor` less `returnedMinor`. */
  netTotalMinor: z.number().int(),
  /** Oldest first. */
  returns: z.array(salesReturn),
  notes: z.string().nullable(),
  lines: z.array(salesOrderLine),
  createdBy: id,
  confirmedAt: z.number().int().nullable(),
  fulfilledAt: z.number().int().nullable(),
  cancelledAt: z.number().int().nullable(),
});
export type SalesOrder = z.infer<typeof salesOrder>;

/** Staff make, confirm and fulfil orders of the customers they see; cancelling a confirmed one takes an admin. */
export const ordersProcedures = {
  /** A draft for a customer, with any lines so far. */
  'orders.create': procedure({
    module: 'orders',
    lowestRole: 'staff',
    contactRef: 'contactId',
    input: salesOrderInput,
    output: salesOrder,
  }),
  'orders.get': procedure({
    module: 'orders',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ id }).strict(),
    output: salesOrder,
  }),
  /** Drafts only. */
  'orders.update': procedure({
    module: 'orders',
    lowestRole: 'staff',
    input: z.object({ ...orderAtVersion, patch: salesOrderPatch }).strict(),
    output: salesOrder,
  }),
  /** Draft → confirmed: needs at least one line. */
  'orders.confirm': procedure({
    module: 'orders',
    lowestRole: 'staff',
    input: z.object(orderAtVersion).strict(),
    output: salesOrder,
  }),
  /** Confirmed → fulfilled: the goods went out; product lines are issued from stock. */
  'orders.fulfil': procedure({
    module: 'orders',
    lowestRole: 'staff',
    input: z.object(orderAtVersion).strict(),
    output: salesOrder,
  }),
  /** A draft (staff), or a confirmed order (admin or owner). */
  'orders.cancel': procedure({
    module: 'orders',
    lowestRole: 'staff',
    input: z.object(orderAtVersion).strict(),
    output: salesOrder,
  }),
  /**
   * Goods of a fulfilled order taken back: product lines go back into stock (with inventory). The
   * order stays fulfilled; its lines show what was returned and its net total drops.
   */
  'orders.returns.create': procedure({
    module: 'orders',
    lowestRole: 'staff',
    input: salesReturnInput,
    output: salesReturn,
  }),
  /** Newest first; of one status, of one customer, or all the caller may see. */
  'orders.list': procedure({
    module: 'orders',
    lowestRole: 'staff',
    access: 'read',
    contactRef: 'contactId',
    input: z
      .object({
        status: z.enum(SALES_ORDER_STATUSES).optional(),
        contactId: id.optional(),
        cursor: pageCursor,
        limit: pageLimit,
      })
      .strict(),
    output: page(salesOrderSummary),
  }),
};
