import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../../shared/inventory/purchasing';
import { call } from '../../bridge/call';
import { RemotePicker } from '../RemotePicker';

const PICKER_LIMIT = 20;

/** The supplier as an order names it. */
export type SupplierChoice = Pick<PurchaseOrder['supplier'], 'id' | 'name'>;

const searchSuppliers = async (query: string): Promise<SupplierChoice[]> =>
  (await call('suppliers.list', { filter: { query }, limit: PICKER_LIMIT })).items;

interface SupplierSelectProps {
  /** The chosen supplier; an order's archived supplier stays shown until another is chosen. */
  value: SupplierChoice | null;
  onChange(supplier: SupplierChoice | null): void;
  error?: string;
}

/** Finds an active supplier by any part of its name, asking the server as the user types. */
export function SupplierSelect({ value, onChange, error }: SupplierSelectProps) {
  const { t } = useTranslation();
  return (
    <RemotePicker
      value={value}
      onChange={onChange}
      search={searchSuppliers}
      labelOf={(supplier) => supplier.name}
      label={t('purchasing.orderFields.supplier')}
      placeholder={t('purchasing.orderForm.supplierPlaceholder')}
      noMatch={t('purchasing.orderForm.noSupplier')}
      searchFailed={t('purchasing.orderForm.suppliersFailed')}
      error={error}
    />
  );
}
