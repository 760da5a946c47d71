import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SalesReturn } from '../../shared/orders/contract';
import { formatDateTime } from '../i18n/formatDate';

interface OrderReturnsCardProps {
  returns: readonly SalesReturn[];
  money(minor: number): string;
}

/** A fulfilled order's returns, oldest first: when, by whom, what came back and why. */
export function OrderReturnsCard({ returns, money }: OrderReturnsCardProps) {
  const { t, i18n } = useTranslation();
  const title = t('orders.returns.listTitle');
  return (
    <Card withBorder radius="md" padding="xs" component="section" aria-label={title}>
      <Title order={2} fz="md" p="xs">
        {title}
      </Title>
      {returns.length === 0 ? (
        <Text fz="sm" c="dimmed" p="xs">
          {t('orders.returns.none')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.fields.number')}</Table.Th>
              <Table.Th>{t('orders.returns.returnedAt')}</Table.Th>
              <Table.Th>{t('orders.returns.goods')}</Table.Th>
              <Table.Th>{t('orders.returns.reason')}</Table.Th>
              <Table.Th ta="right">{t('orders.returns.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {returns.map((returned) => (
              <Table.Tr key={returned.id}>
                <Table.Td fz="sm" ff="monospace">
                  {returned.number}
                </Table.Td>
                <Table.Td fz="sm">
                  {formatDateTime(returned.returnedAt, i18n.language)}
                  <Text fz="xs" c="dimmed">
                    {returned.returnedBy.name}
                  </Text>
                </Table.Td>
                <Table.Td fz="sm">
                  {returned.lines.map((line) => (
                    <div key={line.id}>
                      {t('orders.returns.lineOf', { quantity: line.quantity, description: line.description })}
                    </div>
                  ))}
                </Table.Td>
                <Table.Td fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {returned.reason}
                </Table.Td>
                <Table.Td fz="sm" ta="right">
                  {money(returned.totalMinor)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
