import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SalesOrderStatus } from '../../shared/orders/contract';

const COLORS: Record<SalesOrderStatus, string> = {
  draft: 'gray',
  confirmed: 'blue',
  fulfilled: 'teal',
  cancelled: 'red',
};

export function OrderStatusBadge({ status }: { status: SalesOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} tt="none">
      {t(`orders.status.${status}`)}
    </Badge>
  );
}
