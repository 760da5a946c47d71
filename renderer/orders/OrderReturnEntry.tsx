import { Anchor, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineEntry } from '../../shared/timeline/contract';
import { formatAmount } from '../deals/money';
import type { TimelineEntryRenderer } from '../timeline/entryRenderer';

type OrderReturnEntry = Extract<TimelineEntry, { kind: 'orderReturn' }>;

function OrderReturnContent({ entry }: { entry: OrderReturnEntry }) {
  const { t, i18n } = useTranslation();
  const { orderId, orderNumber, number, totalMinor, currency } = entry.data;
  return (
    <>
      <Text fz="sm" fw={500}>
        {t('orders.timeline.returned', { number })}{' '}
        <Anchor component={Link} to={`/orders/${orderId}`} ff="monospace" fz="sm">
          {orderNumber}
        </Anchor>
      </Text>
      <Text fz="xs" c="dimmed">
        {formatAmount(totalMinor, currency, i18n.language)}
      </Text>
    </>
  );
}

/** Goods of a sales order taken back, on the customer's timeline when the return was recorded. */
export const orderReturnEntryRenderer: TimelineEntryRenderer<OrderReturnEntry> = {
  icon: IconArrowBackUp,
  Content: OrderReturnContent,
};
