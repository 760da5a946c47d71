import { create } from 'zustand';

interface UserMenuStore {
  opened: boolean;
  setOpened(opened: boolean): void;
}

/** Open state of the user menu, which the desktop menu's "Settings" command opens too. */
export const useUserMenuStore = create<UserMenuStore>()((set) => ({
  opened: false,
  setOpened: (opened) => set({ opened }),
}));
