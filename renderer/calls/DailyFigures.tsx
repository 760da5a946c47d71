import { Table } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDay } from '../../shared/calls/contract';
import { call } from '../bridge/call';
import { useLiveLoad } from '../dashboard/useLiveLoad';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { dayTotals, formatCallSeconds } from './callFigures';

const EVENTS = ['call.changed'] as const;

function FiguresRow({ label, figures }: { label: string; figures: ReturnType<typeof dayTotals> }) {
  return (
    <>
      <Table.Td>{label}</Table.Td>
      <Table.Td ta="right">{figures.calls}</Table.Td>
      <Table.Td ta="right">{figures.inbound}</Table.Td>
      <Table.Td ta="right">{figures.outbound}</Table.Td>
      <Table.Td ta="right">{figures.answered}</Table.Td>
      <Table.Td ta="right" ff="monospace">
        {formatCallSeconds(figures.durationS)}
      </Table.Td>
      <Table.Td ta="right" ff="monospace">
        {formatCallSeconds(figures.talkS)}
      </Table.Td>
    </>
  );
}

function FiguresTable({ items }: { items: AgentDay[] }) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('calls.daily.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('calls.daily.agent')}</Table.Th>
          <Table.Th ta="right">{t('calls.daily.calls')}</Table.Th>
          <Table.Th ta="right">{t('calls.daily.inbound')}</Table.Th>
          <Table.Th ta="right">{t('calls.daily.outbound')}</Table.Th>
          <Table.Th ta="right">{t('calls.daily.answered')}</Table.Th>
          <Table.Th ta="right">{t('calls.daily.duration')}</Table.Th>
          <Table.Th ta="right">{t('calls.daily.talk')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.agentId}>
            <FiguresRow label={item.agentName} figures={item} />
          </Table.Tr>
        ))}
      </Table.Tbody>
      {items.length > 1 && (
        <Table.Tfoot>
          <Table.Tr fw={600}>
            <FiguresRow label={t('calls.daily.total')} figures={dayTotals(items)} />
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
}

/** Each agent's calls on the day: volume, call duration and effective call time, kept current. */
export function DailyFigures({ day, timeZone }: { day: string; timeZone: string }) {
  const { t } = useTranslation();
  const load = useCallback(() => call('calls.daily', { day, timeZone }), [day, timeZone]);
  const { state, reload } = useLiveLoad(load, EVENTS);
  if (state.status === 'loading') return <CenteredLoader />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;
  if (state.data.items.length === 0) {
    return (
      <NoticeState
        icon={IconChartBar}
        title={t('calls.daily.emptyTitle')}
        description={t('calls.daily.emptyText')}
        py="md"
      />
    );
  }
  return <FiguresTable items={state.data.items} />;
}
