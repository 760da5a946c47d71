import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../shared/workorders/views';
import { call } from '../../bridge/call';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { AppModal } from '../../ui/AppModal';
import { useViewsStore } from './viewsStore';

/** Asks before a view is deleted; the work orders it showed stay as they are. */
export function DeleteViewDialog({ view, onClose }: { view: SavedView | null; onClose(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState(false);
  const close = () => {
    setError(null);
    setDeleting(false);
    onClose();
  };
  const confirm = async () => {
    if (!view) return;
    setDeleting(true);
    try {
      await call('workorders.views.delete', { id: view.id, version: view.version });
      useViewsStore.getState().remove(view.id);
      notifications.show({ color: 'teal', message: t('workorderViews.deleted', { name: view.name }) });
      close();
    } catch (failure) {
      setError(failure);
      setDeleting(false);
      void useViewsStore.getState().load();
    }
  };
  return (
    <AppModal opened={view !== null} onClose={close} title={t('workorderViews.deleteTitle')} size="sm">
      <Stack gap="md">
        <FormErrorAlert error={error} />
        <Text>{t('workorderViews.deleteText', { name: view?.name ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={deleting} onClick={() => void confirm()} data-autofocus>
            {t('workorderViews.delete')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
