import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/inventory/contract';
import { call } from '../bridge/call';

const PICKER_LIMIT = 20;

const labelOf = (product: Product) => `${product.sku} · ${product.name}`;

interface ProductPickerProps {
  value: Product | null;
  onChange(product: Product | null): void;
  error?: string;
}

/** Finds an active product by the start of its SKU or part of its name. */
export function ProductPicker({ value, onChange, error }: ProductPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [found, setFound] = useState<Product[]>([]);
  const [searchFailed, setSearchFailed] = useState(false);
  const search = value !== null && debounced === labelOf(value) ? '' : debounced;

  useEffect(() => {
    let current = true;
    call('products.list', { filter: { query: search }, limit: PICKER_LIMIT })
      .then(({ items }) => {
        if (!current) return;
        setFound(items);
        setSearchFailed(false);
      })
      .catch(() => current && setSearchFailed(true));
    return () => {
      current = false;
    };
  }, [search]);

  const options = [...(value ? [value] : []), ...found.filter((product) => product.id !== value?.id)];
  return (
    <Select
      label={t('inventory.fields.product')}
      placeholder={t('inventory.link.placeholder')}
      searchable
      clearable
      required
      filter={({ options: all }) => all}
      data={options.map((product) => ({ value: String(product.id), label: labelOf(product) }))}
      value={value ? String(value.id) : null}
      searchValue={query}
      onSearchChange={setQuery}
      onChange={(id) => onChange(options.find((product) => String(product.id) === id) ?? null)}
      nothingFoundMessage={searchFailed ? t('inventory.link.searchFailed') : t('inventory.link.noMatch')}
      error={error}
      data-autofocus
    />
  );
}
