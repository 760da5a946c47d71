import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StockLevel } from '../../../shared/inventory/stock';

interface StockTableProps {
  levels: StockLevel[];
  onOpen(product: StockLevel['product']): void;
}

/** Products with their stock; a row (clicked, or Enter on it) opens the product's movements. */
export function StockTable({ levels, onOpen }: StockTableProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={t('stock.levels.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('inventory.fields.sku')}</Table.Th>
          <Table.Th>{t('inventory.fields.name')}</Table.Th>
          <Table.Th>{t('inventory.fields.unit')}</Table.Th>
          <Table.Th ta="right">{t('stock.fields.onHand')}</Table.Th>
          <Table.Th ta="right">{t('stock.fields.onOrder')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {levels.map(({ product, onHand, onOrder }) => (
          <Table.Tr
            key={product.id}
            tabIndex={0}
            style={{ cursor: 'pointer' }}
            aria-label={t('stock.levels.rowLabel', { sku: product.sku, name: product.name })}
            onClick={() => onOpen(product)}
            onKeyDown={(event) => event.key === 'Enter' && onOpen(product)}
          >
            <Table.Td ff="monospace" fz="sm">
              {product.sku}
            </Table.Td>
            <Table.Td fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {product.name}
            </Table.Td>
            <Table.Td fz="sm">{product.unit}</Table.Td>
            <Table.Td ta="right">
              <Text fz="sm" fw={600} c={onHand <= 0 ? 'red' : undefined}>
                {number.format(onHand)}
              </Text>
            </Table.Td>
            <Table.Td ta="right" fz="sm" c={onOrder === 0 ? 'dimmed' : undefined}>
              {number.format(onOrder)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
