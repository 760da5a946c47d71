import { Card, Group, Skeleton, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from '../ui/ErrorState';
import type { LoadState } from './useLiveLoad';

interface DashboardCardProps<T> {
  title: string;
  /** A link or switch beside the title. */
  action?: ReactNode;
  state: LoadState<T>;
  onRetry(): void;
  children(data: T): ReactNode;
}

/** One card of the home page: its content, a skeleton while it loads, or its own error and retry. */
export function DashboardCard<T>({ title, action, state, onRetry, children }: DashboardCardProps<T>) {
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={title} h="100%">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} fz="md">
          {title}
        </Title>
        {action}
      </Group>
      {state.status === 'loading' && (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={28} width="40%" />
          <Skeleton height={14} />
          <Skeleton height={14} width="80%" />
          <Skeleton height={14} width="60%" />
        </Stack>
      )}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={onRetry} />}
      {state.status === 'ready' && children(state.data)}
    </Card>
  );
}
