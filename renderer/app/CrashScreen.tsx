import { Button, Center } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NoticeState } from '../ui/NoticeState';

/** A screen threw while rendering: say so plainly and offer a fresh start. */
export function CrashScreen() {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh">
      <NoticeState
        failure
        icon={IconBug}
        title={t('errors.title')}
        description={t('errors.crashed')}
        action={<Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>}
      />
    </Center>
  );
}
