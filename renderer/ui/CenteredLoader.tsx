import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A page's content on its way. */
export function CenteredLoader() {
  const { t } = useTranslation();
  return (
    <Center py={80} role="status" aria-label={t('common.loading')}>
      <Loader />
    </Center>
  );
}
