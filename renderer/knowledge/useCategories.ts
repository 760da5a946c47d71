import { useEffect, useState } from 'react';
import type { KnowledgeCategory } from '../../shared/knowledge/contract';
import { call } from '../bridge/call';
import { onKnowledgeChanged } from './knowledgeChanges';

export type CategoriesState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; items: KnowledgeCategory[] };

/** The categories with their counts, loaded again whenever an article or category changes. */
export function useCategories(): { state: CategoriesState; reload(): void } {
  const [state, setState] = useState<CategoriesState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => onKnowledgeChanged(() => setGeneration((count) => count + 1)), []);

  useEffect(() => {
    let cancelled = false;
    call('knowledge.categories.list', {}).then(
      ({ items }) => !cancelled && setState({ status: 'ready', items }),
      (error: unknown) => !cancelled && setState({ status: 'error', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [generation]);

  return { state, reload: () => setGeneration((count) => count + 1) };
}
