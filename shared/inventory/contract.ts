import { z } from 'zod';
import { currencyCode, minorAmount } from '../deals/contract';
import { page, pageCursor, pageLimit } from '../paging';
import { procedure } from '../procedure';

const id = z.number().int().positive();
const version = z.number().int().positive();

export const SKU_MAX = 64;
export const PRODUCT_NAME_MAX = 200;
export const UNIT_MAX = 16;
export const PRODUCT_DESCRIPTION_MAX = 4000;
export const QUANTITY_MAX = 9_999;
export const SERIAL_NUMBER_MAX = 64;
export const LINK_NOTE_MAX = 500;

/** Stock-keeping unit: unique regardless of letter case, spaces around it dropped. */
export const sku = z.string().trim().min(1).max(SKU_MAX);
/** Kept exactly as typed (no trimming, every character), but never blank. */
const productName = z
  .string()
  .max(PRODUCT_NAME_MAX)
  .refine((name) => name.trim().length > 0, { message: 'required' });

const productFields = {
  sku,
  name: productName,
  /** How it is counted: pcs, box, m. */
  unit: z.string().trim().min(1).max(UNIT_MAX),
  description: z.string().trim().max(PRODUCT_DESCRIPTION_MAX).nullable().optional(),
  /** Sale price in integer minor units of `currency`. */
  priceMinor: minorAmount.max(Number.MAX_SAFE_INTEGER),
  currency: currencyCode,
};

export const productInput = z.object(productFields).strict();
export type ProductInput = z.infer<typeof productInput>;
export const productPatch = productInput.partial().strict();
export type ProductPatch = z.infer<typeof productPatch>;

export const product = z.object({
  id,
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  description: z.string().nullable(),
  priceMinor: z.number().int(),
  currency: z.string(),
  archived: z.boolean(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  version,
});
export type Product = z.infer<typeof product>;

export const productFilter = z
  .object({
    /** The start of a SKU, or any part of a name. */
    query: z.string().trim().max(100).optional(),
    /** Archived products instead of the active ones. */
    archived: z.boolean().optional(),
  })
  .strict();
export type ProductFilter = z.infer<typeof productFilter>;

const serialNumber = z.string().trim().max(SERIAL_NUMBER_MAX);
const linkNote = z.string().trim().max(LINK_NOTE_MAX);
const quantity = z.number().int().min(1).max(QUANTITY_MAX);

/** A product listed on a work order: which, how many, and the serial of the unit when it has one. */
export const productLink = z.object({
  id,
  workOrderId: id,
  product: product.pick({ id: true, sku: true, name: true, unit: true, archived: true }),
  quantity: z.number().int(),
  serialNumber: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  version,
});
export type ProductLink = z.infer<typeof productLink>;

export const PRODUCT_LINK_ACTIONS = ['linked', 'updated', 'unlinked'] as const;
export type ProductLinkAction = (typeof PRODUCT_LINK_ACTIONS)[number];

/** A change of a work order's products, as its thread shows it. */
export const productLinkChange = z.object({
  action: z.enum(PRODUCT_LINK_ACTIONS),
  authorName: z.string(),
  product: product.pick({ id: true, sku: true, name: true, unit: true }),
  quantity: z.number().int(),
  serialNumber: z.string().nullable(),
});
export type ProductLinkChange = z.infer<typeof productLinkChange>;

const byVersion = { id, version };

/**
 * Everyone reads the catalogue and lists products on work orders; admins and the owner manage
 * the catalogue itself (what the company sells, and at what price).
 */
export const inventoryProcedures = {
  'products.create': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: productInput,
    output: product,
  }),
  'products.get': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ id }).strict(),
    output: product,
  }),
  'products.update': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z.object({ ...byVersion, patch: productPatch }).strict(),
    output: product,
  }),
  /** Archived products leave the list and the work-order picker; links made before stay. */
  'products.setArchived': procedure({
    module: 'inventory',
    lowestRole: 'admin',
    input: z.object({ ...byVersion, archived: z.boolean() }).strict(),
    output: product,
  }),
  /** By name (case aside), then id. */
  'products.list': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ filter: productFilter.optional(), cursor: pageCursor, limit: pageLimit }).strict(),
    output: page(product),
  }),
  /** A work order's products, in the order they were linked. */
  'workorders.products': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ id }).strict(),
    output: z.object({ items: z.array(productLink) }),
  }),
  /** Refused for an archived product, or one already linked with the same serial number. */
  'workorders.linkProduct': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    input: z
      .object({
        id,
        productId: id,
        quantity,
        serialNumber: serialNumber.optional(),
        note: linkNote.optional(),
      })
      .strict(),
    output: productLink,
  }),
  'workorders.updateProductLink': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    input: z
      .object({
        linkId: id,
        version,
        patch: z.object({ quantity, serialNumber, note: linkNote }).partial().strict(),
      })
      .strict(),
    output: productLink,
  }),
  'workorders.unlinkProduct': procedure({
    module: 'inventory',
    lowestRole: 'staff',
    input: z.object({ linkId: id, version }).strict(),
    output: z.object({ linkId: id }),
  }),
};
