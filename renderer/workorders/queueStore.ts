import { create } from 'zustand';
import type { WorkOrder, WorkOrderQueue, WorkOrderSort } from '../../shared/workorders/contract';
import { call } from '../bridge/call';
import { filterOf, NO_FILTER, type FilterValues } from './queueFilter';

const PAGE = 100;
/** The most rows one call may return (shared/paging.ts). */
const MOST_ROWS = 200;

export type QueueCounts = Record<WorkOrderQueue, number>;

interface QueueStore {
  queue: WorkOrderQueue;
  filter: FilterValues;
  sort: WorkOrderSort;
  status: 'loading' | 'ready' | 'error';
  items: WorkOrder[];
  nextCursor: string | null;
  error: unknown;
  loadingMore: boolean;
  moreError: unknown;
  counts: QueueCounts | null;
  /** The first page again (a change, or another queue, filter or sort). */
  load(): Promise<void>;
  loadMore(): Promise<void>;
  loadCounts(): Promise<void>;
  showQueue(queue: WorkOrderQueue): void;
  setFilter(filter: FilterValues): void;
  setSort(sort: WorkOrderSort): void;
  /** A saved view's queue, filter and sort at once. */
  showView(view: { queue: WorkOrderQueue; filter: FilterValues; sort: WorkOrderSort }): void;
  reset(): void;
}

const INITIAL = {
  queue: 'mine' as WorkOrderQueue,
  filter: NO_FILTER,
  sort: 'updated' as WorkOrderSort,
  status: 'loading' as const,
  items: [],
  nextCursor: null,
  error: null,
  loadingMore: false,
  moreError: null,
  counts: null,
};

/** The work orders page: a queue, filtered and sorted, a page at a time, and every queue's count. */
export const useQueueStore = create<QueueStore>()((set, get) => {
  let request = 0;
  const query = () => {
    const { queue, filter, sort } = get();
    return { queue, filter: filterOf(filter), sort, limit: PAGE };
  };
  /** A live refresh reloads as many rows as are shown (within one call), so the list does not jump. */
  const refreshLimit = () => Math.min(MOST_ROWS, Math.max(PAGE, get().items.length));
  return {
    ...INITIAL,
    async load() {
      const mine = ++request;
      // A refresh keeps the rows on screen; only a new question shows the loader.
      if (get().items.length === 0) set({ status: 'loading' });
      try {
        const page = await call('workorders.list', { ...query(), limit: refreshLimit() });
        if (mine === request)
          set({
            status: 'ready',
            items: page.items,
            nextCursor: page.nextCursor,
            error: null,
            loadingMore: false,
            moreError: null,
          });
      } catch (error) {
        if (mine === request) set({ status: 'error', error });
      }
    },
    async loadMore() {
      const { nextCursor, loadingMore } = get();
      if (nextCursor === null || loadingMore) return;
      const mine = request;
      set({ loadingMore: true, moreError: null });
      try {
        const page = await call('workorders.list', { ...query(), cursor: nextCursor });
        if (mine === request)
          set((state) => ({ items: [...state.items, ...page.items], nextCursor: page.nextCursor }));
      } catch (error) {
        if (mine === request) set({ moreError: error });
      } finally {
        if (mine === request) set({ loadingMore: false });
      }
    },
    async loadCounts() {
      try {
        set({ counts: await call('workorders.counts', {}) });
      } catch {
        // The counts are a hint beside the queues; the list itself says what went wrong.
      }
    },
    showQueue(queue) {
      set({ queue, items: [], nextCursor: null });
      void get().load();
    },
    setFilter(filter) {
      set({ filter, items: [], nextCursor: null });
      void get().load();
    },
    setSort(sort) {
      set({ sort, items: [], nextCursor: null });
      void get().load();
    },
    showView({ queue, filter, sort }) {
      set({ queue, filter, sort, items: [], nextCursor: null });
      void get().load();
    },
    reset() {
      request++;
      set(INITIAL);
    },
  };
});
