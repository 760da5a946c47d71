import { Anchor, Button, Card, Group, SegmentedControl, Table } from '@mantine/core';
import { IconPlus, IconTruckDelivery } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PURCHASE_ORDER_STATUSES, type PurchaseOrderStatus } from '../../../shared/inventory/purchasing';
import { mayCall } from '../../app/access';
import { useSession } from '../../auth/authStore';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { formatAmount } from '../../deals/money';
import { PagedListContent } from '../../ui/PagedListContent';
import { PageFrame } from '../../ui/PageFrame';
import { PageHeader } from '../../ui/PageHeader';
import { usePagedList } from '../../ui/usePagedList';
import { useInventoryAccess } from '../useInventoryAccess';
import { OrderDialog } from './OrderDialog';
import { OrderStatusBadge } from './OrderStatusBadge';
import { PurchasingLinks } from './PurchasingLinks';

type StatusFilter = PurchaseOrderStatus | 'all';

/** `/inventory/purchase-orders`: the company's purchase orders, newest first, by status. */
export function PurchaseOrdersPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const writable = useInventoryAccess() === 'open' && mayCall(user.role, 'purchaseOrders.create');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [creating, setCreating] = useState(false);

  const list = usePagedList(status, (cursor) =>
    call('purchaseOrders.list', {
      filter: status === 'all' ? {} : { status },
      cursor,
      limit: 50,
    }),
  );
  const { reload } = list;
  useEffect(() => onEvent('purchaseOrder.changed', reload), [reload]);

  return (
    <PageFrame>
      <PageHeader
        title={t('purchasing.orders.title')}
        subtitle={t('purchasing.orders.subtitle')}
        actions={
          <Group gap="xs">
            <PurchasingLinks current="/inventory/purchase-orders" />
            {writable && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                {t('purchasing.orders.new')}
              </Button>
            )}
          </Group>
        }
      />
      <Group mb="md">
        <SegmentedControl
          aria-label={t('purchasing.orders.statusFilter')}
          value={status}
          onChange={(next) => setStatus(next as StatusFilter)}
          data={[
            { value: 'all', label: t('purchasing.orders.all') },
            ...PURCHASE_ORDER_STATUSES.map((value) => ({ value, label: t(`purchasing.status.${value}`) })),
          ]}
        />
      </Group>
      <Card withBorder radius="md" padding="xs">
        <PagedListContent
          list={list}
          empty={{
            icon: IconTruckDelivery,
            title: t(
              status === 'all' ? 'purchasing.orders.empty.title' : 'purchasing.orders.noneWithStatus.title',
            ),
            description: t(
              status === 'all'
                ? 'purchasing.orders.empty.description'
                : 'purchasing.orders.noneWithStatus.description',
            ),
          }}
        >
          {(orders) => (
            <Table highlightOnHover verticalSpacing="xs" aria-label={t('purchasing.orders.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('purchasing.orderFields.number')}</Table.Th>
                  <Table.Th>{t('purchasing.orderFields.supplier')}</Table.Th>
                  <Table.Th>{t('purchasing.orderFields.status')}</Table.Th>
                  <Table.Th>{t('purchasing.orderFields.expectedOn')}</Table.Th>
                  <Table.Th ta="right">{t('purchasing.orderFields.total')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {orders.map((order) => (
                  <Table.Tr key={order.id}>
                    <Table.Td ff="monospace" fz="sm">
                      <Anchor component={Link} to={`/inventory/purchase-orders/${order.id}`}>
                        {order.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td fz="sm">{order.supplier.name}</Table.Td>
                    <Table.Td>
                      <OrderStatusBadge status={order.status} />
                    </Table.Td>
                    <Table.Td fz="sm">{order.expectedOn}</Table.Td>
                    <Table.Td ta="right" fz="sm">
                      {formatAmount(order.totalMinor, order.currency, i18n.language)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </PagedListContent>
      </Card>
      <OrderDialog opened={creating} order={null} onClose={() => setCreating(false)} />
    </PageFrame>
  );
}
