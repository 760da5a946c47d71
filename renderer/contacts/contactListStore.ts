import { create } from 'zustand';
import type { Contact, ContactSort } from '../../shared/contacts/contract';
import type { ProcedureInput } from '../../shared/contract';
import type { CustomCondition } from '../../shared/custom-fields/contract';
import { call } from '../bridge/call';

export type ContactView = 'active' | 'trash';

export interface ContactListQuery {
  view: ContactView;
  sort: ContactSort;
  tag: string | null;
  ownerId: number | null;
  /** Conditions on the company's own fields, all of which a contact meets. */
  custom: CustomCondition[];
}

export const PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

interface ContactListStore {
  query: ContactListQuery;
  items: Contact[];
  nextCursor: string | null;
  /** `loading` only while there is nothing to show yet. */
  status: 'loading' | 'ready' | 'error';
  error: unknown;
  loadingMore: boolean;
  moreError: unknown;
  /** Shows a view; keeps the loaded rows visible while they are refreshed. */
  showView(view: ContactView): Promise<void>;
  setQuery(change: Partial<Omit<ContactListQuery, 'view'>>): Promise<void>;
  clearFilters(): Promise<void>;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
  /** Re-reads as many rows as are loaded, after a change made here or elsewhere. */
  refresh(): Promise<void>;
  reset(): void;
}

const INITIAL_QUERY: ContactListQuery = {
  view: 'active',
  sort: 'name',
  tag: null,
  ownerId: null,
  custom: [],
};

/** The list's filters as the contract takes them; the export of "the list as shown" too. */
export function listFilter(query: ContactListQuery): NonNullable<ProcedureInput<'contacts.list'>['filter']> {
  const filter: NonNullable<ProcedureInput<'contacts.list'>['filter']> = {};
  if (query.view === 'trash') filter.trash = true;
  if (query.tag !== null) filter.tag = query.tag;
  if (query.ownerId !== null) filter.ownerId = query.ownerId;
  if (query.custom.length > 0) filter.custom = query.custom;
  return filter;
}

function listInput(
  query: ContactListQuery,
  limit: number,
  cursor: string | null,
): ProcedureInput<'contacts.list'> {
  return { sort: query.sort, limit, cursor, filter: listFilter(query) };
}

// Each first-page request gets a number; answers to older ones are dropped.
let generation = 0;

export const useContactListStore = create<ContactListStore>()((set, get) => {
  const fetchFirstPage = async (limit: number, keepRows: boolean) => {
    const request = ++generation;
    set(
      keepRows
        ? { error: null, moreError: null }
        : { status: 'loading', items: [], nextCursor: null, error: null },
    );
    try {
      const page = await call('contacts.list', listInput(get().query, limit, null));
      if (request !== generation) return;
      set({ items: page.items, nextCursor: page.nextCursor, status: 'ready', loadingMore: false });
    } catch (error) {
      if (request !== generation) return;
      set({ status: 'error', error, loadingMore: false });
    }
  };

  const changeQuery = (query: ContactListQuery) => {
    set({ query });
    return fetchFirstPage(PAGE_SIZE, false);
  };

  return {
    query: INITIAL_QUERY,
    items: [],
    nextCursor: null,
    status: 'loading',
    error: null,
    loadingMore: false,
    moreError: null,

    showView(view) {
      const { query, status } = get();
      if (query.view === view && status === 'ready') return get().refresh();
      return changeQuery({ ...query, view });
    },
    setQuery(change) {
      return changeQuery({ ...get().query, ...change });
    },
    clearFilters() {
      return changeQuery({ ...get().query, tag: null, ownerId: null, custom: [] });
    },
    reload() {
      return fetchFirstPage(PAGE_SIZE, false);
    },
    refresh() {
      const loaded = get().items.length;
      return fetchFirstPage(Math.min(MAX_PAGE_SIZE, Math.max(PAGE_SIZE, loaded)), true);
    },

    async loadMore() {
      const { nextCursor, loadingMore, query } = get();
      if (nextCursor === null || loadingMore) return;
      const request = generation;
      set({ loadingMore: true, moreError: null });
      try {
        const page = await call('contacts.list', listInput(query, PAGE_SIZE, nextCursor));
        if (request !== generation) return;
        set((state) => ({
          items: [...state.items, ...page.items],
          nextCursor: page.nextCursor,
          loadingMore: false,
        }));
      } catch (error) {
        if (request !== generation) return;
        set({ loadingMore: false, moreError: error });
      }
    },

    reset() {
      generation += 1;
      set({
        query: INITIAL_QUERY,
        items: [],
        nextCursor: null,
        status: 'loading',
        error: null,
        moreError: null,
      });
    },
  };
});
