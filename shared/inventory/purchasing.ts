import { z } from 'zod';
import { calendarDay } from '../calendar-day';
import { emailAddress, phoneNumber } from '../contacts/contract';
import { currencyCode, minorAmount } from '../deals/contract';
import { page, pageCursor, pageLimit } from '../paging';
import { procedure } from '../procedure';
import { product, QUANTITY_MAX } from './contract';

const id = z.number().int().positive();
const version = z.number().int().positive();
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const SUPPLIER_NAME_MAX = 200;
export const PURCHASE_NOTES_MAX = 4000;
export const PURCHASE_LINES_MAX = 200;
/**
 * The dearest unit cost, in minor units: with QUANTITY_MAX and PURCHASE_LINES_MAX it keeps an
 * order's total an exact integer (below Number.MAX_SAFE_INTEGER).
 */
export const UNIT_COST_MAX = 1_000_000_000;

const supplierFields = {
  /** Unique whatever the letter case, spaces around it dropped. */
  name: z.string().trim().min(1).max(SUPPLIER_NAME_MAX),
  contactPerson: optionalText(200),
  phone: phoneNumber.nullable().optional(),
  email: emailAddress.nullable().optional(),
  address: optionalText(500),
  notes: optionalText(PURCHASE_NOTES_MAX),
};

export const supplierInput = z.object(supplierFields).strict();
export type SupplierInput = z.infer<typeof supplierInput>;
export const supplierPatch = supplierInput.partial().strict();

