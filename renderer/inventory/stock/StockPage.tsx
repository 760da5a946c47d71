import { Card, Group, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPackage, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockLevel } from '../../../shared/inventory/stock';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { PagedListContent } from '../../ui/PagedListContent';
import { PageFrame } from '../../ui/PageFrame';
import { PageHeader } from '../../ui/PageHeader';
import { usePagedList } from '../../ui/usePagedList';
import { MovementsDrawer } from './MovementsDrawer';
import { StockTable } from './StockTable';

/** `/inventory/stock`: what is on hand and on order per product; a row opens its ledger. */
export function StockPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [outOfStock, setOutOfStock] = useState(false);
  const [opened, setOpened] = useState<StockLevel['product'] | null>(null);

  const list = usePagedList(`${outOfStock}:${debounced}`, (cursor) =>
    call('stock.levels', { query: debounced, outOfStock, cursor, limit: 50 }),
  );
  const { reload } = list;
  useEffect(() => onEvent('stock.changed', reload), [reload]);
  useEffect(() => onEvent('product.changed', reload), [reload]);

  const empty =
    debounced !== '' || outOfStock
      ? {
          icon: IconSearch,
          title: t('stock.levels.noMatch.title'),
          description: t('stock.levels.noMatch.description'),
        }
      : {
          icon: IconPackage,
          title: t('stock.levels.empty.title'),
          description: t('stock.levels.empty.description'),
        };

  return (
    <PageFrame>
      <PageHeader title={t('stock.levels.title')} subtitle={t('stock.levels.subtitle')} />
      <Group mb="md" gap="md">
        <TextInput
          flex={1}
          maw={420}
          leftSection={<IconSearch size={16} />}
          placeholder={t('stock.levels.search')}
          aria-label={t('stock.levels.search')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && query !== '' && setQuery('')}
        />
        <Switch
          label={t('stock.levels.outOfStock')}
          checked={outOfStock}
          onChange={(event) => setOutOfStock(event.currentTarget.checked)}
        />
      </Group>
      <Card withBorder radius="md" padding="xs">
        <PagedListContent list={list} empty={empty}>
          {(levels) => <StockTable levels={levels} onOpen={setOpened} />}
        </PagedListContent>
      </Card>
      <MovementsDrawer product={opened} onClose={() => setOpened(null)} />
    </PageFrame>
  );
}
