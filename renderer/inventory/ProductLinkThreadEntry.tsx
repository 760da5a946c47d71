import { Group, Text } from '@mantine/core';
import { IconBoxSeam } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LinkedThreadEntry } from '../../shared/workorders/contract';
import { onEvent } from '../bridge/events';
import { formatDateTime } from '../i18n/formatDate';
import type { LinkedEntryRenderer } from '../workorders/linkedEntry';

type ProductLinkThreadEntry = Extract<LinkedThreadEntry, { kind: 'productLink' }>;

/** A change line like the thread's status lines: who added, changed or removed which product. */
function ProductLinkContent({ entry }: { entry: ProductLinkThreadEntry }) {
  const { t, i18n } = useTranslation();
  const { action, authorName, product, quantity, serialNumber } = entry.change;
  const what = t(`inventory.thread.${action}`, {
    author: authorName,
    quantity,
    unit: product.unit,
    sku: product.sku,
    name: product.name,
  });
  return (
    <Group gap="xs" px="sm" wrap="nowrap" data-testid="thread-entry">
      <IconBoxSeam size={14} color="var(--mantine-color-dimmed)" aria-hidden />
      <Text fz="xs" c="dimmed">
        {what}
        {serialNumber && ` · ${t('inventory.thread.serial', { serial: serialNumber })}`}
      </Text>
      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(entry.at, i18n.language)}
      </Text>
    </Group>
  );
}

/** A change of a work order's products in its thread, shown as soon as it is made in any window. */
export const productLinkThreadRenderer: LinkedEntryRenderer<ProductLinkThreadEntry> = {
  Content: ProductLinkContent,
  subscribe: (changed) => onEvent('workorder.productsChanged', ({ workOrderId }) => changed(workOrderId)),
};
