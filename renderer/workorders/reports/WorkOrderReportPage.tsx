import { Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowLeft, IconChartBar } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REPORT_GROUPINGS, REPORT_MOST_DAYS, type ReportGrouping } from '../../../shared/workorders/reports';
import { call } from '../../bridge/call';
import { useLiveLoad } from '../../dashboard/useLiveLoad';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ErrorState } from '../../ui/ErrorState';
import { NoticeState } from '../../ui/NoticeState';
import { PageFrame } from '../../ui/PageFrame';
import { PageHeader } from '../../ui/PageHeader';
import { LoadTable } from './LoadTable';
import { OpenedClosedChart } from './OpenedClosedChart';
import { PeriodsTable } from './PeriodsTable';
import { formatAverage } from './reportDuration';
import { lastTwelveWeeks, localDay, rangeProblem, type ReportRange } from './reportRange';

const EVENTS = ['workorder.changed'] as const;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder radius="lg" padding="md">
      <Text fz={26} fw={700} lh={1.1}>
        {value}
      </Text>
      <Text fz="sm" c="dimmed">
        {label}
      </Text>
    </Card>
  );
}

/** The report of a valid range, kept current while work orders change. */
function ReportContent({ range }: { range: ReportRange }) {
  const { t } = useTranslation();
  const { from, to, groupBy } = range;
  // Weeks begin at midnight on Monday where the company is: the time zone of its business hours.
  const load = useCallback(async () => {
    const { timeZone } = await call('workorders.sla.get', {});
    const report = await call('workorders.report', { from, to, groupBy, timeZone });
    return { report, timeZone };
  }, [from, to, groupBy]);
  const { state, reload } = useLiveLoad(load, EVENTS);
  if (state.status === 'loading') return <CenteredLoader />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;
  const { report, timeZone } = state.data;
  const { totals } = report;
  if (totals.opened === 0 && totals.closed === 0 && report.load.length === 0) {
    return (
      <NoticeState
        icon={IconChartBar}
        title={t('workorderReports.emptyTitle')}
        description={t('workorderReports.emptyText')}
        py="xl"
      />
    );
  }
  const duration = (ms: number | null) => formatAverage(ms, t);
  return (
    <Stack gap="lg">
      <Text c="dimmed" fz="sm">
        {t('workorderReports.timeZone', { timeZone })}
        {report.scope === 'mine' && ` ${t('workorderReports.mineOnly')}`}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('workorderReports.opened')} value={String(totals.opened)} />
        <Figure label={t('workorderReports.closed')} value={String(totals.closed)} />
        <Figure label={t('workorderReports.avgFirstResponse')} value={duration(totals.avgFirstResponseMs)} />
        <Figure label={t('workorderReports.avgResolution')} value={duration(totals.avgResolutionMs)} />
      </SimpleGrid>
      <Card withBorder radius="lg" padding="lg">
        <OpenedClosedChart periods={report.periods} />
        <Text c="dimmed" fz="xs" mt="xs">
          {t('workorderReports.closedHint')}
        </Text>
      </Card>
      <PeriodsTable report={report} />
      <LoadTable load={report.load} today={localDay(new Date())} />
    </Stack>
  );
}

const PROBLEMS = {
  from: 'workorderReports.range.dayRequired',
  to: 'workorderReports.range.dayRequired',
  order: 'workorderReports.range.order',
  tooLong: 'workorderReports.range.tooLong',
} as const;

/** `/workorders/reports`: opened and closed per week, average times and the load per assignee. */
export function WorkOrderReportPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState(() => lastTwelveWeeks(new Date()));
  const problem = rangeProblem(range);
  const problemText = problem && t(PROBLEMS[problem], { days: REPORT_MOST_DAYS });

  return (
    <PageFrame>
      <PageHeader
        title={t('workorderReports.title')}
        subtitle={t('workorderReports.subtitle')}
        actions={
          <Button
            variant="default"
            component={Link}
            to="/workorders"
            leftSection={<IconArrowLeft size={16} />}
          >
            {t('workorderReports.back')}
          </Button>
        }
      />
      <Group mb="lg" align="flex-end">
        <TextInput
          type="date"
          label={t('workorderReports.range.from')}
          value={range.from}
          onChange={(event) => setRange({ ...range, from: event.currentTarget.value })}
          error={problem === 'from' ? problemText : undefined}
          w={170}
        />
        <TextInput
          type="date"
          label={t('workorderReports.range.to')}
          value={range.to}
          onChange={(event) => setRange({ ...range, to: event.currentTarget.value })}
          error={problem !== null && problem !== 'from' ? problemText : undefined}
          w={170}
        />
        <SegmentedControl
          aria-label={t('workorderReports.range.groupBy')}
          data={REPORT_GROUPINGS.map((value) => ({ value, label: t(`workorderReports.range.${value}`) }))}
          value={range.groupBy}
          onChange={(groupBy) => setRange({ ...range, groupBy: groupBy as ReportGrouping })}
        />
      </Group>
      {/* Another range shows the loader rather than the last range's figures. */}
      {problem === null && <ReportContent key={`${range.from} ${range.to} ${range.groupBy}`} range={range} />}
    </PageFrame>
  );
}
