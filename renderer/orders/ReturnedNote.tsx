import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SalesOrderSummary } from '../../shared/orders/contract';
import { formatAmount } from '../deals/money';

/** Under an order's gross total in a list: what came back of it, so a returned order does not pass for revenue. */
export function ReturnedNote({ order }: { order: SalesOrderSummary }) {
  const { t, i18n } = useTranslation();
  if (order.returnedMinor === 0) return null;
  const amount = formatAmount(order.returnedMinor, order.currency, i18n.language);
  const inFull = order.returnedMinor >= order.totalMinor;
  return (
    <Text fz="xs" c="red.7">
      {t(inFull ? 'orderLists.returnedInFull' : 'orderLists.returned', { amount })}
    </Text>
  );
}
