import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConflictDialogProps {
  opened: boolean;
  name: string;
  reloading: boolean;
  onReload(): void;
  onKeepEditing(): void;
}

/** A save was refused because someone saved this contact first (CONFLICT). */
export function ConflictDialog({ opened, name, reloading, onReload, onKeepEditing }: ConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onKeepEditing} title={t('contacts.conflict.title')} centered size="md">
      <Text fz="sm" mb="xs">
        {t('contacts.conflict.description', { name })}
      </Text>
      <Text fz="sm" c="dimmed">
        {t('contacts.conflict.keepsYours')}
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onKeepEditing}>
          {t('contacts.conflict.keepEditing')}
        </Button>
        <Button onClick={onReload} loading={reloading} data-autofocus>
          {t('contacts.conflict.reload')}
        </Button>
      </Group>
    </Modal>
  );
}
