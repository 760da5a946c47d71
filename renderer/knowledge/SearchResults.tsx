import { Center, Loader } from '@mantine/core';
import { IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ArticleHit } from '../../shared/knowledge/contract';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { ArticleHitList } from './ArticleHitList';
import type { ArticleSearch } from './useArticleSearch';

interface SearchResultsProps {
  search: ArticleSearch;
  query: string;
  chosen: number;
  onPick(hit: ArticleHit): void;
  onRetry?(): void;
}

/** What a search found: a loader, its error, "nothing matches", or the hits with one chosen. */
export function SearchResults({ search, query, chosen, onPick, onRetry }: SearchResultsProps) {
  const { t } = useTranslation();
  switch (search.status) {
    case 'idle':
      return null;
    case 'loading':
      return (
        <Center py="lg" role="status" aria-label={t('common.loading')}>
          <Loader size="sm" />
        </Center>
      );
    case 'error':
      return <ErrorState error={search.error} onRetry={onRetry} />;
    case 'ready':
      return search.items.length === 0 ? (
        <NoticeState
          icon={IconSearchOff}
          title={t('knowledge.search.emptyTitle', { query: query.trim() })}
          description={t('knowledge.search.emptyText')}
          py="md"
        />
      ) : (
        <ArticleHitList
          label={t('knowledge.search.results')}
          hits={search.items}
          chosen={chosen}
          onPick={onPick}
        />
      );
  }
}
