import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/inventory/contract';
import { formatAmount } from '../deals/money';
import { PRODUCT_NAMING } from './catalogueNaming';
import { CatalogueRowActions, type CatalogueActions } from './CatalogueRowActions';

interface ProductTableProps {
  products: Product[];
  /** Offered to those who manage the catalogue while the licence allows changes. */
  actions: CatalogueActions<Product> | null;
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
            {actions && <CatalogueRowActions item={product} naming={PRODUCT_NAMING} actions={actions} />}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
