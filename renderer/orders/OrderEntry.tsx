import { Anchor, Text } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineEntry } from '../../shared/timeline/contract';
import { formatAmount } from '../deals/money';
import type { TimelineEntryRenderer } from '../timeline/entryRenderer';

type OrderEntry = Extract<TimelineEntry, { kind: 'order' }>;

function OrderContent({ entry }: { entry: OrderEntry }) {
  const { t, i18n } = useTranslation();
  const { orderId, number, status, totalMinor, currency } = entry.data;
  return (
    <>
      <Text fz="sm" fw={500}>
        {t('orders.timeline.created')}{' '}
        <Anchor component={Link} to={`/orders/${orderId}`} ff="monospace" fz="sm">
          {number}
        </Anchor>
      </Text>
      <Text fz="xs" c="dimmed">
        {t(`orders.status.${status}`)} · {formatAmount(totalMinor, currency, i18n.language)}
      </Text>
    </>
  );
}

/** A sales order on its customer's timeline, when it was made, with its status and total now. */
export const orderEntryRenderer: TimelineEntryRenderer<OrderEntry> = {
  icon: IconReceipt,
  Content: OrderContent,
};
