import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../../shared/workorders/contract';
import { SLA_TARGETS, type SlaTarget } from '../../../shared/workorders/sla-timers';
import { formatDateTime } from '../../i18n/formatDate';
import { useNow } from '../../ui/useNow';
import { useBusinessCalendar } from './slaStore';
import { formatBusinessMinutes, targetState, type TargetState } from './slaTime';

function StateText({ state, dueAt }: { state: TargetState; dueAt: number | null }) {
  const { t, i18n } = useTranslation();
  const span = (minutes: number | null) => (minutes === null ? '' : formatBusinessMinutes(t, minutes));
  const due = dueAt === null ? '' : formatDateTime(dueAt, i18n.language);
  switch (state.kind) {
    case 'none':
      return (
        <Text span c="dimmed" fz="sm">
          {t('sla.state.none')}
        </Text>
      );
    case 'met':
      return (
        <Text span fz="sm" c={state.late ? 'orange' : 'teal'}>
          {t(state.late ? 'sla.state.metLate' : 'sla.state.met')}
        </Text>
      );
    case 'breached':
      return (
        <Text span fz="sm" c="red" fw={600}>
          {state.over === null
            ? t('sla.state.breached')
            : t('sla.state.overdueBy', { time: span(state.over) })}
        </Text>
      );
    case 'paused':
      return (
        <Text span fz="sm" c="yellow.8">
          {t('sla.state.paused', { time: span(state.left) })}
        </Text>
      );
    case 'running':
      return (
        <Text span fz="sm">
          {state.left === null
            ? t('sla.state.due', { due })
            : t('sla.state.left', { time: span(state.left), due })}
        </Text>
      );
  }
}

/** The work order's two SLA targets as label and value, for the facts of its page. */
export function useSlaFacts(workOrder: WorkOrder): { key: SlaTarget; label: string; value: ReactNode }[] {
  const { t } = useTranslation();
  const now = useNow();
  const calendar = useBusinessCalendar();
  const dueAt = (target: SlaTarget) =>
    target === 'firstResponse' ? workOrder.sla.firstResponseDueAt : workOrder.sla.resolutionDueAt;
  return SLA_TARGETS.map((target) => ({
    key: target,
    label: t(`sla.targets.${target}`),
    value: <StateText state={targetState(workOrder, target, calendar, now)} dueAt={dueAt(target)} />,
  }));
}
