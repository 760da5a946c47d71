import { Button, EmptyState } from '@mantine/core';
import { IconMoodEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A page or record that does not exist (any more). */
export function NotFoundState() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconMoodEmpty size={28} />}
      withIndicatorBackground
      title={t('notFound.title')}
      description={t('notFound.description')}
      py={64}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/contacts" variant="default">
          {t('notFound.back')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
