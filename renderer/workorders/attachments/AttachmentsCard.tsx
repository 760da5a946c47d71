import { Anchor, Button, Card, FileButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPaperclip, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast } from '../../../shared/roles';
import type { Attachment } from '../../../shared/workorders/attachments';
import { useSession } from '../../auth/authStore';
import { formatDateTime } from '../../i18n/formatDate';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';
import { IconButton } from '../../ui/IconButton';
import { formatFileSize } from './fileSize';
import { useAttachments } from './useAttachments';

/** A work order's files: attach by the button or by dropping files on the card; click a name to save a copy. */
export function AttachmentsCard({ workOrderId }: { workOrderId: number }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const files = useAttachments(workOrderId);
  const [dragging, setDragging] = useState(false);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const { state, sending } = files;

  const mayRemove = (attachment: Attachment) =>
    attachment.addedById === user.id || roleAtLeast(user.role, 'admin');

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void files.attach([...event.dataTransfer.files]);
  };

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-label={t('attachments.title')}
      onDragOver={(event: DragEvent) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={
        dragging
          ? { outline: '2px dashed var(--mantine-primary-color-filled)', outlineOffset: -4 }
          : undefined
      }
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4">
          {t('attachments.title')}
        </Title>
        <FileButton multiple onChange={(picked) => void files.attach(picked)}>
          {(props) => (
            <Button {...props} variant="default" size="xs" leftSection={<IconUpload size={14} />}>
              {t('attachments.attach')}
            </Button>
          )}
        </FileButton>
      </Group>
      {state.status === 'loading' && <CenteredLoader />}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={files.reload} />}
      {state.status === 'ready' && (
        <Stack gap="xs" role="list" aria-label={t('attachments.title')}>
          {state.items.length === 0 && sending.length === 0 && (
            <Text fz="sm" c="dimmed">
              {t('attachments.empty')}
            </Text>
          )}
          {state.items.map((attachment) => (
            <Group key={attachment.id} role="listitem" justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="xs" wrap="nowrap" miw={0}>
                <IconPaperclip size={16} aria-hidden />
                <Stack gap={0} miw={0}>
                  <Anchor
                    component="button"
                    type="button"
                    fz="sm"
                    truncate
                    title={t('attachments.save', { name: attachment.fileName })}
                    onClick={() => void files.save(attachment)}
                  >
                    {attachment.fileName}
                  </Anchor>
                  <Text fz="xs" c="dimmed">
                    {t('attachments.addedBy', {
                      size: formatFileSize(attachment.size, i18n.language),
                      name: attachment.addedByName,
                      at: formatDateTime(attachment.addedAt, i18n.language),
                    })}
                  </Text>
                </Stack>
              </Group>
              {mayRemove(attachment) && (
                <IconButton
                  icon={IconTrash}
                  color="red"
                  label={t('attachments.remove.label', { name: attachment.fileName })}
                  hint={t('attachments.remove.submit')}
                  onClick={() => setRemoving(attachment)}
                />
              )}
            </Group>
          ))}
          {sending.map(({ key, name }) => (
            <Group key={key} role="listitem" gap="xs">
              <Loader size="xs" />
              <Text fz="sm" c="dimmed">
                {t('attachments.sending', { name })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      <ConfirmDialog
        subject={removing}
        title={(attachment) => t('attachments.remove.title', { name: attachment.fileName })}
        message={() => t('attachments.remove.description')}
        confirmLabel={t('attachments.remove.submit')}
        onConfirm={files.remove}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
}
