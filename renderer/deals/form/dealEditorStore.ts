import { create } from 'zustand';
import type { Deal, DealOutcome } from '../../../shared/deals/contract';

interface DealEditorStore {
  /** The deal being edited, 'new' for a new one, null when the dialog is shut. */
  editing: Deal | 'new' | null;
  /** The deal being marked won or lost (its reason asked for), or null. */
  closing: { deal: Deal; outcome: DealOutcome } | null;
  openCreate(): void;
  openEdit(deal: Deal): void;
  openClose(deal: Deal, outcome: DealOutcome): void;
  close(): void;
}

/** The pipeline's dialogs, opened from the board, the list or the keyboard. */
export const useDealEditorStore = create<DealEditorStore>()((set) => ({
  editing: null,
  closing: null,
  openCreate: () => set({ editing: 'new', closing: null }),
  openEdit: (deal) => set({ editing: deal, closing: null }),
  openClose: (deal, outcome) => set({ editing: null, closing: { deal, outcome } }),
  close: () => set({ editing: null, closing: null }),
}));
