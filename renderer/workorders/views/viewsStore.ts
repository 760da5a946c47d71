import { create } from 'zustand';
import type { SavedView } from '../../../shared/workorders/views';
import { call } from '../../bridge/call';

interface ViewsStore {
  status: 'loading' | 'ready' | 'error';
  views: SavedView[];
  /** Bumped each time a view is opened, so that the filter bar shows its values afresh. */
  opened: number;
  load(): Promise<void>;
  /** One view added or changed, in name order, as an answer returns it. */
  replace(view: SavedView): void;
  remove(id: number): void;
  markOpened(): void;
}

const byName = (a: SavedView, b: SavedView) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id - b.id;

/** The saved views beside the queues: the user's own and those shared with everyone. */
export const useViewsStore = create<ViewsStore>()((set) => {
  let request = 0;
  return {
    status: 'loading',
    views: [],
    opened: 0,
    async load() {
      const mine = ++request;
      try {
        const { items } = await call('workorders.views.list', {});
        if (mine === request) set({ status: 'ready', views: items });
      } catch {
        // The views are a shortcut beside the queues; the queues work without them.
        if (mine === request) set({ status: 'error' });
      }
    },
    replace(view) {
      set((state) => ({ views: [...state.views.filter((v) => v.id !== view.id), view].sort(byName) }));
    },
    remove(id) {
      set((state) => ({ views: state.views.filter((view) => view.id !== id) }));
    },
    markOpened() {
      set((state) => ({ opened: state.opened + 1 }));
    },
  };
});
