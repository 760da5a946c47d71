import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../bridge/call';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { MyFollowupsCard } from './MyFollowupsCard';
import { NewCustomersCard } from './NewCustomersCard';
import { PipelineCard } from './PipelineCard';
import { RecentActivityCard } from './RecentActivityCard';
import { useLiveLoad } from './useLiveLoad';

const loadSummary = () =>
  call('dashboard.summary', { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
const SUMMARY_EVENTS = ['contact.changed', 'followup.changed'] as const;

/** `/`: the home page. Each card loads, fails and refreshes on its own. */
export function DashboardPage() {
  const { t } = useTranslation();
  const summary = useLiveLoad(loadSummary, SUMMARY_EVENTS);
  return (
    <PageFrame>
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <MyFollowupsCard />
        <NewCustomersCard state={summary.state} onRetry={summary.reload} />
        <PipelineCard />
        <RecentActivityCard state={summary.state} onRetry={summary.reload} />
      </SimpleGrid>
    </PageFrame>
  );
}
