import type { TFunction } from 'i18next';
import { ROLES, type Role } from '../../shared/roles';

/** Select options for roles, by their translated names. */
export function roleOptions(roles: readonly Role[], t: TFunction) {
  return roles.map((role) => ({ value: role, label: t(`user.roles.${role}`) }));
}

export const isRole = (value: string | null): value is Role =>
  (ROLES as readonly (string | null)[]).includes(value);
