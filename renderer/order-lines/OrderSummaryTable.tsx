import { Anchor, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAmount } from '../deals/money';
import type { OrderColumn } from './OrderLinesCard';

interface OrderSummaryTableProps<Order extends OrderSummaryBase> {
  orders: readonly Order[];
  label: string;
  numberHeader: string;
  /** Where an order's number leads. */
  hrefOf(order: Order): string;
  /** The columns between the number and the total. */
  columns: OrderColumn<Order>[];
  totalHeader: string;
  /** Shown under an order's total, e.g. what came back of it. */
  totalNote?(order: Order): ReactNode;
}

interface OrderSummaryBase {
  id: number;
  number: string;
  totalMinor: number;
  currency: string;
}

/** Orders, one row each: the number leading to the order, the given columns, then the total. */
export function OrderSummaryTable<Order extends OrderSummaryBase>(props: OrderSummaryTableProps<Order>) {
  const { i18n } = useTranslation();
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={props.label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{props.numberHeader}</Table.Th>
          {props.columns.map((column) => (
            <Table.Th key={column.header}>{column.header}</Table.Th>
          ))}
          <Table.Th ta="right">{props.totalHeader}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.orders.map((order) => (
          <Table.Tr key={order.id}>
            <Table.Td ff="monospace" fz="sm">
              <Anchor component={Link} to={props.hrefOf(order)}>
                {order.number}
              </Anchor>
            </Table.Td>
            {props.columns.map((column) => (
              <Table.Td key={column.header} fz="sm">
                {column.cell(order)}
              </Table.Td>
            ))}
            <Table.Td ta="right" fz="sm">
              {formatAmount(order.totalMinor, order.currency, i18n.language)}
              {props.totalNote?.(order)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
