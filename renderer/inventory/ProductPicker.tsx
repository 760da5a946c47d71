import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/inventory/contract';
import { call } from '../bridge/call';
import { RemotePicker } from './RemotePicker';

const PICKER_LIMIT = 20;

const labelOf = (product: Product) => `${product.sku} · ${product.name}`;

const searchProducts = async (query: string) =>
  (await call('products.list', { filter: { query }, limit: PICKER_LIMIT })).items;

interface ProductPickerProps {
  value: Product | null;
  onChange(product: Product | null): void;
  error?: string;
}

/** Finds an active product by the start of its SKU or part of its name. */
export function ProductPicker({ value, onChange, error }: ProductPickerProps) {
  const { t } = useTranslation();
  return (
    <RemotePicker
      value={value}
      onChange={onChange}
      search={searchProducts}
      labelOf={labelOf}
      label={t('inventory.fields.product')}
      placeholder={t('inventory.link.placeholder')}
      noMatch={t('inventory.link.noMatch')}
      searchFailed={t('inventory.link.searchFailed')}
      clearable
      error={error}
    />
  );
}
