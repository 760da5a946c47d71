import { create } from 'zustand';
import type { ManagedUser } from '../../shared/users/contract';
import { call } from '../bridge/call';

interface UsersStore {
  users: ManagedUser[];
  /** Whether the list has been answered at least once since sign-in. */
  loaded: boolean;
  loadError: unknown;
  load(): Promise<void>;
  /** Puts a changed account in the list at once, before its event arrives. */
  replace(user: ManagedUser): void;
}

/** The company's accounts: the users page, and the owner pickers and filters of other screens. */
export const useUsersStore = create<UsersStore>()((set) => ({
  users: [],
  loaded: false,
  loadError: null,
  async load() {
    try {
      const { items } = await call('users.list', {});
      set({ users: items, loaded: true, loadError: null });
    } catch (error) {
      // The pickers still work without names; the users page shows the error.
      set({ loadError: error });
    }
  },
  replace(user) {
    set((state) => {
      const known = state.users.some((existing) => existing.id === user.id);
      return {
        users: known
          ? state.users.map((existing) => (existing.id === user.id ? user : existing))
          : [...state.users, user],
      };
    });
  },
}));
