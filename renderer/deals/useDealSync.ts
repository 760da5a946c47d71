import { useEffect } from 'react';
import { onEvent } from '../bridge/events';
import { useDealListStore } from './list/dealListStore';
import { usePipelineStore } from './pipelineStore';

// A burst of changes (a colleague dragging several cards) costs one refresh.
const REFRESH_DELAY_MS = 200;

/** Keeps the board (its totals and stages serve both views) and the list current when anyone changes a deal or the stages. */
export function useDealSync(view: 'board' | 'list'): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void usePipelineStore.getState().load();
        if (view === 'list') void useDealListStore.getState().load();
      }, REFRESH_DELAY_MS);
    };
    const unsubscribe = [onEvent('deal.changed', refresh), onEvent('dealStages.changed', refresh)];
    return () => {
      clearTimeout(timer);
      for (const stop of unsubscribe) stop();
    };
  }, [view]);
}
