import { useEffect } from 'react';
import { onWorkOrderChanged } from './workOrderChanges';
import { useQueueStore } from './queueStore';

// A burst of changes (a colleague dispatching several work orders) costs one refresh.
const REFRESH_DELAY_MS = 200;

/** Loads the queue and the counts, and keeps them current when anyone changes a work order. */
export function useQueueSync(): void {
  useEffect(() => {
    const { load, loadCounts } = useQueueStore.getState();
    void load();
    void loadCounts();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onWorkOrderChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void load();
        void loadCounts();
      }, REFRESH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);
}
