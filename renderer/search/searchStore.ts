import { create } from 'zustand';
import type { Contact } from '../../shared/contacts/contract';
import { call } from '../bridge/call';

export interface SearchResults {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The query the items answer; while loading, the previous answer stays visible. */
  query: string;
  items: Contact[];
  error: unknown;
}

interface SearchStore {
  opened: boolean;
  results: SearchResults;
  open(): void;
  close(): void;
  search(query: string): Promise<void>;
}

export const SEARCH_LIMIT = 20;
const IDLE: SearchResults = { status: 'idle', query: '', items: [], error: null };

let latestQuery = '';

/** The global contact search (Ctrl/Cmd+K): whether it is open and what it found. */
export const useSearchStore = create<SearchStore>()((set) => ({
  opened: false,
  results: IDLE,
  open() {
    set({ opened: true });
  },
  close() {
    latestQuery = '';
    set({ opened: false, results: IDLE });
  },
  async search(query) {
    latestQuery = query;
    if (query === '') return set({ results: IDLE });
    set((state) => ({ results: { ...state.results, status: 'loading', error: null } }));
    try {
      const { items } = await call('contacts.search', { query, limit: SEARCH_LIMIT });
      if (latestQuery === query) set({ results: { status: 'ready', query, items, error: null } });
    } catch (error) {
      if (latestQuery === query) set({ results: { status: 'error', query, items: [], error } });
    }
  },
}));
