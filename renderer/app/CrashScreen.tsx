import { Button, Center, EmptyState } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A screen threw while rendering: say so plainly and offer a fresh start. */
export function CrashScreen() {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh">
      <EmptyState
        role="alert"
        variant="light"
        color="red"
        icon={<IconBug size={28} />}
        title={t('errors.title')}
        description={t('errors.crashed')}
      >
        <EmptyState.Actions>
          <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
