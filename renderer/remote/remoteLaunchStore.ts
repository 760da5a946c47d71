import { create } from 'zustand';
import type { RemoteSession } from '../../shared/remote/contract';

/**
 * What a session is for: the customer and the work order it is logged against. Started from a
 * company (`companyId` alone), the agent first picks which of its contacts it is with.
 */
export interface RemoteSubject {
  contactId?: number;
  workOrderId?: number;
  companyId?: number;
}

type DialogState =
  | { mode: 'closed' }
  | { mode: 'start'; subject: RemoteSubject }
  /** `since` is this computer's clock at the launch, so the timer ignores a skewed server clock. */
  | { mode: 'running'; session: RemoteSession; since: number };

interface RemoteLaunchStore {
  state: DialogState;
  open(subject: RemoteSubject): void;
  showRunning(session: RemoteSession): void;
  close(): void;
}

/** The one remote-help dialog of the window (mounted in the shell), opened from any page. */
export const useRemoteLaunchStore = create<RemoteLaunchStore>()((set) => ({
  state: { mode: 'closed' },
  open: (subject) => set({ state: { mode: 'start', subject } }),
  showRunning: (session) => set({ state: { mode: 'running', session, since: Date.now() } }),
  close: () => set({ state: { mode: 'closed' } }),
}));

/** Opens the remote-help dialog for a customer or a work order. */
export const useRemoteLaunch = () => useRemoteLaunchStore((store) => store.open);
