import type { EventData } from '../../shared/events';
import { onEvent } from '../bridge/events';

type Change = Pick<EventData<'installation.changed'>, 'id' | 'contactId'>;
type Listener = (change: Change) => void;
const localListeners = new Set<Listener>();

/**
 * An installation job changed, here or on another seat. Changes made in this window are
 * announced locally too, so its screens update even while the push channel is reconnecting.
 */
export function onInstallationChanged(listener: Listener): () => void {
  localListeners.add(listener);
  const unsubscribe = onEvent('installation.changed', listener);
  return () => {
    localListeners.delete(listener);
    unsubscribe();
  };
}

export function announceInstallationChanged(change: Change): void {
  for (const listener of localListeners) listener(change);
}
