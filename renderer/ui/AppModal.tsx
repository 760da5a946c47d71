import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The app's dialogs: one look, a translated close button. */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      radius="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
      {...props}
    />
  );
}
