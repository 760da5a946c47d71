import type { EventData } from '../../shared/events';
import { onEvent } from '../bridge/events';

type Change = EventData<'knowledge.changed'>;
type Listener = (change: Change) => void;
const localListeners = new Set<Listener>();

/**
 * The knowledge base changed, here or on another seat. Changes made in this window are announced
 * locally too, so its lists update even while the push channel is reconnecting.
 */
export function onKnowledgeChanged(listener: Listener): () => void {
  localListeners.add(listener);
  const unsubscribe = onEvent('knowledge.changed', listener);
  return () => {
    localListeners.delete(listener);
    unsubscribe();
  };
}

export function announceKnowledgeChanged(change: Change): void {
  for (const listener of localListeners) listener(change);
}

/** For useRecord: the changed article's id. */
export const onArticleIdChanged = (listener: (id: number) => void) =>
  onKnowledgeChanged((change) => change.kind === 'article' && listener(change.id));
