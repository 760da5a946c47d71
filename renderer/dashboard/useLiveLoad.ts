import { useCallback, useEffect, useState } from 'react';
import type { EventName } from '../../shared/events';
import { onEvent } from '../bridge/events';

export type LoadState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: unknown };

/** Changes come in bursts (an import, a board drag): one reload after the burst is enough. */
const SETTLE_MS = 500;

/**
 * Loads with `load`, again on `reload()` (after an error: showing the skeleton) and, once the
 * burst settles, on any of `events` (keeping what is shown until the answer comes). `load` and
 * `events` are constants of the caller's module: a new one each render would load each render.
 */
export function useLiveLoad<T>(
  load: () => Promise<T>,
  events: readonly EventName[],
): { state: LoadState<T>; reload(): void } {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let cancelled = false;
    load().then(
      (data) => !cancelled && setState({ status: 'ready', data }),
      (error: unknown) => !cancelled && setState({ status: 'error', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [load, generation]);

  useEffect(() => {
    let timer: number | undefined;
    const refresh = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setGeneration((count) => count + 1), SETTLE_MS);
    };
    const unsubscribes = events.map((name) => onEvent(name, refresh));
    return () => {
      window.clearTimeout(timer);
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
  }, [events]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setGeneration((count) => count + 1);
  }, []);

  return { state, reload };
}
