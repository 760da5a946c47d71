import type { DuplicateReason } from '../../../../../shared/contacts/duplicates-contract';
import type { SharedKey } from './duplicates-repository';

export interface FoundGroup {
  ids: number[];
  reasons: DuplicateReason[];
}

/** Union-find over contact ids: contacts sharing any key end up in one group. */
class Groups {
  private readonly parent = new Map<number, number>();
  private readonly reasons = new Map<number, Set<DuplicateReason>>();

  private root(id: number): number {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps later lookups short on long chains.
    for (let node = id; node !== root;) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  add({ reason, ids }: SharedKey): void {
    for (const id of ids) if (!this.parent.has(id)) this.parent.set(id, id);
    const roots = new Set(ids.map((id) => this.root(id)));
    const keep = Math.min(...roots);
    const reasons = this.reasons.get(keep) ?? new Set<DuplicateReason>();
    for (const other of roots) {
      if (other === keep) continue;
      this.parent.set(other, keep);
      for (const earlier of this.reasons.get(other) ?? []) reasons.add(earlier);
      this.reasons.delete(other);
    }
    this.reasons.set(keep, reasons.add(reason));
  }

  groups(): FoundGroup[] {
    const members = new Map<number, number[]>();
    for (const id of this.parent.keys()) {
      const root = this.root(id);
      const group = members.get(root);
      if (group) group.push(id);
      else members.set(root, [id]);
    }
    return [...members].map(([root, ids]) => ({
      ids: ids.sort((a, b) => a - b),
      reasons: [...this.reasons.get(root)!].sort(),
    }));
  }
}

/** Groups of likely duplicates out of the keys they share; largest first, then by oldest contact. */
export function duplicateGroups(sharedKeys: readonly SharedKey[]): FoundGroup[] {
  const groups = new Groups();
  for (const key of sharedKeys) groups.add(key);
  return groups.groups().sort((a, b) => b.ids.length - a.ids.length || a.ids[0]! - b.ids[0]!);
}
