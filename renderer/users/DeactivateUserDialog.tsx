import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../../shared/users/contract';
import { AppModal } from '../ui/AppModal';

interface DeactivateUserDialogProps {
  user: ManagedUser | null;
  onConfirm(user: ManagedUser): Promise<boolean>;
  onClose(): void;
}

/** Deactivation signs someone out at once, so it is confirmed; it frees their seat. */
export function DeactivateUserDialog({ user, onConfirm, onClose }: DeactivateUserDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!user) return;
    setBusy(true);
    await onConfirm(user);
    setBusy(false);
    onClose();
  };

  return (
    <AppModal
      opened={user !== null}
      onClose={onClose}
      title={t('users.deactivate.title', { name: user?.displayName ?? '' })}
      size="md"
    >
      <Text fz="sm">{t('users.deactivate.description')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void confirm()} data-autofocus>
          {t('users.deactivate.submit')}
        </Button>
      </Group>
    </AppModal>
  );
}
