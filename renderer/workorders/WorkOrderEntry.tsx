import { Anchor, Group, Text } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineEntry } from '../../shared/timeline/contract';
import type { TimelineEntryRenderer } from '../timeline/entryRenderer';
import { PriorityBadge, StatusBadge } from './WorkOrderBadges';

type WorkOrderEntry = Extract<TimelineEntry, { kind: 'workorder' }>;

function WorkOrderContent({ entry }: { entry: WorkOrderEntry }) {
  const { t } = useTranslation();
  const { workOrderId, number, subject, status, priority } = entry.data;
  return (
    <>
      <Text fz="sm" fw={500}>
        {t('workorders.timeline.opened')}{' '}
        <Anchor component={Link} to={`/workorders/${workOrderId}`} fz="sm" fw={500}>
          {number} · {subject}
        </Anchor>
      </Text>
      <Group gap={6} mt={2}>
        <StatusBadge status={status} />
        <PriorityBadge priority={priority} />
      </Group>
    </>
  );
}

/** A work order on its customer's timeline, where it stands now, with the way to it. */
export const workOrderEntryRenderer: TimelineEntryRenderer<WorkOrderEntry> = {
  icon: IconTool,
  Content: WorkOrderContent,
};
