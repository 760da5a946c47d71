import { create } from 'zustand';
import type { Deal, DealSort, DealStatus } from '../../../shared/deals/contract';
import { call } from '../../bridge/call';
import { usePipelineStore } from '../pipelineStore';

const PAGE = 50;

interface DealListStore {
  items: Deal[];
  nextCursor: string | null;
  sort: DealSort;
  order: 'asc' | 'desc';
  /** Only deals of this status, or all. */
  status: DealStatus | null;
  loading: boolean;
  loadingMore: boolean;
  loadError: unknown;
  /** The first page again, e.g. after a change. */
  load(): Promise<void>;
  loadMore(): Promise<void>;
  /** A header click: that column, or the other direction of the same one. */
  sortBy(sort: DealSort): Promise<void>;
  showStatus(status: DealStatus | null): Promise<void>;
  reset(): void;
}

/** Which way a column sorts first: amounts and changes newest/largest first, the rest A to Z. */
const firstOrder = (sort: DealSort) => (sort === 'amount' || sort === 'updatedAt' ? 'desc' : 'asc');

const INITIAL = {
  items: [],
  nextCursor: null,
  sort: 'updatedAt' as DealSort,
  order: 'desc' as const,
  status: null,
  loading: false,
  loadingMore: false,
  loadError: null,
};

/** The pipeline's list view: every deal, sorted by a column, a page at a time. */
export const useDealListStore = create<DealListStore>()((set, get) => {
  let request = 0;
  // The owner filter is the page's, shared with the board.
  const query = () => {
    const { sort, order, status } = get();
    const { ownerId } = usePipelineStore.getState();
    const filter = { ...(status && { status }), ...(ownerId !== null && { ownerId }) };
    return { sort, order, limit: PAGE, filter };
  };
  return {
    ...INITIAL,
    async load() {
      const mine = ++request;
      set({ loading: true });
      try {
        const page = await call('deals.list', query());
        if (mine === request)
          set({ items: page.items, nextCursor: page.nextCursor, loading: false, loadError: null });
      } catch (error) {
        if (mine === request) set({ loading: false, loadError: error });
      }
    },
    async loadMore() {
      const { nextCursor, loadingMore } = get();
      if (!nextCursor || loadingMore) return;
      const mine = request;
      set({ loadingMore: true });
      try {
        const page = await call('deals.list', { ...query(), cursor: nextCursor });
        if (mine === request) {
          set((state) => ({ items: [...state.items, ...page.items], nextCursor: page.nextCursor }));
        }
      } catch (error) {
        if (mine === request) set({ loadError: error });
      } finally {
        set({ loadingMore: false });
      }
    },
    async sortBy(sort) {
      const { sort: current, order } = get();
      set({ sort, order: sort === current ? (order === 'asc' ? 'desc' : 'asc') : firstOrder(sort) });
      await get().load();
    },
    async showStatus(status) {
      set({ status });
      await get().load();
    },
    reset() {
      request++;
      set(INITIAL);
    },
  };
});
