import { Anchor, Divider, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Followup } from '../../shared/followups/contract';
import { FOLLOWUP_KIND_ICONS } from '../followups/followupKinds';
import { followupPath } from '../followups/reminderTarget';
import { useMyFollowups } from '../followups/useMyFollowups';
import { DashboardCard } from './DashboardCard';
import type { LoadState } from './useLiveLoad';

/** Today's list stops here; the rest are a click away on My follow-ups. */
const SHOWN_TODAY = 5;

function TodayRow({ followup }: { followup: Followup }) {
  const { i18n } = useTranslation();
  const KindIcon = FOLLOWUP_KIND_ICONS[followup.kind];
  const to = followupPath(followup);
  const time = new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit' }).format(
    followup.dueAt ?? 0,
  );
  return (
    <Group gap="sm" wrap="nowrap" py={6}>
      <ThemeIcon variant="light" color="gray" size="sm" radius="xl">
        <KindIcon size={14} />
      </ThemeIcon>
      <Text fz="sm" c="dimmed" w={56} style={{ flexShrink: 0 }}>
        {time}
      </Text>
      {to === null ? (
        <Text fz="sm" truncate>
          {followup.subject}
        </Text>
      ) : (
        <Anchor component={Link} to={to} fz="sm" truncate>
          {followup.subject}
        </Anchor>
      )}
    </Group>
  );
}

/** My follow-ups: how many are overdue, and what is due today. */
export function MyFollowupsCard() {
  const { t } = useTranslation();
  const { state: mine, reload } = useMyFollowups();
  const state: LoadState<{ overdue: Followup[]; today: Followup[] }> =
    mine.status === 'ready' ? { status: 'ready', data: mine.mine } : mine;

  return (
    <DashboardCard
      title={t('dashboard.followups.title')}
      state={state}
      onRetry={reload}
      action={
        <Anchor component={Link} to="/followups" fz="sm">
          {t('dashboard.followups.open')}
        </Anchor>
      }
    >
      {({ overdue, today }) => (
        <Stack gap="sm">
          <Group gap="xl">
            <div>
              <Text fz={28} fw={700} lh={1.1} c={overdue.length > 0 ? 'red' : undefined}>
                {overdue.length}
              </Text>
              <Text fz="sm" c={overdue.length > 0 ? 'red' : 'dimmed'}>
                {t('dashboard.followups.overdue')}
              </Text>
            </div>
            <div>
              <Text fz={28} fw={700} lh={1.1}>
                {today.length}
              </Text>
              <Text fz="sm" c="dimmed">
                {t('dashboard.followups.today')}
              </Text>
            </div>
          </Group>
          <Divider />
          {today.length === 0 ? (
            <Group gap="xs" c="dimmed">
              <IconCalendarCheck size={18} />
              <Text fz="sm">{t('dashboard.followups.nothingToday')}</Text>
            </Group>
          ) : (
            <Stack gap={0} component="ul" aria-label={t('dashboard.followups.today')} p={0} m={0}>
              {today.slice(0, SHOWN_TODAY).map((followup) => (
                <li key={followup.id} style={{ listStyle: 'none' }}>
                  <TodayRow followup={followup} />
                </li>
              ))}
              {today.length > SHOWN_TODAY && (
                <Anchor component={Link} to="/followups" fz="sm" pt={4}>
                  {t('dashboard.followups.more', { count: today.length - SHOWN_TODAY })}
                </Anchor>
              )}
            </Stack>
          )}
        </Stack>
      )}
    </DashboardCard>
  );
}
