import { Button, Card } from '@mantine/core';
import { IconPlus, IconReceipt } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SALES_ORDER_STATUSES, type SalesOrderStatus } from '../../shared/orders/contract';
import { mayCall } from '../app/access';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { OrderStatusFilter, type StatusFilter } from '../order-lines/OrderStatusFilter';
import { PagedListContent } from '../ui/PagedListContent';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { usePagedList } from '../ui/usePagedList';
import { OrderDialog } from './OrderDialog';
import { OrdersTable } from './OrdersTable';
import { useOrdersAccess } from './useOrdersAccess';

/** `/orders`: the sales orders of the customers the user sees, newest first, by status. */
export function OrdersPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const writable = useOrdersAccess() === 'open' && mayCall(user.role, 'orders.create');
  const [status, setStatus] = useState<StatusFilter<SalesOrderStatus>>('all');
  const [creating, setCreating] = useState(false);

  const list = usePagedList(status, (cursor) =>
    call('orders.list', { ...(status === 'all' ? {} : { status }), cursor, limit: 50 }),
  );
  const { reload } = list;
  useEffect(() => onEvent('order.changed', reload), [reload]);

  return (
    <PageFrame>
      <PageHeader
        title={t('orders.list.title')}
        subtitle={t('orders.list.subtitle')}
        actions={
          writable && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('orders.list.new')}
            </Button>
          )
        }
      />
      <OrderStatusFilter
        statuses={SALES_ORDER_STATUSES}
        value={status}
        onChange={setStatus}
        label={t('orders.list.statusFilter')}
        allLabel={t('orders.list.all')}
        statusLabel={(value) => t(`orders.status.${value}`)}
      />
      <Card withBorder radius="md" padding="xs">
        <PagedListContent
          list={list}
          empty={{
            icon: IconReceipt,
            title: t(status === 'all' ? 'orders.list.empty.title' : 'orders.list.noneWithStatus.title'),
            description: t(
              status === 'all' ? 'orders.list.empty.description' : 'orders.list.noneWithStatus.description',
            ),
          }}
        >
          {(orders) => <OrdersTable orders={orders} withCustomer label={t('orders.list.title')} />}
        </PagedListContent>
      </Card>
      <OrderDialog opened={creating} order={null} onClose={() => setCreating(false)} />
    </PageFrame>
  );
}
