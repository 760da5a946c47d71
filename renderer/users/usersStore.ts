import { create } from 'zustand';
import type { User } from '../../shared/auth/contract';
import { call } from '../bridge/call';

interface UsersStore {
  users: User[];
  load(): Promise<void>;
}

/** The company's accounts, for owner pickers and filters; a failed load leaves them empty. */
export const useUsersStore = create<UsersStore>()((set) => ({
  users: [],
  async load() {
    try {
      const { items } = await call('users.list', {});
      set({ users: items });
    } catch {
      // The pickers still work without names; the list shows owners from each contact.
    }
  },
}));
