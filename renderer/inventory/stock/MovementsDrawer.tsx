import { Button, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { IconAdjustments, IconHistory } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockLevel, StockMovement } from '../../../shared/inventory/stock';
import { mayCall } from '../../app/access';
import { useSession } from '../../auth/authStore';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { formatDateTime } from '../../i18n/formatDate';
import { PagedListContent } from '../../ui/PagedListContent';
import { usePagedList } from '../../ui/usePagedList';
import { useInventoryAccess } from '../useInventoryAccess';
import { CorrectStockForm } from './CorrectStockForm';
import { signed } from './quantities';

function MovementRows({ movements }: { movements: StockMovement[] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Table verticalSpacing="xs" aria-label={t('stock.movements.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('stock.movements.at')}</Table.Th>
          <Table.Th>{t('stock.movements.reason')}</Table.Th>
          <Table.Th>{t('stock.movements.source')}</Table.Th>
          <Table.Th ta="right">{t('stock.movements.quantity')}</Table.Th>
          <Table.Th ta="right">{t('stock.movements.onHandAfter')}</Table.Th>
          <Table.Th>{t('stock.movements.by')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {movements.map((movement) => (
          <Table.Tr key={movement.id}>
            <Table.Td fz="sm">{formatDateTime(movement.at, i18n.language)}</Table.Td>
            <Table.Td>
              <Text fz="sm">{t(`stock.reasons.${movement.reason}`)}</Text>
              {movement.note && (
                <Text fz="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {movement.note}
                </Text>
              )}
            </Table.Td>
            <Table.Td ff="monospace" fz="sm">
              {movement.source?.number}
            </Table.Td>
            <Table.Td ta="right" fz="sm" fw={600} c={movement.quantity < 0 ? 'red' : 'teal'}>
              {signed(movement.quantity, number)}
            </Table.Td>
            <Table.Td ta="right" fz="sm">
              {number.format(movement.onHandAfter)}
            </Table.Td>
            <Table.Td fz="sm">{movement.byName}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A product's stock ledger, newest first; following every change of its stock. */
function Movements({ product }: { product: StockLevel['product'] }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const correctable = useInventoryAccess() === 'open' && mayCall(user.role, 'stock.correct');
  const [correcting, setCorrecting] = useState(false);
  const list = usePagedList(String(product.id), (cursor) =>
    call('stock.movements', { productId: product.id, cursor, limit: 50 }),
  );
  const { reload } = list;
  useEffect(
    () => onEvent('stock.changed', ({ productIds }) => productIds.includes(product.id) && reload()),
    [product.id, reload],
  );
  return (
    <Stack gap="md">
      {correctable &&
        (correcting ? (
          <CorrectStockForm product={product} onDone={() => setCorrecting(false)} />
        ) : (
          <Group>
            <Button
              variant="light"
              leftSection={<IconAdjustments size={16} />}
              onClick={() => setCorrecting(true)}
            >
              {t('stock.correct.open')}
            </Button>
          </Group>
        ))}
      <PagedListContent
        list={list}
        empty={{
          icon: IconHistory,
          title: t('stock.movements.empty.title'),
          description: t('stock.movements.empty.description'),
        }}
      >
        {(movements) => <MovementRows movements={movements} />}
      </PagedListContent>
    </Stack>
  );
}

interface MovementsDrawerProps {
  /** The product shown, or null when closed. */
  product: StockLevel['product'] | null;
  onClose(): void;
}

/** Beside the stock list: one product's movements, and the correction for admins; Esc closes it. */
export function MovementsDrawer({ product, onClose }: MovementsDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={product !== null}
      onClose={onClose}
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={product ? t('stock.movements.drawerTitle', { sku: product.sku, name: product.name }) : ''}
    >
      {product !== null && <Movements key={product.id} product={product} />}
    </Drawer>
  );
}