export const supplier = z.object({
  id,
  name: z.string(),
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  notes: z.string().nullable(),
  archived: z.boolean(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  version,
});
export type Supplier = z.infer<typeof supplier>;

export const supplierFilter = z
  .object({
    /** Any part of the name. */
    query: z.string().trim().max(100).optional(),
    /** Archived suppliers instead of the active ones. */
    archived: z.boolean().optional(),
  })
  .strict();
export type SupplierFilter = z.infer<typeof supplierFilter>;

/** draft → ordered → received; a draft, or an ordered one with nothing received, may be cancelled. */
export const PURCHASE_ORDER_STATUSES = ['draft', 'ordered', 'received', 'cancelled'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

const lineInput = z
  .object({
    productId: id,
    quantity: z.number().int().min(1).max(QUANTITY_MAX),
    /** Cost of one unit, in integer minor units of the order's currency. */
    unitCostMinor: minorAmount.max(UNIT_COST_MAX),
  })
  .strict();
export type PurchaseLineInput = z.infer<typeof lineInput>;

/** At most PURCHASE_LINES_MAX lines, each product once. */
const linesInput = z
  .array(lineInput)
  .max(PURCHASE_LINES_MAX)
  .superRefine((lines, check) => {
    const seen = new Set<number>();
    lines.forEach((line, index) => {
      if (seen.has(line.productId)) {
        check.addIssue({ code: 'custom', path: [index, 'productId'], message: 'listed twice' });
      }
      seen.add(line.productId);
    });
  });

const orderFields = {
  supplierId: id,
  /** The day the goods are expected (the supplier's promise), if known. */
  expectedOn: calendarDay.nullable().optional(),
  currency: currencyCode,
  notes: optionalText(PURCHASE_NOTES_MAX),
  lines: linesInput,
};

export const purchaseOrderInput = z.object(orderFields).strict();
export type PurchaseOrderInput = z.infer<typeof purchaseOrderInput>;
/** `lines`, when given, replaces every line of the draft. */
export const purchaseOrderPatch = purchaseOrderInput.partial().strict();
export type PurchaseOrderPatch = z.infer<typeof purchaseOrderPatch>;

export const purchaseOrderLine = z.object({
  id,
  product: product.pick({ id: true, sku: true, name: true, unit: true, archived: true }),
  quantity: z.number().int(),
  unitCostMinor: z.number().int(),
  receivedQuantity: z.number().int(),
  /** quantity × unitCostMinor. */
  totalMinor: z.number().int(),
});
export type PurchaseOrderLine = z.infer<typeof purchaseOrderLine>;

const orderSummaryFields = {
  id,
  /** PO-000123, one sequence per company. */
  number: z.string(),
  supplier: supplier.pick({ id: true, name: true, archived: true }),
  status: z.enum(PURCHASE_ORDER_STATUSES),
  expectedOn: z.string().nullable(),
  currency: z.string(),
  /** Sum of the lines' totals, in integer minor units of `currency`. */
  totalMinor: z.number().int(),
  lineCount: z.number().int(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  version,
};

export const purchaseOrderSummary = z.object(orderSummaryFields);
export type PurchaseOrderSummary = z.infer<typeof purchaseOrderSummary>;

export const purchaseOrder = z.object({
  ...orderSummaryFields,
  notes: z.string().nullable(),
  lines: z.array(purchaseOrderLine),
  orderedAt: z.number().int().nullable(),
  receivedAt: z.number().int().nullable(),
  cancelledAt: z.number().int().nullable(),
});
export type PurchaseOrder = z.infer<typeof purchaseOrder>;

export const purchaseOrderFilter = z
  .object({ status: z.enum(PURCHASE_ORDER_STATUSES).optional(), supplierId: id.optional() })
  .strict();
export type PurchaseOrderFilter = z.infer<typeof purchaseOrderFilter>;

const byVersion = { id, version };

/**
 * Everyone reads suppliers and purchase orders; admins and the owner manage suppliers and
 * create, place and cancel orders; staff receive the goods (the warehouse).
 */
export const purchasingProcedures = {
  'suppliers.create': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: supplierInput,
    output: supplier,
  }),
  'suppliers.get': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ id }).strict(),
    output: supplier,
  }),
  'suppliers.update': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z.object({ ...byVersion, patch: supplierPatch }).strict(),
    output: supplier,
  }),
  /** Archived suppliers leave the list and take no new orders; their orders stay. */
  'suppliers.setArchived': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z.object({ ...byVersion, archived: z.boolean() }).strict(),
    output: supplier,
  }),
  /** By name (case aside), then id. */
  'suppliers.list': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ filter: supplierFilter.optional(), cursor: pageCursor, limit: pageLimit }).strict(),
    output: page(supplier),
  }),
  /** A draft, with any lines so far. */
  'purchaseOrders.create': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: purchaseOrderInput,
    output: purchaseOrder,
  }),
  'purchaseOrders.get': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ id }).strict(),
    output: purchaseOrder,
  }),
  /** Drafts only. */
  'purchaseOrders.update': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z.object({ ...byVersion, patch: purchaseOrderPatch }).strict(),
    output: purchaseOrder,
  }),
  /** Draft → ordered: needs a line and an active supplier; its goods then count as on order. */
  'purchaseOrders.place': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z.object(byVersion).strict(),
    output: purchaseOrder,
  }),
  /**
   * Goods arrived: each line's quantity (1 up to what is still due) goes into stock as a receipt;
   * the order is received once every line is complete.
   */
  'purchaseOrders.receive': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    input: z
      .object({
        ...byVersion,
        lines: z
          .array(z.object({ lineId: id, quantity: z.number().int().min(1).max(QUANTITY_MAX) }).strict())
          .min(1)
          .max(PURCHASE_LINES_MAX),
      })
      .strict(),
    output: purchaseOrder,
  }),
  /** A draft, or an ordered one of which nothing was received. */
  'purchaseOrders.cancel': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z.object(byVersion).strict(),
    output: purchaseOrder,
  }),
  /** Newest first. */
  'purchaseOrders.list': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({ filter: purchaseOrderFilter.optional(), cursor: pageCursor, limit: pageLimit })
      .strict(),
    output: page(purchaseOrderSummary),
  }),
};
