import { Button, Center } from '@mantine/core';
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessages';
import { NoticeState } from '../ui/NoticeState';

/** The app could not even ask whether the company is set up. */
export function UnreachableScreen({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="md">
      <NoticeState
        failure
        icon={IconPlugConnectedX}
        title={t('app.unreachable')}
        description={errorMessage(error)(t)}
        action={
          <Button leftSection={<IconRefresh size={16} />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    </Center>
  );
}
