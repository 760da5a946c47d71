import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkOrderPriority, WorkOrderStatus } from '../../shared/workorders/contract';

const STATUS_COLORS: Record<WorkOrderStatus, string> = {
  new: 'blue',
  assigned: 'indigo',
  inProgress: 'cyan',
  waitingOnCustomer: 'yellow',
  resolved: 'teal',
  closed: 'gray',
};

const PRIORITY_COLORS: Record<WorkOrderPriority, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

export function StatusBadge({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none">
      {t(`workorders.statuses.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: WorkOrderPriority }) {
  const { t } = useTranslation();
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant={priority === 'urgent' ? 'filled' : 'outline'} tt="none">
      {t(`workorders.priorities.${priority}`)}
    </Badge>
  );
}
