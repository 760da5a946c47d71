import { z } from 'zod';
import { procedure } from '../procedure';

const id = z.number().int().positive();

/** The colleagues a customer is shared with, beyond its owner. */
export const contactShares = z.object({
  contactId: id,
  users: z.array(z.object({ id, displayName: z.string() })),
});
export type ContactShares = z.infer<typeof contactShares>;

export const MAX_SHARES = 50;

export const sharingProcedures = {
  'contacts.shares.get': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    access: 'read',
    contactRef: 'contactId',
    input: z.object({ contactId: id }).strict(),
    output: contactShares,
  }),
  /** Replaces the list; only the customer's owner, an admin or the company owner may. */
  'contacts.shares.set': procedure({
    module: 'contacts',
    lowestRole: 'staff',
    contactRef: 'contactId',
    input: z.object({ contactId: id, userIds: z.array(id).max(MAX_SHARES) }).strict(),
    output: contactShares,
  }),
};
