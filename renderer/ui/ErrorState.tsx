import { Button } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessages';
import { NoticeState } from './NoticeState';

/** A screen's content could not be loaded: what happened, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <NoticeState
      failure
      icon={IconAlertTriangle}
      title={t('errors.title')}
      description={errorMessage(error)(t)}
      py="xl"
      action={
        onRetry && (
          <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
