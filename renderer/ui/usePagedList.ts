import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

type ListState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; items: T[]; nextCursor: string | null; more: 'idle' | 'loading' | { error: unknown } };

/**
 * A keyset-paged list: the first page when `key` changes or on reload, the next on loadMore.
 * A reload (something changed) starts again from the first page.
 */
export function usePagedList<T>(key: string, load: (cursor: string | null) => Promise<Page<T>>) {
  const [loaded, setLoaded] = useState<{ key: string; state: ListState<T> } | null>(null);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let cancelled = false;
    loadRef.current(null).then(
      (page) => !cancelled && setLoaded({ key, state: { status: 'ready', ...page, more: 'idle' } }),
      (error: unknown) => !cancelled && setLoaded({ key, state: { status: 'error', error } }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, generation]);

  const state: ListState<T> = loaded?.key === key ? loaded.state : { status: 'loading' };

  const loadMore = () => {
    if (state.status !== 'ready' || state.nextCursor === null || state.more === 'loading') return;
    const current = state;
    setLoaded({ key, state: { ...current, more: 'loading' } });
    loadRef.current(current.nextCursor).then(
      (page) =>
        setLoaded((now) =>
          now?.key === key && now.state.status === 'ready'
            ? {
                key,
                state: {
                  status: 'ready',
                  items: [...now.state.items, ...page.items],
                  nextCursor: page.nextCursor,
                  more: 'idle',
                },
              }
            : now,
        ),
      (error: unknown) => setLoaded({ key, state: { ...current, more: { error } } }),
    );
  };

  const reload = useCallback(() => setGeneration((count) => count + 1), []);

  /**
   * Loads again as many items as are shown, page by page from the first, and swaps them in at
   * once: rows others changed show their news, and the list keeps its length (and the rows their
   * fields) instead of falling back to the first page as `reload` does. Answers whether it did.
   */
  const refresh = async (): Promise<boolean> => {
    if (state.status !== 'ready' || state.more === 'loading') return false;
    const shown = state.items.length;
    const items: T[] = [];
    let cursor: string | null = null;
    try {
      do {
        const next: Page<T> = await loadRef.current(cursor);
        items.push(...next.items);
        cursor = next.nextCursor;
      } while (cursor !== null && items.length < shown);
    } catch {
      return false; // The rows shown stay; the next change or reload tries again.
    }
    setLoaded((now) =>
      now?.key === key && now.state.status === 'ready'
        ? { key, state: { status: 'ready', items, nextCursor: cursor, more: 'idle' } }
        : now,
    );
    return true;
  };

  return { state, loadMore, reload, refresh };
}
