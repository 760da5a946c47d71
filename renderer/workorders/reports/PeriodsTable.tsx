import { Card, Group, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkOrderReport } from '../../../shared/workorders/reports';
import { CsvButton } from './CsvButton';
import { periodsCsv, reportFileName } from './reportCsv';
import { formatAverage } from './reportDuration';

/** Each week's (or month's) figures and the range's totals, with their CSV. */
export function PeriodsTable({ report }: { report: WorkOrderReport }) {
  const { t } = useTranslation();
  const { periods, totals } = report;
  const duration = (ms: number | null) => formatAverage(ms, t);
  const title = t('workorderReports.periodsTitle');
  const csv = () =>
    periodsCsv(
      {
        period: t('workorderReports.period'),
        firstDay: t('workorderReports.firstDay'),
        lastDay: t('workorderReports.lastDay'),
        opened: t('workorderReports.opened'),
        closed: t('workorderReports.closed'),
        avgFirstResponseHours: t('workorderReports.avgFirstResponseHours'),
        avgResolutionHours: t('workorderReports.avgResolutionHours'),
      },
      periods,
    );
  return (
    <Card withBorder radius="lg" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        <CsvButton
          table={title}
          content={csv}
          fileName={reportFileName('periods', totals.firstDay, totals.lastDay)}
        />
      </Group>
      <Table striped verticalSpacing="xs" aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workorderReports.period')}</Table.Th>
            <Table.Th ta="right">{t('workorderReports.opened')}</Table.Th>
            <Table.Th ta="right">{t('workorderReports.closed')}</Table.Th>
            <Table.Th ta="right">{t('workorderReports.avgFirstResponse')}</Table.Th>
            <Table.Th ta="right">{t('workorderReports.avgResolution')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map((period) => (
            <Table.Tr key={period.label}>
              <Table.Td title={`${period.firstDay} – ${period.lastDay}`}>{period.label}</Table.Td>
              <Table.Td ta="right">{period.opened}</Table.Td>
              <Table.Td ta="right">{period.closed}</Table.Td>
              <Table.Td ta="right">{duration(period.avgFirstResponseMs)}</Table.Td>
              <Table.Td ta="right">{duration(period.avgResolutionMs)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={600}>
            <Table.Td>{t('workorderReports.total')}</Table.Td>
            <Table.Td ta="right">{totals.opened}</Table.Td>
            <Table.Td ta="right">{totals.closed}</Table.Td>
            <Table.Td ta="right">{duration(totals.avgFirstResponseMs)}</Table.Td>
            <Table.Td ta="right">{duration(totals.avgResolutionMs)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Card>
  );
}
