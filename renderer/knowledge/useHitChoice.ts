import { useState, type KeyboardEvent } from 'react';
import type { ArticleHit } from '../../shared/knowledge/contract';

/**
 * Keyboard choice among hits from a search field: arrows move, Enter takes the chosen one (the
 * first by default). A new set of hits starts again from the first.
 */
export function useHitChoice(hits: readonly ArticleHit[], onPick: (hit: ArticleHit) => void) {
  const [choice, setChoice] = useState<{ hits: readonly ArticleHit[]; index: number }>({ hits, index: 0 });
  const chosen = choice.hits === hits ? Math.min(choice.index, Math.max(0, hits.length - 1)) : 0;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.nativeEvent.isComposing || hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setChoice({ hits, index: (chosen + step + hits.length) % hits.length });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onPick(hits[chosen]!);
    }
  };

  return { chosen, onKeyDown };
}
