import { onEvent } from '../bridge/events';

type Listener = (id: number) => void;
const localListeners = new Set<Listener>();

/**
 * A contact changed, here or on another seat. Saves made in this window are announced
 * locally too, so screens update even while the push channel is reconnecting.
 */
export function onContactChanged(listener: Listener): () => void {
  localListeners.add(listener);
  const unsubscribe = onEvent('contact.changed', (data) => listener(data.id));
  return () => {
    localListeners.delete(listener);
    unsubscribe();
  };
}

export function announceContactChanged(id: number): void {
  for (const listener of localListeners) listener(id);
}
