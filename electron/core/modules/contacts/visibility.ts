import type { User } from '../../../../shared/auth/contract';
import { roleAtLeast } from '../../../../shared/roles';
import type { Audience } from '../../events';
import type { CompanyRepository } from '../company/repository';
import type { ContactShareRepository } from './shares-repository';

/** Which customers a call may see: all of them, or those a user owns or has been shared. */
export type CustomerScope = { kind: 'all' } | { kind: 'own'; userId: number };

export const ALL_CUSTOMERS: CustomerScope = { kind: 'all' };
/** For calls without a session: sees no customer (no user has id 0). */
export const NO_CUSTOMERS: CustomerScope = { kind: 'own', userId: 0 };

/** The company's visibility rule (shared/company/contract.ts), applied by dispatch. */
export function createCustomerVisibility(company: CompanyRepository, shares: ContactShareRepository) {
  return {
    scopeFor(user: User): CustomerScope {
      if (roleAtLeast(user.role, 'admin')) return ALL_CUSTOMERS;
      return company.settings().customerVisibility === 'all'
        ? ALL_CUSTOMERS
        : { kind: 'own', userId: user.id };
    },
    canSee(scope: CustomerScope, contactId: number): boolean {
      return scope.kind === 'all' || shares.isVisibleTo(contactId, scope.userId);
    },
    /** Who may hear of a change to a customer (or to what concerns it): not who may not see it. */
    audienceOf(contactId: number | null): Audience {
      if (contactId === null || company.settings().customerVisibility === 'all') return { kind: 'company' };
      return { kind: 'users', userIds: shares.seersOf(contactId) };
    },
  };
}

export type CustomerVisibility = ReturnType<typeof createCustomerVisibility>;
