import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { ArticleHit } from '../../shared/knowledge/contract';
import { call } from '../bridge/call';
import { onKnowledgeChanged } from './knowledgeChanges';

const DEBOUNCE_MS = 250;

export type ArticleSearch =
  | { status: 'idle' }
  /** `previous`: the hits of what was typed before, for views that keep them until these arrive. */
  | { status: 'loading'; previous: ArticleHit[] }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; items: ArticleHit[] };

/** `words`: articles with every word typed; `subject`: articles sharing some words of a work order's subject. */
export type SearchMode = 'words' | 'subject';

const find = (mode: SearchMode, text: string, limit: number) =>
  mode === 'words'
    ? call('knowledge.search', { query: text, limit })
    : call('knowledge.suggest', { subject: text, limit });

/**
 * Articles matching what is being typed, once typing pauses; searched again when an article
 * changes anywhere. Idle while the text is blank.
 */
export function useArticleSearch(query: string, limit: number, mode: SearchMode = 'words'): ArticleSearch {
  const typed = query.trim();
  const [debounced] = useDebouncedValue(typed, DEBOUNCE_MS);
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<{ query: string; result: ArticleSearch } | null>(null);

  useEffect(() => onKnowledgeChanged(() => setGeneration((count) => count + 1)), []);

  useEffect(() => {
    if (debounced === '') return;
    let cancelled = false;
    find(mode, debounced, limit).then(
      ({ items }) => !cancelled && setLoaded({ query: debounced, result: { status: 'ready', items } }),
      (error: unknown) => !cancelled && setLoaded({ query: debounced, result: { status: 'error', error } }),
    );
    return () => {
      cancelled = true;
    };
  }, [debounced, limit, mode, generation]);

  if (typed === '') return { status: 'idle' };
  // What is shown belongs to what is typed; older results would point Enter at the wrong article.
  if (loaded?.query === typed) return loaded.result;
  return { status: 'loading', previous: loaded?.result.status === 'ready' ? loaded.result.items : [] };
}
