import { Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OPEN_STATUSES } from '../../../shared/workorders/contract';
import type { AssigneeLoad } from '../../../shared/workorders/reports';
import { CsvButton } from './CsvButton';
import { loadCsv, reportFileName } from './reportCsv';
import { localDay } from './reportRange';

/** The open work orders of each assignee now, by status, with the oldest; and their CSV. */
export function LoadTable({ load, today }: { load: AssigneeLoad[]; today: string }) {
  const { t, i18n } = useTranslation();
  const title = t('workorderReports.loadTitle');
  const unassigned = t('workorderReports.unassigned');
  const shownDate = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(at);
  const csv = () =>
    loadCsv(
      {
        assignee: t('workorderReports.assignee'),
        open: t('workorderReports.open'),
        statuses: Object.fromEntries(
          OPEN_STATUSES.map((status) => [status, t(`workorders.statuses.${status}`)]),
        ) as Record<(typeof OPEN_STATUSES)[number], string>,
        oldestOpen: t('workorderReports.oldestOpen'),
      },
      load,
      unassigned,
      (at) => localDay(new Date(at)),
    );
  return (
    <Card withBorder radius="lg" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        <CsvButton table={title} content={csv} fileName={reportFileName('load', today, today)} />
      </Group>
      {load.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('workorderReports.noOpen')}
        </Text>
      ) : (
        <Table striped verticalSpacing="xs" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('workorderReports.assignee')}</Table.Th>
              <Table.Th ta="right">{t('workorderReports.open')}</Table.Th>
              {OPEN_STATUSES.map((status) => (
                <Table.Th key={status} ta="right">
                  {t(`workorders.statuses.${status}`)}
                </Table.Th>
              ))}
              <Table.Th>{t('workorderReports.oldestOpen')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {load.map((row) => (
              <Table.Tr key={row.assigneeId ?? 'unassigned'}>
                <Table.Td>{row.assigneeName ?? unassigned}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {row.open}
                </Table.Td>
                {OPEN_STATUSES.map((status) => (
                  <Table.Td key={status} ta="right">
                    {row.byStatus[status]}
                  </Table.Td>
                ))}
                <Table.Td>{shownDate(row.oldestOpenAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
