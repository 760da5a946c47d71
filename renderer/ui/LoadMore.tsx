import { Button, Center, Loader, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessages';

interface LoadMoreProps {
  state: 'idle' | 'loading' | { error: unknown };
  onLoadMore(): void;
}

/** The foot of a paged list: loads the next page when it scrolls into view, or on its button. */
export function LoadMore({ state, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const onLoadMoreRef = useRef(onLoadMore);
  useEffect(() => {
    onLoadMoreRef.current = onLoadMore;
  });
  const idle = state === 'idle';

  useEffect(() => {
    const element = ref.current;
    if (!element || !idle || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onLoadMoreRef.current();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [idle]);

  return (
    <Center ref={ref} py="sm">
      {state === 'loading' ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <>
          {state !== 'idle' && (
            <Text fz="sm" c="red" mr="sm" role="alert">
              {errorMessage(state.error)(t)}
            </Text>
          )}
          <Button variant="subtle" size="xs" onClick={onLoadMore}>
            {t('timeline.loadMore')}
          </Button>
        </>
      )}
    </Center>
  );
}
