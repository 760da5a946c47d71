import { Badge, Group, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../shared/timeline/contract';
import { formatDateTime } from '../i18n/formatDate';
import type { TimelineEntryRenderer } from '../timeline/entryRenderer';

type FollowupEntry = Extract<TimelineEntry, { kind: 'followup' }>;

function FollowupContent({ entry }: { entry: FollowupEntry }) {
  const { t, i18n } = useTranslation();
  const { followupKind, subject, dueAt, done } = entry.data;
  return (
    <>
      <Group gap="xs">
        <Text fz="sm" fw={500}>
          {t(`followups.kinds.${followupKind}`)}: {subject}
        </Text>
        {done && (
          <Badge size="xs" variant="light" color="teal">
            {t('followups.row.done')}
          </Badge>
        )}
      </Group>
      {dueAt !== null && (
        <Text fz="xs" c="dimmed">
          {t('followups.row.due', { at: formatDateTime(dueAt, i18n.language) })}
        </Text>
      )}
    </>
  );
}

/** A follow-up on a timeline: its kind, subject, due time and whether it is done. */
export const followupEntryRenderer: TimelineEntryRenderer<FollowupEntry> = {
  icon: IconCalendarEvent,
  Content: FollowupContent,
};
