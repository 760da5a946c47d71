import type { Attachment } from '../../../shared/workorders/attachments';

export type AttachmentsState =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; items: Attachment[] };

/**
 * The list with a file this window just attached. The change's event reloads the list anyway;
 * this shows the file at once, and not twice when the event's reload came first.
 */
export function withAttached(state: AttachmentsState, added: Attachment): AttachmentsState {
  if (state.status !== 'ready' || state.items.some((item) => item.id === added.id)) return state;
  return { status: 'ready', items: [...state.items, added].sort((a, b) => a.id - b.id) };
}

/** The list without a file this window just removed (its event's reload may have come first). */
export function withoutRemoved(state: AttachmentsState, id: number): AttachmentsState {
  if (state.status !== 'ready') return state;
  return { status: 'ready', items: state.items.filter((item) => item.id !== id) };
}
