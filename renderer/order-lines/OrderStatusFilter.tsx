import { Group, SegmentedControl } from '@mantine/core';

/** A list's status filter: one of the statuses, or all of them. */
export type StatusFilter<Status extends string> = Status | 'all';

interface OrderStatusFilterProps<Status extends string> {
  statuses: readonly Status[];
  value: NoInfer<StatusFilter<Status>>;
  onChange(next: NoInfer<StatusFilter<Status>>): void;
  label: string;
  allLabel: string;
  statusLabel(status: NoInfer<Status>): string;
}

/** Shows the orders of one status, or all orders. */
export function OrderStatusFilter<Status extends string>(props: OrderStatusFilterProps<Status>) {
  const { statuses } = props;
  return (
    <Group mb="md">
      <SegmentedControl
        aria-label={props.label}
        value={props.value}
        onChange={(next) => props.onChange(statuses.find((status) => status === next) ?? 'all')}
        data={[
          { value: 'all', label: props.allLabel },
          ...statuses.map((value) => ({ value, label: props.statusLabel(value) })),
        ]}
      />
    </Group>
  );
}
