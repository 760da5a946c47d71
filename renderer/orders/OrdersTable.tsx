import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SalesOrderSummary } from '../../shared/orders/contract';
import { formatAmount } from '../deals/money';
import { formatDateTime } from '../i18n/formatDate';
import { OrderStatusBadge } from './OrderStatusBadge';

interface OrdersTableProps {
  orders: SalesOrderSummary[];
  /** Leave out the customer column, e.g. on the customer's own page. */
  withCustomer: boolean;
  label: string;
}

/** Sales orders, one row each, their number leading to the order. */
export function OrdersTable({ orders, withCustomer, label }: OrdersTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('orders.fields.number')}</Table.Th>
          {withCustomer && <Table.Th>{t('orders.fields.customer')}</Table.Th>}
          <Table.Th>{t('orders.fields.status')}</Table.Th>
          <Table.Th>{t('orders.fields.createdAt')}</Table.Th>
          <Table.Th ta="right">{t('orders.fields.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {orders.map((order) => (
          <Table.Tr key={order.id}>
            <Table.Td ff="monospace" fz="sm">
              <Anchor component={Link} to={`/orders/${order.id}`}>
                {order.number}
              </Anchor>
            </Table.Td>
            {withCustomer && (
              <Table.Td fz="sm">
                <Anchor component={Link} to={`/contacts/${order.contactId}`} c="inherit">
                  {order.contactName}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>
              <OrderStatusBadge status={order.status} />
            </Table.Td>
            <Table.Td fz="sm">{formatDateTime(order.createdAt, i18n.language)}</Table.Td>
            <Table.Td ta="right" fz="sm">
              {formatAmount(order.totalMinor, order.currency, i18n.language)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
