import { Text } from '@mantine/core';

/** One labelled fact of an order's header: its supplier or customer, status, dates, total. */
export function OrderFact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="sm">{children}</Text>
    </div>
  );
}
