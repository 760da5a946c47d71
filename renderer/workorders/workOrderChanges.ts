import type { EventData } from '../../shared/events';
import { onEvent } from '../bridge/events';

type Change = Pick<EventData<'workorder.changed'>, 'id'>;
type Listener = (change: Change) => void;
const localListeners = new Set<Listener>();

/**
 * A work order changed, here or on another seat. Changes made in this window are announced
 * locally too, so its screens update even while the push channel is reconnecting.
 */
export function onWorkOrderChanged(listener: Listener): () => void {
  localListeners.add(listener);
  const unsubscribe = onEvent('workorder.changed', listener);
  return () => {
    localListeners.delete(listener);
    unsubscribe();
  };
}

export function announceWorkOrderChanged(id: number): void {
  for (const listener of localListeners) listener({ id });
}

/** For useRecord: the changed work order's id. */
export const onWorkOrderIdChanged = (listener: (id: number) => void) =>
  onWorkOrderChanged((change) => listener(change.id));
