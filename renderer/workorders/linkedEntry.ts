import type { ComponentType } from 'react';

/** How another module's entries show in a work order's thread, and how the thread hears they changed. */
export interface LinkedEntryRenderer<E> {
  Content: ComponentType<{ entry: E }>;
  /** Calls `changed` with the work order an entry of this kind changed on; returns the unsubscribe. */
  subscribe(changed: (workOrderId: number | null) => void): () => void;
}
