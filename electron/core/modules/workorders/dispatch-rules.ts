import type { DispatchRule } from '../../../../shared/workorders/contract';

export interface RuleGroup {
  id: number;
  rule: DispatchRule;
  /** In the order round robin takes them. */
  memberIds: readonly number[];
  categories: readonly string[];
  /** The member round robin chose last, if any. */
  lastAssigneeId: number | null;
}

/** What the rules know of a member when a work order arrives. */
export interface MemberLoad {
  active: boolean;
  /** Open work orders assigned to them now. */
  open: number;
  /** When they were last given a work order, or null if never. */
  lastAssignedAt: number | null;
}

const categoryKey = (category: string) => category.trim().toLowerCase();

/**
 * The group that takes a work order of `category`: the first group listing that category (in
 * any case), else the first group that lists none; null when no group takes it.
 */
export function groupFor<G extends RuleGroup>(groups: readonly G[], category: string | null): G | null {
  if (category !== null) {
    const key = categoryKey(category);
    const routed = groups.find((group) => group.categories.some((c) => categoryKey(c) === key));
    if (routed) return routed;
  }
  return groups.find((group) => group.categories.length === 0) ?? null;
}

/**
 * Whom a group's rule gives a new work order: round robin takes the next active member after the
 * one chosen last (in member order, from the first when there is none or they left the group);
 * fewest open takes the active member with the fewest open work orders, on a tie the one who has
 * waited longest for a new one (never given one first, then member order). Null for the manual
 * rule or when no member is active.
 */
export function chooseAssignee(group: RuleGroup, loads: ReadonlyMap<number, MemberLoad>): number | null {
  const active = group.memberIds.filter((id) => loads.get(id)?.active === true);
  if (active.length === 0) return null;
  switch (group.rule) {
    case 'manual':
      return null;
    case 'roundRobin': {
      const last = group.lastAssigneeId === null ? -1 : group.memberIds.indexOf(group.lastAssigneeId);
      const order = [...group.memberIds.slice(last + 1), ...group.memberIds.slice(0, last + 1)];
      return order.find((id) => loads.get(id)?.active === true) ?? null;
    }
    case 'fewestOpen': {
      const waited = (id: number) => loads.get(id)!.lastAssignedAt ?? Number.NEGATIVE_INFINITY;
      return active.reduce((best, id) => {
        const a = loads.get(id)!;
        const b = loads.get(best)!;
        if (a.open !== b.open) return a.open < b.open ? id : best;
        return waited(id) < waited(best) ? id : best;
      });
    }
  }
}
