import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductLink } from '../../shared/inventory/contract';
import { call } from '../bridge/call';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorState } from '../ui/ErrorState';
import { IconButton } from '../ui/IconButton';
import { productLinkErrorText } from './inventoryErrors';
import { ProductLinkDialog } from './ProductLinkDialog';
import { useInventoryAccess } from './useInventoryAccess';
import { useWorkOrderProducts } from './useWorkOrderProducts';

/** The dialog: closed, adding a product, or changing a listed one. */
type Editing = { opened: false } | { opened: true; link: ProductLink | null };

function ProductsCard({ workOrderId, writable }: { workOrderId: number; writable: boolean }) {
  const { t } = useTranslation();
  const { state, reload } = useWorkOrderProducts(workOrderId);
  const [editing, setEditing] = useState<Editing>({ opened: false });
  const [removing, setRemoving] = useState<ProductLink | null>(null);

  const remove = async (link: ProductLink) => {
    try {
      await call('workorders.unlinkProduct', { linkId: link.id, version: link.version });
      notifications.show({ color: 'teal', message: t('inventory.card.removed', { sku: link.product.sku }) });
    } catch (error) {
      notifications.show({ color: 'red', title: link.product.sku, message: productLinkErrorText(error)(t) });
    }
    reload();
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t('inventory.card.title')}>
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4">
          {t('inventory.card.title')}
        </Title>
        {writable && (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing({ opened: true, link: null })}
          >
            {t('inventory.card.add')}
          </Button>
        )}
      </Group>
      {state.status === 'loading' && <CenteredLoader />}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={reload} />}
      {state.status === 'ready' && state.items.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t('inventory.card.empty')}
        </Text>
      )}
      {state.status === 'ready' && state.items.length > 0 && (
        <Table verticalSpacing={6} aria-label={t('inventory.card.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inventory.fields.sku')}</Table.Th>
              <Table.Th>{t('inventory.fields.name')}</Table.Th>
              <Table.Th ta="right">{t('inventory.fields.quantity')}</Table.Th>
              <Table.Th>{t('inventory.fields.serialNumber')}</Table.Th>
              {writable && <Table.Th aria-label={t('inventory.card.actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.items.map((link) => (
              <Table.Tr key={link.id}>
                <Table.Td ff="monospace" fz="sm">
                  {link.product.sku}
                </Table.Td>
                <Table.Td fz="sm">
                  {link.product.name}
                  {link.note && (
                    <Text fz="xs" c="dimmed">
                      {link.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" fz="sm">
                  {`${link.quantity} ${link.product.unit}`}
                </Table.Td>
                <Table.Td fz="sm">{link.serialNumber ?? '—'}</Table.Td>
                {writable && (
                  <Table.Td w={80}>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <IconButton
                        icon={IconEdit}
                        label={t('inventory.card.editLabel', { sku: link.product.sku })}
                        onClick={() => setEditing({ opened: true, link })}
                      />
                      <IconButton
                        icon={IconTrash}
                        color="red"
                        label={t('inventory.card.removeLabel', { sku: link.product.sku })}
                        onClick={() => setRemoving(link)}
                      />
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ProductLinkDialog
        opened={editing.opened}
        workOrderId={workOrderId}
        link={editing.opened ? editing.link : null}
        onClose={() => {
          setEditing({ opened: false });
          reload();
        }}
      />
      <ConfirmDialog
        subject={removing}
        title={(link) => t('inventory.remove.title', { sku: link.product.sku })}
        message={(link) => t('inventory.remove.body', { name: link.product.name })}
        confirmLabel={t('inventory.remove.submit')}
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
}

/**
 * A work order's products: shown only where the licence has inventory; read-only once the
 * licence has ended.
 */
export function WorkOrderProductsCard({ workOrderId }: { workOrderId: number }) {
  const access = useInventoryAccess();
  if (access !== 'open' && access !== 'readOnly') return null;
  return <ProductsCard workOrderId={workOrderId} writable={access === 'open'} />;
}
