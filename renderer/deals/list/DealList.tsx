import { Badge, Button, Center, Group, SegmentedControl, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealSort, DealStatus } from '../../../shared/deals/contract';
import { customValueText } from '../../custom-fields/customValueText';
import { useListColumns } from '../../custom-fields/listColumns';
import { formatCalendarDay } from '../../i18n/formatDate';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ErrorState } from '../../ui/ErrorState';
import { useDealEditorStore } from '../form/dealEditorStore';
import { formatAmount } from '../money';
import { useDealListStore } from './dealListStore';

function SortHeader({ sort, label }: { sort: DealSort; label: string }) {
  const current = useDealListStore((store) => store.sort);
  const order = useDealListStore((store) => store.order);
  const sortBy = useDealListStore((store) => store.sortBy);
  const active = current === sort;
  const Icon = !active ? IconSelector : order === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => void sortBy(sort)} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

const STATUS_CHOICES = ['all', 'open', 'won', 'lost'] as const;

/** The list's status filter, for the page's toolbar. */
export function DealStatusFilter() {
  const { t } = useTranslation();
  const status = useDealListStore((store) => store.status);
  const showStatus = useDealListStore((store) => store.showStatus);
  return (
    <SegmentedControl
      aria-label={t('deals.list.statusFilter')}
      value={status ?? 'all'}
      onChange={(value) => void showStatus(value === 'all' ? null : (value as DealStatus))}
      data={STATUS_CHOICES.map((choice) => ({ value: choice, label: t(`deals.list.status.${choice}`) }))}
    />
  );
}

/** Every deal in a table: sorted by a column, filtered by status, opened with a click or Enter. */
export function DealList() {
  const { t, i18n } = useTranslation();
  const { items, nextCursor, loading, loadingMore, loadError, load, loadMore } = useDealListStore();
  const openEdit = useDealEditorStore((store) => store.openEdit);
  const customColumns = useListColumns('deal');

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      {loadError !== null && items.length === 0 ? (
        <ErrorState error={loadError} onRetry={() => void load()} />
      ) : loading && items.length === 0 ? (
        <CenteredLoader />
      ) : items.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {t('deals.list.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860} px="lg">
          <Table highlightOnHover stickyHeader aria-label={t('deals.list.label')}>
            <Table.Thead>
              <Table.Tr>
                <SortHeader sort="title" label={t('deals.fields.title')} />
                <SortHeader sort="amount" label={t('deals.fields.amount')} />
                <Table.Th>{t('deals.fields.stage')}</Table.Th>
                <Table.Th>{t('deals.fields.contact')}</Table.Th>
                <Table.Th>{t('deals.fields.owner')}</Table.Th>
                <SortHeader sort="expectedClose" label={t('deals.fields.expectedClose')} />
                <Table.Th>{t('deals.fields.probability')}</Table.Th>
                {customColumns.map((field) => (
                  <Table.Th key={field.id}>{field.label}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((deal) => (
                <Table.Tr
                  key={deal.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  onClick={() => openEdit(deal)}
                  onKeyDown={(event) => event.key === 'Enter' && openEdit(deal)}
                >
                  <Table.Td fw={600}>{deal.title}</Table.Td>
                  <Table.Td>{formatAmount(deal.amount, deal.currency, i18n.language)}</Table.Td>
                  <Table.Td>
                    {deal.status === 'open' ? (
                      deal.stageName
                    ) : (
                      <Badge color={deal.status === 'won' ? 'teal' : 'red'} variant="light">
                        {t(`deals.status.${deal.status}`)}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{[deal.contactName, deal.companyName].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>{deal.ownerName}</Table.Td>
                  <Table.Td>
                    {deal.expectedClose && formatCalendarDay(deal.expectedClose, i18n.language)}
                  </Table.Td>
                  <Table.Td>{deal.probability}%</Table.Td>
                  {customColumns.map((field) => {
                    const text = customValueText(field, deal.custom[field.id], t, i18n.language);
                    return (
                      <Table.Td key={field.id} maw={200} title={text}>
                        <Text fz="sm" truncate>
                          {text}
                        </Text>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {nextCursor && (
            <Center py="md">
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                {t('deals.list.more')}
              </Button>
            </Center>
          )}
        </Table.ScrollContainer>
      )}
    </>
  );
}
