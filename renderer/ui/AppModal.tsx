import { Modal, type ModalProps } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * How many times a dialog has opened. Its content stays mounted while it fades out, so one opened
 * again at once would otherwise show the last opening's form, still "saving".
 */
function useOpenings(opened: boolean): number {
  const [openings, setOpenings] = useState(opened ? 1 : 0);
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setOpenings(openings + 1);
  }
  return openings;
}

/** The app's dialogs: one look, a translated close button, and a fresh content at each opening. */
export function AppModal({ children, ...props }: ModalProps) {
  const { t } = useTranslation();
  const openings = useOpenings(props.opened);
  return (
    <Modal
      radius="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
      {...props}
    >
      <Fragment key={openings}>{children}</Fragment>
    </Modal>
  );
}
