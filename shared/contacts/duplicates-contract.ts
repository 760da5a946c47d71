import { z } from 'zod';
import { procedure } from '../procedure';
import { contact, contactName, contactPatch, emailAddress, phoneNumber } from './contract';

const id = z.number().int().positive();
const version = z.number().int().positive();

/** Why two customers look like one: the same e-mail, phone digits, or name at the same company. */
export const DUPLICATE_REASONS = ['email', 'phone', 'name and company'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export const duplicateGroup = z.object({
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
  contacts: z.array(contact),
});
export type DuplicateGroup = z.infer<typeof duplicateGroup>;

export const MAX_MERGE_SOURCES = 9;
export const MAX_DUPLICATE_GROUPS = 500;

export const duplicatesProcedures = {
  /** While a contact is entered: existing customers it looks like (at most 5). */
  'contacts.duplicates.check': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z
      .object({
        name: contactName.optional(),
        companyName: z.string().trim().max(200).nullable().optional(),
        phones: z.array(phoneNumber).max(10).optional(),
        emails: z.array(emailAddress).max(10).optional(),
        /** The contact being edited, which is not its own duplicate. */
        excludeId: id.optional(),
      })
      .strict(),
    output: z.object({
      items: z.array(z.object({ contact, reasons: z.array(z.enum(DUPLICATE_REASONS)) })),
      /** Matches among customers the caller may not see (they belong to colleagues). */
      hidden: z.number().int().nonnegative(),
    }),
  }),
  /** Every group of likely duplicates among the live customers the caller sees, largest first. */
  'contacts.duplicates.find': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    input: z.object({ limit: z.number().int().min(1).max(MAX_DUPLICATE_GROUPS).optional() }).strict(),
    output: z.object({
      groups: z.array(duplicateGroup),
      /** Groups found in all; more than `groups` holds when the limit cut them. */
      total: z.number().int().nonnegative(),
    }),
  }),
  /**
   * Merges the sources into the target: the target takes `patch` (the values picked field by
   * field), every linked item moves to it, the sources go to the trash. Undoable.
   */
  'contacts.merge': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    contactRef: 'targetId',
    input: z
      .object({
        targetId: id,
        targetVersion: version,
        sources: z.array(z.object({ id, version }).strict()).min(1).max(MAX_MERGE_SOURCES),
        patch: contactPatch,
      })
      .strict(),
    output: z.object({ mergeId: id, contact }),
  }),
  'contacts.merge.undo': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    input: z.object({ mergeId: id }).strict(),
    output: z.object({ contact, restored: z.array(contact) }),
  }),
};
