import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../shared/workorders/contract';
import { formatShortDate } from '../i18n/formatDate';
import { SlaRowBadge } from './sla/SlaRowBadge';
import { PriorityBadge, StatusBadge } from './WorkOrderBadges';
import classes from './WorkOrderList.module.css';

/** The customer as one line: the contact, and the company when there is one. */
export const customerText = (workOrder: Pick<WorkOrder, 'contactName' | 'companyName'>) =>
  [workOrder.contactName, workOrder.companyName].filter(Boolean).join(' · ');

/** Column titles above the list; the rows carry their own text for assistive technology. */
export function WorkOrderListHeader() {
  const { t } = useTranslation();
  return (
    <div className={`${classes.header} ${classes.columns}`} aria-hidden>
      <span>{t('workorders.fields.number')}</span>
      <span>{t('workorders.fields.subject')}</span>
      <span>{t('workorders.fields.status')}</span>
      <span className={classes.wide}>{t('workorders.fields.priority')}</span>
      <span className={classes.wide}>{t('workorders.fields.assignee')}</span>
      <span>{t('workorders.fields.due')}</span>
      <span className={classes.wide}>{t('workorders.fields.updated')}</span>
    </div>
  );
}

/** One work order's cells in the list's columns. */
export function WorkOrderRow({
  workOrder,
  now,
  overdue,
}: {
  workOrder: WorkOrder;
  now: number;
  overdue: boolean;
}) {
  const { t, i18n } = useTranslation();
  const customer = customerText(workOrder);
  return (
    <>
      <Text fz="sm" ff="monospace" className={classes.cell}>
        {workOrder.number}
      </Text>
      <Stack gap={0} miw={0}>
        <Text fz="sm" fw={600} truncate>
          {workOrder.subject}
        </Text>
        {customer && (
          <Text fz="xs" c="dimmed" truncate>
            {customer}
          </Text>
        )}
      </Stack>
      <Group gap={4} wrap="nowrap" className={classes.cell}>
        <StatusBadge status={workOrder.status} />
        <SlaRowBadge workOrder={workOrder} now={now} />
      </Group>
      <span className={`${classes.cell} ${classes.wide}`}>
        <PriorityBadge priority={workOrder.priority} />
      </span>
      <Text
        fz="sm"
        c={workOrder.assigneeName ? undefined : 'dimmed'}
        className={`${classes.cell} ${classes.wide}`}
      >
        {workOrder.assigneeName ?? t('workorders.list.unassigned')}
      </Text>
      <Text fz="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined} className={classes.cell}>
        {workOrder.dueAt !== null && formatShortDate(workOrder.dueAt, now, i18n.language)}
        {overdue && ` · ${t('workorders.list.overdue')}`}
      </Text>
      <Text fz="xs" c="dimmed" className={`${classes.cell} ${classes.wide}`}>
        {formatShortDate(workOrder.updatedAt, now, i18n.language)}
      </Text>
    </>
  );
}
