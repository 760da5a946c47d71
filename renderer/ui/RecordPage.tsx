import { Anchor, Box, Center, Group, Loader } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isCallError } from '../bridge/CallError';
import { ErrorState } from './ErrorState';
import { NotFoundState } from './NotFoundState';
import type { RecordState } from './useRecord';

interface RecordPageProps {
  back: { to: string; label: string };
  /** The page's content for the id in its address; only called for a well-formed id. */
  children(id: number): ReactNode;
}

/** A page about one record (`/…/:id`): the way back, and "not found" for a malformed address. */
export function RecordPage({ back, children }: RecordPageProps) {
  const id = Number(useParams().id);
  return (
    <Box px="xl" py="lg" maw={1100}>
      <Group mb="lg">
        <Anchor component={Link} to={back.to} fz="sm" c="dimmed">
          <Group gap={4}>
            <IconArrowLeft size={16} />
            {back.label}
          </Group>
        </Anchor>
      </Group>
      {Number.isInteger(id) && id > 0 ? children(id) : <NotFoundState />}
    </Box>
  );
}

interface RecordContentProps<T> {
  state: RecordState<T>;
  onRetry(): void;
  children(record: T): ReactNode;
}

/** The record once loaded; until then a loader, and "not found" or the error with a retry. */
export function RecordContent<T>({ state, onRetry, children }: RecordContentProps<T>) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <Center py={80} role="status" aria-label={t('common.loading')}>
        <Loader />
      </Center>
    );
  }
  if (state.status === 'error') {
    const missing = isCallError(state.error) && state.error.code === 'NOT_FOUND';
    return missing ? <NotFoundState /> : <ErrorState error={state.error} onRetry={onRetry} />;
  }
  return children(state.record);
}
