import { Anchor, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconHistory, IconPencil, IconUserPlus, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomFieldDef } from '../../shared/custom-fields/contract';
import type { ActivityEntry, ActivityKind, DashboardSummary } from '../../shared/dashboard/contract';
import { changedCustomField, changedFieldLabel } from '../contacts/changedFieldLabel';
import { useCustomFields } from '../custom-fields/customFieldsStore';
import { FOLLOWUP_KIND_ICONS } from '../followups/followupKinds';
import { useNow } from '../ui/useNow';
import { formatDateTime } from '../i18n/formatDate';
import { NoticeState } from '../ui/NoticeState';
import { DashboardCard } from './DashboardCard';
import { relativeTime } from './relativeTime';
import type { LoadState } from './useLiveLoad';

/** The relative times move on by themselves. */
const TICK_MS = 60_000;

const KIND_ICONS: Record<Exclude<ActivityKind, 'followup_created'>, Icon> = {
  contact_created: IconUserPlus,
  contact_changed: IconPencil,
  followup_completed: IconCheck,
};

interface ActivityRowProps {
  entry: ActivityEntry;
  now: number;
  /** The contact fields, archived ones included, which name the custom fields a change lists. */
  customFields: readonly CustomFieldDef[];
}

function ActivityRow({ entry, now, customFields }: ActivityRowProps) {
  const { t, i18n } = useTranslation();
  const EntryIcon =
    entry.kind === 'followup_created' ? FOLLOWUP_KIND_ICONS[entry.followupKind] : KIND_ICONS[entry.kind];
  const who = entry.actor?.name ?? t('dashboard.recent.someone');
  const what =
    entry.kind === 'contact_changed'
      ? t('dashboard.recent.contact_changed', {
          fields: entry.fields
            .map((field) => changedFieldLabel(field, changedCustomField(field, customFields), t))
            .join(t('dashboard.recent.fieldSeparator')),
        })
      : entry.kind === 'contact_created'
        ? t('dashboard.recent.contact_created')
        : t(`dashboard.recent.${entry.kind}`, { subject: entry.subject });
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" py={6}>
      <ThemeIcon variant="light" color={entry.kind === 'followup_completed' ? 'teal' : 'gray'} radius="xl">
        <EntryIcon size={16} />
      </ThemeIcon>
      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
        <Text fz="sm" lineClamp={2}>
          <Text span fw={600} inherit>
            {who}
          </Text>{' '}
          {what}
          {entry.contact && (
            <>
              {' · '}
              <Anchor component={Link} to={`/contacts/${entry.contact.id}`} inherit>
                {entry.contact.name}
              </Anchor>
            </>
          )}
        </Text>
        <Text fz="xs" c="dimmed" title={formatDateTime(entry.at, i18n.language)}>
          {relativeTime(entry.at, now, i18n.language)}
        </Text>
      </Stack>
    </Group>
  );
}

interface RecentActivityCardProps {
  state: LoadState<DashboardSummary>;
  onRetry(): void;
}

/** Recent activity: the latest things done to customers the user may see. */
export function RecentActivityCard({ state, onRetry }: RecentActivityCardProps) {
  const { t } = useTranslation();
  const now = useNow(TICK_MS);
  const customFields = useCustomFields('contact').fields;
  return (
    <DashboardCard title={t('dashboard.recent.title')} state={state} onRetry={onRetry}>
      {({ recent }) =>
        recent.length === 0 ? (
          <NoticeState
            icon={IconHistory}
            title={t('dashboard.recent.emptyTitle')}
            description={t('dashboard.recent.emptyText')}
            py="md"
          />
        ) : (
          <Stack gap={0} component="ul" p={0} m={0} aria-label={t('dashboard.recent.title')}>
            {recent.map((entry) => (
              <li key={`${entry.kind}:${entry.id}`} style={{ listStyle: 'none' }}>
                <ActivityRow entry={entry} now={now} customFields={customFields} />
              </li>
            ))}
          </Stack>
        )
      }
    </DashboardCard>
  );
}
