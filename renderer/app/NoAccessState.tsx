import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NoticeState } from '../ui/NoticeState';

/** A page the signed-in role may not open, reached by its address. */
export function NoAccessState() {
  const { t } = useTranslation();
  return (
    <NoticeState
      icon={IconShieldLock}
      title={t('access.denied.title')}
      description={t('access.denied.description')}
      py={64}
    />
  );
}
