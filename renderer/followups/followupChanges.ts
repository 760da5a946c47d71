import { onEvent } from '../bridge/events';

type Listener = () => void;
const localListeners = new Set<Listener>();

/**
 * Some follow-up changed, here or on another seat. Changes made in this window are announced
 * locally too, so lists update even while the push channel is reconnecting.
 */
export function onFollowupChanged(listener: Listener): () => void {
  localListeners.add(listener);
  const unsubscribe = onEvent('followup.changed', () => listener());
  return () => {
    localListeners.delete(listener);
    unsubscribe();
  };
}

export function announceFollowupChanged(): void {
  for (const listener of localListeners) listener();
}
