import { Button } from '@mantine/core';
import { IconMoodEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NoticeState } from './NoticeState';

/** A page or record that does not exist (any more). */
export function NotFoundState() {
  const { t } = useTranslation();
  return (
    <NoticeState
      icon={IconMoodEmpty}
      title={t('notFound.title')}
      description={t('notFound.description')}
      py={64}
      action={
        <Button component={Link} to="/contacts" variant="default">
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
