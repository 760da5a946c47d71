import { Button, Center, EmptyState } from '@mantine/core';
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessages';

/** The app could not even ask whether the company is set up. */
export function UnreachableScreen({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="md">
      <EmptyState
        role="alert"
        variant="light"
        color="red"
        icon={<IconPlugConnectedX size={28} />}
        title={t('app.unreachable')}
        description={errorMessage(error)(t)}
      >
        <EmptyState.Actions>
          <Button leftSection={<IconRefresh size={16} />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
