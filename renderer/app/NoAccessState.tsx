import { EmptyState } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A page the signed-in role may not open, reached by its address. */
export function NoAccessState() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconShieldLock size={28} />}
      withIndicatorBackground
      title={t('access.denied.title')}
      description={t('access.denied.description')}
      py={64}
    />
  );
}
