import { Text } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../shared/timeline/contract';
import type { TimelineEntryRenderer } from '../timeline/entryRenderer';
import { formatAmount } from './money';

type DealEntry = Extract<TimelineEntry, { kind: 'deal' }>;

function DealContent({ entry }: { entry: DealEntry }) {
  const { t, i18n } = useTranslation();
  const { title, change, stageName, amount, currency, reason } = entry.data;
  return (
    <>
      <Text fz="sm" fw={500}>
        {t(`deals.timeline.${change}`, { title, stage: stageName })}
      </Text>
      <Text fz="xs" c="dimmed">
        {formatAmount(amount, currency, i18n.language)}
        {reason && ` · ${reason}`}
      </Text>
    </>
  );
}

/** A deal on its contact's timeline: created, moved to a stage, won, lost or reopened. */
export const dealEntryRenderer: TimelineEntryRenderer<DealEntry> = {
  icon: IconTargetArrow,
  Content: DealContent,
};
