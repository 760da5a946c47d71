import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessages';
import type { SearchResults } from './searchStore';

/** In place of results: a hint, "nothing found", or why the search failed. */
export function SearchStatus({ results, query }: { results: SearchResults; query: string }) {
  const { t } = useTranslation();
  let text: string | null = null;
  if (query === '') text = t('search.hint');
  else if (results.status === 'error') text = errorMessage(results.error)(t);
  else if (results.status === 'ready' && results.items.length === 0) text = t('search.noResults', { query });
  if (text === null) return null;
  return (
    <Text c={results.status === 'error' ? 'red' : 'dimmed'} ta="center" fz="sm" py="xl" px="md" role="status">
      {text}
    </Text>
  );
}
