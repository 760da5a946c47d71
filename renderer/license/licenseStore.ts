import { create } from 'zustand';
import type { LicenseStatus } from '../../shared/license/contract';
import { call } from '../bridge/call';

interface LicenseStore {
  /** Null until the first answer; the sidebar and the module gates wait for it. */
  status: LicenseStatus | null;
  loadError: unknown;
  /** A key being activated, from the licence page or a file dropped on the window. */
  activating: boolean;
  /** Why the last activation was refused, until the next attempt. */
  activationError: unknown;
  load(): Promise<void>;
  /** True when the key was accepted; otherwise `activationError` says why. */
  activate(key: string): Promise<boolean>;
  clearActivationError(): void;
  reset(): void;
}

const INITIAL = { status: null, loadError: null, activating: false, activationError: null };

export const useLicenseStore = create<LicenseStore>()((set) => ({
  ...INITIAL,

  async load() {
    try {
      set({ status: await call('license.status', {}), loadError: null });
    } catch (error) {
      set({ loadError: error });
    }
  },

  async activate(key) {
    set({ activating: true, activationError: null });
    try {
      const status = await call('license.activate', { key });
      set({ status, activating: false });
      return true;
    } catch (error) {
      set({ activating: false, activationError: error });
      return false;
    }
  },

  clearActivationError: () => set({ activationError: null }),
  reset: () => set(INITIAL),
}));
