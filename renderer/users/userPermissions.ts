import type { User } from '../../shared/auth/contract';
import { ROLES, roleAtLeast, type Role } from '../../shared/roles';
import type { ManagedUser } from '../../shared/users/contract';

/** What the signed-in user may do to one account on the users page. */
export interface UserPermissions {
  /** Roles it may be given, highest first; empty when its role cannot be changed. */
  roles: Role[];
  resetPassword: boolean;
  deactivate: boolean;
  reactivate: boolean;
}

const NOTHING: UserPermissions = { roles: [], resetPassword: false, deactivate: false, reactivate: false };

/** Roles someone may give to an account they manage, highest first: only an owner makes owners. */
export function grantableRoles(actor: Role): Role[] {
  if (!roleAtLeast(actor, 'admin')) return [];
  return [...ROLES].reverse().filter((role) => role !== 'owner' || actor === 'owner');
}

/**
 * The rules of shared/users/contract.ts, for offering only what the server will allow: owners
 * and admins manage accounts, only an owner touches an owner's account or makes an owner, and
 * nobody deactivates their own account or resets their own password (that is the password
 * change in the user menu, which asks for the current one). The last owner is the server's to
 * refuse (LAST_OWNER): whether another owner is active can change at any moment.
 */
export function userPermissions(actor: User, target: ManagedUser): UserPermissions {
  if (!roleAtLeast(actor.role, 'admin')) return NOTHING;
  if (target.role === 'owner' && actor.role !== 'owner') return NOTHING;
  const self = actor.id === target.id;
  return {
    roles: grantableRoles(actor.role),
    resetPassword: !self,
    deactivate: !self && target.active,
    reactivate: !target.active,
  };
}
