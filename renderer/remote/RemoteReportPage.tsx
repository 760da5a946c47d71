import { Button, Card, Group, Table, TextInput } from '@mantine/core';
import { IconDownload, IconReportAnalytics } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { saveBlob } from '../bridge/saveBlob';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { formatServiceTime } from './duration';
import { isMonth, monthOf } from './month';
import { reportCsv, reportFileName, type AgentServiceTime } from './reportCsv';

type ReportState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; items: AgentServiceTime[] };

/** The month's report, loaded again when a session starts or ends. */
function useReport(month: string) {
  const [loaded, setLoaded] = useState<{ month: string; state: ReportState } | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((count) => count + 1);

  useEffect(() => {
    if (!isMonth(month)) return;
    let cancelled = false;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    call('remote.report', { month, timeZone }).then(
      (report) => !cancelled && setLoaded({ month, state: { status: 'ready', items: report.items } }),
      (error: unknown) => !cancelled && setLoaded({ month, state: { status: 'error', error } }),
    );
    return () => {
      cancelled = true;
    };
  }, [month, generation]);
  useEffect(() => onEvent('remoteSession.changed', () => setGeneration((count) => count + 1)), []);

  const state: ReportState = loaded?.month === month ? loaded.state : { status: 'loading' };
  return { state, reload };
}

function ReportTable({ items }: { items: AgentServiceTime[] }) {
  const { t } = useTranslation();
  const sessions = items.reduce((sum, item) => sum + item.sessions, 0);
  const seconds = items.reduce((sum, item) => sum + item.seconds, 0);
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('remote.report.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('remote.report.agent')}</Table.Th>
          <Table.Th ta="right">{t('remote.report.sessions')}</Table.Th>
          <Table.Th ta="right">{t('remote.report.time')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.agentId}>
            <Table.Td>{item.agentName}</Table.Td>
            <Table.Td ta="right">{item.sessions}</Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatServiceTime(item.seconds)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={600}>
          <Table.Td>{t('remote.report.total')}</Table.Td>
          <Table.Td ta="right">{sessions}</Table.Td>
          <Table.Td ta="right" ff="monospace">
            {formatServiceTime(seconds)}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** `/remote/report`: sessions and service time per agent in a month, with its CSV. */
export function RemoteReportPage() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(() => monthOf(Date.now()));
  const { state, reload } = useReport(month);
  const valid = isMonth(month);

  const download = () => {
    if (state.status !== 'ready') return;
    const header = [t('remote.report.agent'), t('remote.report.sessions'), t('remote.report.time')] as const;
    saveBlob(
      new Blob([reportCsv(header, state.items)], { type: 'text/csv;charset=utf-8' }),
      reportFileName(month),
    );
  };

  let content;
  if (!valid) content = null;
  else if (state.status === 'loading') content = <CenteredLoader />;
  else if (state.status === 'error') content = <ErrorState error={state.error} onRetry={reload} />;
  else if (state.items.length === 0) {
    content = (
      <NoticeState
        icon={IconReportAnalytics}
        title={t('remote.report.emptyTitle')}
        description={t('remote.report.emptyText')}
      />
    );
  } else content = <ReportTable items={state.items} />;

  return (
    <PageFrame>
      <PageHeader
        title={t('remote.report.title')}
        subtitle={t('remote.report.subtitle')}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={download}
            disabled={state.status !== 'ready' || state.items.length === 0 || !valid}
          >
            {t('remote.report.download')}
          </Button>
        }
      />
      <Card withBorder radius="lg" padding="lg">
        <Group mb="md">
          <TextInput
            type="month"
            label={t('remote.report.month')}
            value={month}
            onChange={(event) => setMonth(event.currentTarget.value)}
            error={valid ? undefined : t('remote.report.monthRequired')}
            w={220}
          />
        </Group>
        {content}
      </Card>
    </PageFrame>
  );
}
