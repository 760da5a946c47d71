import { useEffect, useState } from 'react';

export type RecordState<T> =
  { status: 'loading' } | { status: 'ready'; record: T } | { status: 'error'; error: unknown };

/**
 * One record by id, loaded again when the id changes, on `reload()`, and whenever
 * `subscribe` reports a change of it (here or on another seat). Both functions must be stable
 * (module-level), since they are effect dependencies.
 */
export function useRecord<T>(
  id: number,
  load: (id: number) => Promise<T>,
  subscribe?: (onChange: (changedId: number) => void) => () => void,
): { state: RecordState<T>; reload(): void } {
  const [loaded, setLoaded] = useState<{ id: number; state: RecordState<T> } | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    load(id).then(
      (record) => !cancelled && setLoaded({ id, state: { status: 'ready', record } }),
      (error: unknown) => !cancelled && setLoaded({ id, state: { status: 'error', error } }),
    );
    return () => {
      cancelled = true;
    };
  }, [id, load, generation]);

  useEffect(
    () => subscribe?.((changed) => changed === id && setGeneration((count) => count + 1)),
    [id, subscribe],
  );

  // A different record than the one loaded is still loading, whatever was shown before.
  const state: RecordState<T> = loaded?.id === id ? loaded.state : { status: 'loading' };
  return { state, reload: () => setGeneration((count) => count + 1) };
}
