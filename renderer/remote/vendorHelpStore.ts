import { create } from 'zustand';

interface VendorHelpStore {
  opened: boolean;
  open(): void;
  close(): void;
}

/** Help → "Remote help from support", from the desktop menu or the user menu. */
export const useVendorHelpStore = create<VendorHelpStore>()((set) => ({
  opened: false,
  open: () => set({ opened: true }),
  close: () => set({ opened: false }),
}));
