import { create } from 'zustand';
import type { Contact } from '../../shared/contacts/contract';

/** A new contact started elsewhere: what it starts with, and who wants to know it was saved. */
export interface ContactDraft {
  phones: string[];
  onCreated(contact: Contact): void;
}

export type EditorTarget = { kind: 'create'; draft?: ContactDraft } | { kind: 'edit'; contact: Contact };

interface ContactEditorStore {
  target: EditorTarget | null;
  /** Opens an empty form, unless a form is open already (the `n` key must not discard one). */
  openCreate(): void;
  /** Opens a new contact's form filled in from `draft` (an unknown caller's number), unless a form is open. */
  openDraft(draft: ContactDraft): void;
  openEdit(contact: Contact): void;
  close(): void;
}

/** Which contact form is open; one form at a time, reachable from anywhere in the app. */
export const useContactEditorStore = create<ContactEditorStore>()((set, get) => ({
  target: null,
  openCreate() {
    if (get().target === null) set({ target: { kind: 'create' } });
  },
  openDraft(draft) {
    if (get().target === null) set({ target: { kind: 'create', draft } });
  },
  openEdit(contact) {
    set({ target: { kind: 'edit', contact } });
  },
  close() {
    set({ target: null });
  },
}));
