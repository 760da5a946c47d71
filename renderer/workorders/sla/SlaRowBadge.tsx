import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../../shared/workorders/contract';
import classes from './Sla.module.css';
import { useBusinessCalendar, useSlaStore } from './slaStore';
import { formatBusinessMinutes, slaUrgency } from './slaTime';

/** The row's highlight class for a work order past or close to its SLA, or ''; loads the calendar for the rows. */
export function useSlaRowClass(): (workOrder: Pick<WorkOrder, 'sla'>, now: number) => string {
  const calendar = useBusinessCalendar();
  return (workOrder, now) => {
    const urgency = slaUrgency(workOrder, calendar, now);
    if (!urgency) return '';
    return (urgency.kind === 'breached' ? classes.breached : classes.soon) ?? '';
  };
}

/** "SLA breached" or "SLA 45 min" beside the status of a work order past or close to its target. */
export function SlaRowBadge({ workOrder, now }: { workOrder: Pick<WorkOrder, 'sla'>; now: number }) {
  const { t } = useTranslation();
  // The list loads and follows the calendar once (useSlaRowClass); each row only reads it.
  const calendar = useSlaStore((store) => store.calendar);
  const urgency = slaUrgency(workOrder, calendar, now);
  if (!urgency) return null;
  return urgency.kind === 'breached' ? (
    <Badge color="red" variant="filled" tt="none">
      {t('sla.row.breached')}
    </Badge>
  ) : (
    <Badge color="yellow" variant="light" tt="none">
      {t('sla.row.soon', { time: formatBusinessMinutes(t, urgency.left) })}
    </Badge>
  );
}
