import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrderStatus } from '../../../shared/inventory/purchasing';

const COLORS: Record<PurchaseOrderStatus, string> = {
  draft: 'gray',
  ordered: 'blue',
  received: 'teal',
  cancelled: 'red',
};

export function OrderStatusBadge({ status }: { status: PurchaseOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} tt="none">
      {t(`purchasing.status.${status}`)}
    </Badge>
  );
}
