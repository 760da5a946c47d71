import { procedures, type ProcedureName } from '../../shared/contract';
import { roleAtLeast, type Role } from '../../shared/roles';

/** Whether the contract lets this role call a procedure; screens offer only what will be allowed. */
export function mayCall(role: Role, name: ProcedureName): boolean {
  const lowest = procedures[name].lowestRole;
  return lowest === null || roleAtLeast(role, lowest);
}

/** Pages outside the modules. */
export type AdminPage = 'users' | 'settings' | 'fields' | 'remoteTools' | 'license' | 'plan';

/**
 * Who may open each page: the users page is for those who manage accounts, and so is the
 * licence page (read-only but for the owner, who activates keys). The plan page is for
 * everyone, since lock screens send any user there.
 */
const PAGE_LOWEST_ROLE: Record<AdminPage, Role> = {
  users: 'admin',
  settings: 'admin',
  fields: 'admin',
  remoteTools: 'admin',
  license: 'admin',
  plan: 'staff',
};

export function mayOpenPage(role: Role, page: AdminPage): boolean {
  return roleAtLeast(role, PAGE_LOWEST_ROLE[page]);
}

export const PAGE_PATHS: Record<AdminPage, string> = {
  users: '/users',
  settings: '/settings',
  fields: '/settings/fields',
  remoteTools: '/settings/remote',
  license: '/license',
  plan: '/plan',
};
