import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Supplier } from '../../../shared/inventory/purchasing';
import { SUPPLIER_NAMING } from '../catalogueNaming';
import { CatalogueRowActions, type CatalogueActions } from '../CatalogueRowActions';

interface SupplierTableProps {
  suppliers: Supplier[];
  /** Offered to those who manage the suppliers while the licence allows changes. */
  actions: CatalogueActions<Supplier> | null;
}

/** The suppliers' rows: name and address, contact person, phone, email, and what may be done to each. */
export function SupplierTable({ suppliers, actions }: SupplierTableProps) {
  const { t } = useTranslation();
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={t('purchasing.suppliers.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('purchasing.supplierFields.name')}</Table.Th>
          <Table.Th>{t('purchasing.supplierFields.contactPerson')}</Table.Th>
          <Table.Th>{t('purchasing.supplierFields.phone')}</Table.Th>
          <Table.Th>{t('purchasing.supplierFields.email')}</Table.Th>
          {actions && <Table.Th aria-label={t('purchasing.suppliers.actions')} />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {suppliers.map((supplier) => (
          <Table.Tr key={supplier.id}>
            <Table.Td>
              <Text fz="sm" fw={500}>
                {supplier.name}
              </Text>
              {supplier.address && (
                <Text fz="xs" c="dimmed" lineClamp={1}>
                  {supplier.address}
                </Text>
              )}
            </Table.Td>
            <Table.Td fz="sm">{supplier.contactPerson}</Table.Td>
            <Table.Td fz="sm">{supplier.phone}</Table.Td>
            <Table.Td fz="sm">{supplier.email}</Table.Td>
            {actions && <CatalogueRowActions item={supplier} naming={SUPPLIER_NAMING} actions={actions} />}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
