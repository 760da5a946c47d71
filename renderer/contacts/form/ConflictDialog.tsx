import { useTranslation } from 'react-i18next';
import { ConflictDialog as RecordConflictDialog } from '../../forms/ConflictDialog';

interface ConflictDialogProps {
  opened: boolean;
  name: string;
  reloading: boolean;
  onReload(): void;
  onKeepEditing(): void;
}

/** A save was refused because someone saved this contact first (CONFLICT). */
export function ConflictDialog({ name, ...props }: ConflictDialogProps) {
  const { t } = useTranslation();
  const texts = {
    title: t('contacts.conflict.title'),
    description: t('contacts.conflict.description', { name }),
    keepsYours: t('contacts.conflict.keepsYours'),
    keepEditing: t('contacts.conflict.keepEditing'),
    reload: t('contacts.conflict.reload'),
  };
  return <RecordConflictDialog texts={texts} {...props} />;
}
