import { z } from 'zod';
import { password, user, username } from '../auth/contract';
import { procedure } from '../procedure';
import { ROLES } from '../roles';

const id = z.number().int().positive();
/** The version the caller read; a stale one is refused with CONFLICT. Optional for scripts. */
const version = z.number().int().positive().optional();

/** A user as the users page sees it: with the version an edit names. */
export const managedUser = user.extend({ version: z.number().int().positive() });
export type ManagedUser = z.infer<typeof managedUser>;

/**
 * Managing accounts is for owners and admins. Admins manage admins, agents and staff but never
 * owners: they cannot create, promote to, change, deactivate or reset an owner. Nobody
 * deactivates their own account, and the last active owner can be neither deactivated nor
 * demoted (LAST_OWNER). Active users never exceed the licence's seats (SEATS_EXCEEDED).
 * `users.list` is open to every role: contact owner pickers need the names.
 */
export const usersProcedures = {
  'users.list': procedure({
    module: 'core',
    lowestRole: 'staff',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(managedUser) }),
  }),
  'users.create': procedure({
    module: 'core',
    lowestRole: 'admin',
    input: z
      .object({
        username,
        displayName: z.string().trim().min(1).max(200),
        password,
        role: z.enum(ROLES),
      })
      .strict(),
    output: managedUser,
  }),
  'users.setRole': procedure({
    module: 'core',
    lowestRole: 'admin',
    input: z.object({ id, role: z.enum(ROLES), version }).strict(),
    output: managedUser,
  }),
  'users.deactivate': procedure({
    module: 'core',
    lowestRole: 'admin',
    input: z.object({ id, version }).strict(),
    output: managedUser,
  }),
  'users.reactivate': procedure({
    module: 'core',
    lowestRole: 'admin',
    input: z.object({ id, version }).strict(),
    output: managedUser,
  }),
  /** Sets another user's password and signs them out everywhere; one's own goes through auth.changePassword. */
  'users.resetPassword': procedure({
    module: 'core',
    lowestRole: 'admin',
    input: z.object({ id, password, version }).strict(),
    output: managedUser,
  }),
};
