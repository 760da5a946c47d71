/** How much of the loaded rows is selected: what the header checkbox shows. */
export type SelectionState = 'none' | 'some' | 'all';

/** The selection with `id` added, or taken out when it was in. */
export function toggled(selected: ReadonlySet<number>, id: number): ReadonlySet<number> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}

export function selectionState(selected: ReadonlySet<number>, loadedIds: readonly number[]): SelectionState {
  const count = loadedIds.filter((id) => selected.has(id)).length;
  if (count === 0) return 'none';
  return count === loadedIds.length ? 'all' : 'some';
}

/**
 * The selected rows among those loaded, in the list's order: what an export of the selection
 * sends. A selected contact that left the list (deleted, or no longer loaded) is not counted.
 */
export function selectedInOrder(selected: ReadonlySet<number>, loadedIds: readonly number[]): number[] {
  return loadedIds.filter((id) => selected.has(id));
}
