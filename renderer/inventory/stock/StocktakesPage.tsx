import { Anchor, Button, Card, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { IconClipboardList, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  STOCKTAKE_STATUSES,
  type StocktakeStatus,
  type StocktakeSummary,
} from '../../../shared/inventory/stocktake';
import { mayCall } from '../../app/access';
import { useSession } from '../../auth/authStore';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { formatDateTime } from '../../i18n/formatDate';
import { PagedListContent } from '../../ui/PagedListContent';
import { PageFrame } from '../../ui/PageFrame';
import { PageHeader } from '../../ui/PageHeader';
import { usePagedList } from '../../ui/usePagedList';
import { useInventoryAccess } from '../useInventoryAccess';
import { StartStocktakeDialog } from './StartStocktakeDialog';
import { StocktakeStatusBadge } from './StocktakeStatusBadge';

type Filter = StocktakeStatus | 'all';

function StocktakeRows({ stocktakes }: { stocktakes: StocktakeSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={t('stock.stocktakes.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('stock.stocktakes.number')}</Table.Th>
          <Table.Th>{t('stock.stocktakes.status')}</Table.Th>
          <Table.Th>{t('stock.stocktakes.note')}</Table.Th>
          <Table.Th ta="right">{t('stock.stocktakes.counted')}</Table.Th>
          <Table.Th>{t('stock.stocktakes.started')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {stocktakes.map((stocktake) => (
          <Table.Tr key={stocktake.id}>
            <Table.Td>
              <Anchor component={Link} to={`/inventory/stocktakes/${stocktake.id}`} ff="monospace" fz="sm">
                {stocktake.number}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <StocktakeStatusBadge status={stocktake.status} />
            </Table.Td>
            <Table.Td fz="sm">{stocktake.note}</Table.Td>
            <Table.Td ta="right" fz="sm">
              {t('stock.stocktakes.countedOf', {
                counted: stocktake.countedCount,
                total: stocktake.lineCount,
              })}
            </Table.Td>
            <Table.Td>
              <Text fz="sm">{formatDateTime(stocktake.createdAt, i18n.language)}</Text>
              <Text fz="xs" c="dimmed">
                {stocktake.createdByName}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** `/inventory/stocktakes`: count sheets, newest first; admins start new ones. */
export function StocktakesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const startable = useInventoryAccess() === 'open' && mayCall(user.role, 'stocktakes.start');
  const [filter, setFilter] = useState<Filter>('all');
  const [starting, setStarting] = useState(false);
  const list = usePagedList(filter, (cursor) =>
    call('stocktakes.list', { status: filter === 'all' ? undefined : filter, cursor, limit: 50 }),
  );
  const { reload } = list;
  useEffect(() => onEvent('stocktake.changed', reload), [reload]);

  return (
    <PageFrame>
      <PageHeader
        title={t('stock.stocktakes.title')}
        subtitle={t('stock.stocktakes.subtitle')}
        actions={
          startable && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setStarting(true)}>
              {t('stock.start.open')}
            </Button>
          )
        }
      />
      <Group mb="md">
        <SegmentedControl
          value={filter}
          onChange={(next) => setFilter(next as Filter)}
          data={[
            { value: 'all', label: t('stock.stocktakes.all') },
            ...STOCKTAKE_STATUSES.map((status) => ({ value: status, label: t(`stock.statuses.${status}`) })),
          ]}
        />
      </Group>
      <Card withBorder radius="md" padding="xs">
        <PagedListContent
          list={list}
          empty={{
            icon: IconClipboardList,
            title: t('stock.stocktakes.empty.title'),
            description: t('stock.stocktakes.empty.description'),
          }}
        >
          {(stocktakes) => <StocktakeRows stocktakes={stocktakes} />}
        </PagedListContent>
      </Card>
      <StartStocktakeDialog opened={starting} onClose={() => setStarting(false)} />
    </PageFrame>
  );
}
