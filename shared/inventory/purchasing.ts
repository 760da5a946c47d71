import { z } from 'zod';
import { calendarDay } from '../calendar-day';
import { emailAddress, phoneNumber } from '../contacts/contract';
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
import { product } from './contract';

const id = z.number().int().positive();
const version = z.number().int().positive();
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const SUPPLIER_NAME_MAX = 200;
export const PURCHASE_NOTES_MAX = 4000;

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
    quantity: lineQuantity,
    /** Cost of one unit. */
    unitCostMinor: unitAmountMinor,
  })
  .strict();
export type PurchaseLineInput = z.infer<typeof lineInput>;

/** Each product once. */
const linesInput = orderLinesInput(lineInput).superRefine((lines, check) => {
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
  ...orderLineFields,
  product: product.pick({ id: true, sku: true, name: true, unit: true, archived: true }),
  unitCostMinor: z.number().int(),
  receivedQuantity: z.number().int(),
});
export type PurchaseOrderLine = z.infer<typeof purchaseOrderLine>;

/** `number` is PO-000123, one sequence per company. */
const purchaseSummaryFields = {
  ...orderSummaryFields(PURCHASE_ORDER_STATUSES),
  supplier: supplier.pick({ id: true, name: true, archived: true }),
  expectedOn: z.string().nullable(),
};

export const purchaseOrderSummary = z.object(purchaseSummaryFields);
export type PurchaseOrderSummary = z.infer<typeof purchaseOrderSummary>;

export const purchaseOrder = z.object({
  ...purchaseSummaryFields,
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
    input: z.object({ ...orderAtVersion, patch: supplierPatch }).strict(),
    output: supplier,
  }),
  /** Archived suppliers leave the list and take no new orders; their orders stay. */
  'suppliers.setArchived': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z.object({ ...orderAtVersion, archived: z.boolean() }).strict(),
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
    input: z.object({ ...orderAtVersion, patch: purchaseOrderPatch }).strict(),
    output: purchaseOrder,
  }),
  /** Draft → ordered: needs a line and an active supplier; its goods then count as on order. */
  'purchaseOrders.place': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z.object(orderAtVersion).strict(),
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
        ...orderAtVersion,
        lines: orderLinesInput(z.object({ lineId: id, quantity: lineQuantity }).strict()).min(1),
      })
      .strict(),
    output: purchaseOrder,
  }),
  /** A draft, or an ordered one of which nothing was received. */
  'purchaseOrders.cancel': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z.object(orderAtVersion).strict(),
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
