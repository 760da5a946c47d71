import { Button, Card, Group } from '@mantine/core';
import { IconPlus, IconTruckDelivery } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PURCHASE_ORDER_STATUSES, type PurchaseOrderStatus } from '../../../shared/inventory/purchasing';
import { mayCall } from '../../app/access';
import { useSession } from '../../auth/authStore';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { OrderSummaryTable } from '../../order-lines/OrderSummaryTable';
import { OrderStatusFilter, type StatusFilter } from '../../order-lines/OrderStatusFilter';
import { PagedListContent } from '../../ui/PagedListContent';
import { PageFrame } from '../../ui/PageFrame';
import { PageHeader } from '../../ui/PageHeader';
import { usePagedList } from '../../ui/usePagedList';
import { useInventoryAccess } from '../useInventoryAccess';
import { OrderDialog } from './OrderDialog';
import { OrderStatusBadge } from './OrderStatusBadge';
import { PurchasingLinks } from './PurchasingLinks';

/** `/inventory/purchase-orders`: the company's purchase orders, newest first, by status. */
export function PurchaseOrdersPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const writable = useInventoryAccess() === 'open' && mayCall(user.role, 'purchaseOrders.create');
  const [status, setStatus] = useState<StatusFilter<PurchaseOrderStatus>>('all');
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
      <OrderStatusFilter
        statuses={PURCHASE_ORDER_STATUSES}
        value={status}
        onChange={setStatus}
        label={t('purchasing.orders.statusFilter')}
        allLabel={t('purchasing.orders.all')}
        statusLabel={(value) => t(`purchasing.status.${value}`)}
      />
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
            <OrderSummaryTable
              orders={orders}
              label={t('purchasing.orders.title')}
              numberHeader={t('purchasing.orderFields.number')}
              hrefOf={(order) => `/inventory/purchase-orders/${order.id}`}
              columns={[
                { header: t('purchasing.orderFields.supplier'), cell: (order) => order.supplier.name },
                {
                  header: t('purchasing.orderFields.status'),
                  cell: (order) => <OrderStatusBadge status={order.status} />,
                },
                { header: t('purchasing.orderFields.expectedOn'), cell: (order) => order.expectedOn },
              ]}
              totalHeader={t('purchasing.orderFields.total')}
            />
          )}
        </PagedListContent>
      </Card>
      <OrderDialog opened={creating} order={null} onClose={() => setCreating(false)} />
    </PageFrame>
  );
}
