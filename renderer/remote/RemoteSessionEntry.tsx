import { Anchor, Group, Text } from '@mantine/core';
import { IconDeviceDesktopShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineEntry } from '../../shared/timeline/contract';
import type { TimelineEntryRenderer } from '../timeline/entryRenderer';
import { formatServiceTime } from './duration';
import { OutcomeBadge } from './OutcomeBadge';
import { toolName } from './remoteTexts';

type RemoteSessionEntry = Extract<TimelineEntry, { kind: 'remoteSession' }>;

function RemoteSessionContent({ entry }: { entry: RemoteSessionEntry }) {
  const { t } = useTranslation();
  const { tool, workOrderId, workOrderNumber, endedAt, outcome, notes } = entry.data;
  return (
    <>
      <Text fz="sm" fw={500}>
        {t('remote.timeline.title', { tool: toolName(tool, t) })}
        {workOrderId !== null && workOrderNumber && (
          <>
            {' · '}
            <Anchor component={Link} to={`/workorders/${workOrderId}`} fz="sm" fw={500}>
              {workOrderNumber}
            </Anchor>
          </>
        )}
      </Text>
      <Group gap={6} mt={2}>
        <OutcomeBadge outcome={outcome} running={endedAt === null} />
        {endedAt !== null && (
          <Text fz="xs" c="dimmed">
            {t('remote.session.duration', { time: formatServiceTime((endedAt - entry.at) / 1000) })}
          </Text>
        )}
      </Group>
      {notes && (
        <Text fz="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
          {notes}
        </Text>
      )}
    </>
  );
}

/** A remote-help session on its customer's timeline: the tool, how long, how it ended, the notes. */
export const remoteSessionEntryRenderer: TimelineEntryRenderer<RemoteSessionEntry> = {
  icon: IconDeviceDesktopShare,
  Content: RemoteSessionContent,
};
