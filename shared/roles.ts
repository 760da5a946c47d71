export const ROLES = ['staff', 'agent', 'admin', 'owner'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { staff: 0, agent: 1, admin: 2, owner: 3 };

/** Agents and staff are peers for data access; admin and owner manage the company. */
export function roleAtLeast(role: Role, lowest: Role): boolean {
  if (lowest === 'agent') return role !== 'staff';
  return RANK[role] >= RANK[lowest];
}
