import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductLink } from '../../shared/inventory/contract';
import { AppModal } from '../ui/AppModal';

interface RemoveProductLinkDialogProps {
  link: ProductLink | null;
  onConfirm(link: ProductLink): Promise<void>;
  onClose(): void;
}

/** Asks before a product leaves a work order; Enter confirms, Esc keeps it. */
export function RemoveProductLinkDialog({ link, onConfirm, onClose }: RemoveProductLinkDialogProps) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  return (
    <AppModal
      opened={link !== null}
      onClose={onClose}
      title={link ? t('inventory.remove.title', { sku: link.product.sku }) : ''}
      size="md"
    >
      {link && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setRemoving(true);
            void onConfirm(link).finally(() => {
              setRemoving(false);
              onClose();
            });
          }}
        >
          <Stack gap="md">
            <Text fz="sm">{t('inventory.remove.body', { name: link.product.name })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={removing} data-autofocus>
                {t('inventory.remove.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
