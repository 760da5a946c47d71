import { z } from 'zod';
import { customConditions, customValues } from '../custom-fields/contract';
import { page, pageCursor, pageLimit } from '../paging';
import { procedure } from '../procedure';
import { hasPhoneDigits } from './phone';

const id = z.number().int().positive();
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const contactName = z.string().trim().min(1).max(200);
export const phoneNumber = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+\d\s().\-/#*x;,]+$/i, 'digits and + ( ) - . / # * x only')
  .refine(hasPhoneDigits, 'at least 3 digits');
export const emailAddress = z.email().max(254);
export const tag = z.string().trim().min(1).max(40);

const contactFields = {
  name: contactName,
  companyName: optionalText(200),
  title: optionalText(200),
  phones: z.array(phoneNumber).max(10),
  emails: z.array(emailAddress).max(10),
  address: optionalText(500),
  tags: z.array(tag).max(30),
  notes: optionalText(10_000),
  ownerId: id.nullable(),
  /** Values of the company's own fields (shared/custom-fields/contract.ts). */
  custom: customValues,
};

export const contactInput = z
  .object({
    ...contactFields,
    phones: contactFields.phones.optional(),
    emails: contactFields.emails.optional(),
    tags: contactFields.tags.optional(),
    ownerId: contactFields.ownerId.optional(),
    custom: contactFields.custom.optional(),
  })
  .strict();
export type ContactInput = z.infer<typeof contactInput>;

/** The editable fields of a contact, in the order forms, exports and the timeline show them. */
export const CONTACT_FIELDS = [
  'name',
  'companyName',
  'title',
  'phones',
  'emails',
  'address',
  'tags',
  'notes',
  'ownerId',
  'custom',
] as const satisfies readonly (keyof ContactInput)[];
export type ContactFieldName = (typeof CONTACT_FIELDS)[number];

export const contactPatch = contactInput.partial().strict();
export type ContactPatch = z.infer<typeof contactPatch>;

export const contact = z.object({
  id,
  name: z.string(),
  companyId: id.nullable(),
  companyName: z.string().nullable(),
  title: z.string().nullable(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  address: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  ownerId: id.nullable(),
  ownerName: z.string().nullable(),
  custom: customValues,
  version: z.number().int().positive(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  deletedAt: z.number().int().nullable(),
});
export type Contact = z.infer<typeof contact>;

/** A contact's editable fields as a patch that sets them all: to put a contact back as it was. */
export const editablePatch = (contact: Contact): ContactPatch =>
  Object.fromEntries(CONTACT_FIELDS.map((field) => [field, contact[field]])) as ContactPatch;

export const CONTACT_SORTS = ['name', 'updated'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const contactFilter = z
  .object({
    tag: tag.optional(),
    ownerId: id.optional(),
    trash: z.boolean().optional(),
    custom: customConditions.optional(),
  })
  .strict();
export type ContactFilter = z.infer<typeof contactFilter>;

const byId = z.object({ id }).strict();

export const contactsProcedures = {
  'contacts.create': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: contactInput,
    output: contact,
  }),
  'contacts.get': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    contactRef: 'id',
    input: byId,
    output: contact,
  }),
  'contacts.update': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    contactRef: 'id',
    input: z.object({ id, version: z.number().int().positive(), patch: contactPatch }).strict(),
    output: contact,
  }),
  'contacts.delete': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    contactRef: 'id',
    input: byId,
    output: contact,
  }),
  'contacts.restore': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    contactRef: 'id',
    input: byId,
    output: contact,
  }),
  'contacts.search': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).optional() })
      .strict(),
    output: z.object({ items: z.array(contact) }),
  }),
  'contacts.list': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({
        cursor: pageCursor,
        limit: pageLimit,
        sort: z.enum(CONTACT_SORTS).optional(),
        filter: contactFilter.optional(),
      })
      .strict(),
    output: page(contact),
  }),
  'contacts.tags': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) }),
  }),
};
