import { Card, Group, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StocktakeLine, StocktakeOverview } from '../../../shared/inventory/stocktake';
import { call } from '../../bridge/call';
import { PagedListContent } from '../../ui/PagedListContent';
import { usePagedList } from '../../ui/usePagedList';
import { parseCount, signed } from './quantities';
import type { useCounting } from './useCounting';

/** Lines loaded at a time; the next page loads as the sheet is scrolled to its foot. */
const SHEET_PAGE_SIZE = 100;

/** The sheet's search and "not counted yet" switch, and the key of the lines they load. */
export function useLinesFilter(stocktake: StocktakeOverview) {
  const [query, setQuery] = useState('');
  const [search] = useDebouncedValue(query.trim(), 200);
  const [notCounted, setNotCounted] = useState(false);
  // A closed stocktake's lines load again: they now show what was posted.
  const key = `${stocktake.id}:${stocktake.status}:${notCounted}:${search}`;
  return { query, setQuery, search, notCounted, setNotCounted, key };
}

interface CountLinesProps {
  stocktake: StocktakeOverview;
  lines: ReturnType<typeof useLinesFilter>;
  counting: ReturnType<typeof useCounting>;
  /** Whether the user may enter counts now. */
  editable: boolean;
}

/** A stocktake's lines page by page: a counted field per line (Tab to the next) and its difference. */
export function CountLines({ stocktake, lines, counting, editable }: CountLinesProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const list = usePagedList(lines.key, (cursor) =>
    call('stocktakes.lines', {
      id: stocktake.id,
      filter: { query: lines.search, notCounted: lines.notCounted },
      cursor,
      limit: SHEET_PAGE_SIZE,
    }),
  );
  // Counts saved in another window show here too, without losing the rows scrolled to.
  const shownVersion = useRef(stocktake.version);
  const refresh = useRef(list.refresh);
  useEffect(() => {
    refresh.current = list.refresh;
  });
  useEffect(() => {
    const { version } = stocktake;
    if (version <= shownVersion.current) return;
    shownVersion.current = version;
    if (counting.savedElsewhere(version)) {
      void refresh.current().then((refreshed) => refreshed && counting.forgetSavedUpTo(version));
    }
  }, [stocktake, counting]);

  const row = (line: StocktakeLine) => {
    const text = counting.textOf(line);
    const counted = parseCount(text);
    const difference = typeof counted === 'number' ? counted - line.expected : null;
    return (
      <Table.Tr key={line.id} bg={difference ? 'var(--mantine-color-yellow-light)' : undefined}>
        <Table.Td ff="monospace" fz="sm">
          {line.product.sku}
        </Table.Td>
        <Table.Td fz="sm">
          {line.product.name}
          {stocktake.status === 'counting' && line.onHand !== line.expected && (
            <Text fz="xs" c="dimmed">
              {t('stock.sheet.movedSince', { onHand: number.format(line.onHand) })}
            </Text>
          )}
        </Table.Td>
        <Table.Td ta="right" fz="sm">
          {number.format(line.expected)} {line.product.unit}
        </Table.Td>
        <Table.Td>
          {editable ? (
            <TextInput
              size="xs"
              inputMode="numeric"
              aria-label={t('stock.sheet.countedLabel', { sku: line.product.sku })}
              value={text}
              error={counted === 'invalid' ? t('stock.sheet.countInvalid') : undefined}
              onChange={(event) => counting.type(line, event.currentTarget.value)}
              onBlur={() => void counting.flush()}
              onKeyDown={(event) => event.key === 'Enter' && void counting.flush()}
            />
          ) : (
            <Text fz="sm">{counted === null || counted === 'invalid' ? '—' : number.format(counted)}</Text>
          )}
        </Table.Td>
        <Table.Td
          ta="right"
          fz="sm"
          fw={difference ? 600 : undefined}
          c={difference ? (difference < 0 ? 'red' : 'teal') : 'dimmed'}
        >
          {difference === null ? '' : difference === 0 ? '0' : signed(difference, number)}
        </Table.Td>
      </Table.Tr>
    );
  };

  return (
    <>
      <Group gap="md">
        <TextInput
          flex={1}
          maw={420}
          leftSection={<IconSearch size={16} />}
          placeholder={t('stock.levels.search')}
          aria-label={t('stock.levels.search')}
          value={lines.query}
          onChange={(event) => lines.setQuery(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && lines.query !== '' && lines.setQuery('')}
        />
        <Switch
          label={t('stock.sheet.notCounted')}
          checked={lines.notCounted}
          onChange={(event) => lines.setNotCounted(event.currentTarget.checked)}
        />
      </Group>
      <Card withBorder radius="md" padding="xs">
        <PagedListContent
          list={list}
          empty={{
            icon: IconSearch,
            title: t('stock.sheet.noMatch.title'),
            description: t('stock.sheet.noMatch.description'),
          }}
        >
          {(items) => (
            <Table verticalSpacing="xs" aria-label={t('stock.sheet.lines')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inventory.fields.sku')}</Table.Th>
                  <Table.Th>{t('inventory.fields.name')}</Table.Th>
                  <Table.Th ta="right">{t('stock.sheet.expected')}</Table.Th>
                  <Table.Th w={160}>{t('stock.sheet.counted')}</Table.Th>
                  <Table.Th ta="right">{t('stock.sheet.difference')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{items.map(row)}</Table.Tbody>
            </Table>
          )}
        </PagedListContent>
      </Card>
    </>
  );
}
