import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SalesOrderSummary } from '../../shared/orders/contract';
import { formatDateTime } from '../i18n/formatDate';
import type { OrderColumn } from '../order-lines/OrderLinesCard';
import { OrderSummaryTable } from '../order-lines/OrderSummaryTable';
import { OrderStatusBadge } from './OrderStatusBadge';
import { ReturnedNote } from './ReturnedNote';

interface OrdersTableProps {
  orders: SalesOrderSummary[];
  /** Leave out the customer column, e.g. on the customer's own page. */
  withCustomer: boolean;
  label: string;
}

/** Sales orders, one row each, their number leading to the order, the total with what came back of it. */
export function OrdersTable({ orders, withCustomer, label }: OrdersTableProps) {
  const { t, i18n } = useTranslation();
  const customer: OrderColumn<SalesOrderSummary> = {
    header: t('orders.fields.customer'),
    cell: (order) => (
      <Anchor component={Link} to={`/contacts/${order.contactId}`} c="inherit">
        {order.contactName}
      </Anchor>
    ),
  };
  return (
    <OrderSummaryTable
      orders={orders}
      label={label}
      numberHeader={t('orders.fields.number')}
      hrefOf={(order) => `/orders/${order.id}`}
      columns={[
        ...(withCustomer ? [customer] : []),
        { header: t('orders.fields.status'), cell: (order) => <OrderStatusBadge status={order.status} /> },
        {
          header: t('orders.fields.createdAt'),
          cell: (order) => formatDateTime(order.createdAt, i18n.language),
        },
      ]}
      totalHeader={t('orders.fields.total')}
      totalNote={(order) => <ReturnedNote order={order} />}
    />
  );
}
