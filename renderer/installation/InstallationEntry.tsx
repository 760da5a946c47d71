import { Group, Text } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../shared/timeline/contract';
import type { TimelineEntryRenderer } from '../timeline/entryRenderer';
import { JobStatusBadge } from './JobStatusBadge';
import { formatWindow } from './jobWindow';
import { localTimeZone } from './jobFormValues';
import { useJobTimeZone } from './useJobTimeZone';

type InstallationEntry = Extract<TimelineEntry, { kind: 'installation' }>;

function InstallationContent({ entry }: { entry: InstallationEntry }) {
  const { t, i18n } = useTranslation();
  const { title, status, technicianName } = entry.data;
  const timeZone = useJobTimeZone() ?? localTimeZone();
  return (
    <>
      <Text fz="sm" fw={500}>
        {t('installation.timeline.entry', { title })}
      </Text>
      <Group gap={6} mt={2}>
        <JobStatusBadge status={status} />
        <Text fz="xs" c="dimmed">
          {formatWindow(entry.data, i18n.language, timeZone)} · {technicianName}
        </Text>
      </Group>
    </>
  );
}

/** An installation job on its customer's timeline, at its window, where it stands now. */
export const installationEntryRenderer: TimelineEntryRenderer<InstallationEntry> = {
  icon: IconTruckDelivery,
  Content: InstallationContent,
};
