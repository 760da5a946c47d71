import { create } from 'zustand';
import type { Contact } from '../../shared/contacts/contract';

export type EditorTarget = { kind: 'create' } | { kind: 'edit'; contact: Contact };

interface ContactEditorStore {
  target: EditorTarget | null;
  /** Opens an empty form, unless a form is open already (the `n` key must not discard one). */
  openCreate(): void;
  openEdit(contact: Contact): void;
  close(): void;
}

/** Which contact form is open; one form at a time, reachable from anywhere in the app. */
export const useContactEditorStore = create<ContactEditorStore>()((set, get) => ({
  target: null,
  openCreate() {
    if (get().target === null) set({ target: { kind: 'create' } });
  },
  openEdit(contact) {
    set({ target: { kind: 'edit', contact } });
  },
  close() {
    set({ target: null });
  },
}));
