import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/workorders/attachments';
import { AppModal } from '../../ui/AppModal';

interface RemoveAttachmentDialogProps {
  attachment: Attachment | null;
  onConfirm(attachment: Attachment): Promise<void>;
  onClose(): void;
}

/** Removing deletes the file for everyone, so it is confirmed. */
export function RemoveAttachmentDialog({ attachment, onConfirm, onClose }: RemoveAttachmentDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!attachment) return;
    setBusy(true);
    await onConfirm(attachment);
    setBusy(false);
    onClose();
  };

  return (
    <AppModal
      opened={attachment !== null}
      onClose={onClose}
      title={t('attachments.remove.title', { name: attachment?.fileName ?? '' })}
      size="md"
    >
      <Text fz="sm">{t('attachments.remove.description')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void confirm()} data-autofocus>
          {t('attachments.remove.submit')}
        </Button>
      </Group>
    </AppModal>
  );
}
