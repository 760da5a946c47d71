import { create } from 'zustand';
import type { Followup } from '../../shared/followups/contract';

/** What a new follow-up is about: a contact, a company, or both. */
export interface FollowupSubject {
  contactId: number | null;
  companyId: number | null;
}

type DialogState =
  { mode: 'closed' } | { mode: 'create'; subject: FollowupSubject } | { mode: 'edit'; followup: Followup };

interface FollowupDialogStore {
  state: DialogState;
  openCreate(subject: FollowupSubject): void;
  openEdit(followup: Followup): void;
  close(): void;
}

/** The one follow-up dialog of the window, opened from any page. */
export const useFollowupDialogStore = create<FollowupDialogStore>()((set) => ({
  state: { mode: 'closed' },
  openCreate: (subject) => set({ state: { mode: 'create', subject } }),
  openEdit: (followup) => set({ state: { mode: 'edit', followup } }),
  close: () => set({ state: { mode: 'closed' } }),
}));
