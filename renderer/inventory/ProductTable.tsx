import { Badge, Group, Table, Text } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/inventory/contract';
import { formatAmount } from '../deals/money';
import { IconButton } from '../ui/IconButton';

interface ProductTableProps {
  products: Product[];
  /** Offered to those who manage the catalogue while the licence allows changes. */
  actions: { edit(product: Product): void; setArchived(product: Product, archived: boolean): void } | null;
}

/** The catalogue's rows: SKU, name, unit, price, and what may be done to each. */
export function ProductTable({ products, actions }: ProductTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={t('inventory.products.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('inventory.fields.sku')}</Table.Th>
          <Table.Th>{t('inventory.fields.name')}</Table.Th>
          <Table.Th>{t('inventory.fields.unit')}</Table.Th>
          <Table.Th ta="right">{t('inventory.fields.price')}</Table.Th>
          {actions && <Table.Th aria-label={t('inventory.products.actions')} />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {products.map((product) => (
          <Table.Tr key={product.id}>
            <Table.Td ff="monospace" fz="sm">
              {product.sku}
            </Table.Td>
            <Table.Td>
              <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {product.name}
              </Text>
              {product.description && (
                <Text fz="xs" c="dimmed" lineClamp={1}>
                  {product.description}
                </Text>
              )}
            </Table.Td>
            <Table.Td fz="sm">{product.unit}</Table.Td>
            <Table.Td ta="right" fz="sm">
              {formatAmount(product.priceMinor, product.currency, i18n.language)}
            </Table.Td>
            {actions && (
              <Table.Td w={96}>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {product.archived ? (
                    <Badge variant="light" color="gray" tt="none" mr="xs">
                      {t('inventory.products.archivedBadge')}
                    </Badge>
                  ) : (
                    <IconButton
                      icon={IconEdit}
                      label={t('inventory.products.editLabel', { sku: product.sku })}
                      hint={t('inventory.products.edit')}
                      onClick={() => actions.edit(product)}
                    />
                  )}
                  <IconButton
                    icon={product.archived ? IconArchiveOff : IconArchive}
                    color={product.archived ? undefined : 'red'}
                    label={t(
                      product.archived
                        ? 'inventory.products.restoreLabel'
                        : 'inventory.products.archiveLabel',
                      { sku: product.sku },
                    )}
                    hint={t(product.archived ? 'inventory.products.restore' : 'inventory.products.archive')}
                    onClick={() => actions.setArchived(product, !product.archived)}
                  />
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
