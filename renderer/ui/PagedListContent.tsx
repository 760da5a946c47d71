import { Center, Loader } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './ErrorState';
import { LoadMore } from './LoadMore';
import { NoticeState } from './NoticeState';
import type { usePagedList } from './usePagedList';

interface PagedListContentProps<T> {
  list: ReturnType<typeof usePagedList<T>>;
  /** What an empty list says instead. */
  empty: { icon: Icon; title: string; description: string };
  /** The items loaded so far; "load more" follows them while there are more. */
  children(items: T[]): ReactNode;
}

/** A paged list in a card: a loader, the error with a retry, the empty state, or its items. */
export function PagedListContent<T>({ list, empty, children }: PagedListContentProps<T>) {
  const { t } = useTranslation();
  const { state, loadMore, reload } = list;
  if (state.status === 'loading') {
    return (
      <Center py="lg" role="status" aria-label={t('common.loading')}>
        <Loader size="sm" />
      </Center>
    );
  }
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;
  if (state.items.length === 0) {
    return <NoticeState icon={empty.icon} title={empty.title} description={empty.description} py="md" />;
  }
  return (
    <>
      {children(state.items)}
      {state.nextCursor !== null && <LoadMore state={state.more} onLoadMore={loadMore} />}
    </>
  );
}
