import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder, Supplier } from '../../../shared/inventory/purchasing';
import { call } from '../../bridge/call';

/** Enough for a small business's suppliers; the picker searches what it loaded. */
const SUPPLIER_LIMIT = 200;

interface SupplierSelectProps {
  value: string | null;
  /** The order's supplier as it was, kept as a choice even once archived. */
  current: PurchaseOrder['supplier'] | null;
  onChange(id: string | null): void;
  error?: string;
}

/** Picks one of the active suppliers by name. */
export function SupplierSelect({ value, current, onChange, error }: SupplierSelectProps) {
  const { t } = useTranslation();
  const [suppliers, setSuppliers] = useState<Pick<Supplier, 'id' | 'name'>[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let active = true;
    call('suppliers.list', { limit: SUPPLIER_LIMIT }).then(
      ({ items }) => active && setSuppliers(items),
      () => active && setFailed(true),
    );
    return () => {
      active = false;
    };
  }, []);

  const choices = [...(suppliers ?? [])];
  if (current && !choices.some((supplier) => supplier.id === current.id)) choices.unshift(current);
  return (
    <Select
      label={t('purchasing.orderFields.supplier')}
      placeholder={suppliers === null && !failed ? t('common.loading') : undefined}
      searchable
      required
      data={choices.map((supplier) => ({ value: String(supplier.id), label: supplier.name }))}
      value={value}
      onChange={onChange}
      nothingFoundMessage={t(
        failed ? 'purchasing.orderForm.suppliersFailed' : 'purchasing.orderForm.noSupplier',
      )}
      error={error}
      data-autofocus
    />
  );
}
