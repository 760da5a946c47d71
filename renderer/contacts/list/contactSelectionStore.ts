import { create } from 'zustand';
import { useContactListStore } from '../contactListStore';
import { selectionState, toggled } from './selection';

interface ContactSelectionStore {
  /** Ids of the selected contacts; kept while more pages load. */
  selected: ReadonlySet<number>;
  toggle(id: number): void;
  /** Selects every loaded row, or none when all of them are selected already. */
  toggleAll(loadedIds: readonly number[]): void;
  clear(): void;
}

const NONE: ReadonlySet<number> = new Set();

/** The rows chosen in the customer list, for "Export selected…". */
export const useContactSelectionStore = create<ContactSelectionStore>()((set, get) => ({
  selected: NONE,
  toggle(id) {
    set({ selected: toggled(get().selected, id) });
  },
  toggleAll(loadedIds) {
    set({ selected: selectionState(get().selected, loadedIds) === 'all' ? NONE : new Set(loadedIds) });
  },
  clear() {
    if (get().selected.size > 0) set({ selected: NONE });
  },
}));

// Another view, filter or sort is another list; a list read from nothing (sign-out, retry) too.
useContactListStore.subscribe((list, previous) => {
  if (list.query !== previous.query || (list.status === 'loading' && previous.status !== 'loading'))
    useContactSelectionStore.getState().clear();
});
