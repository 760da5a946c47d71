import { MultiSelect, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Product } from '../../../shared/inventory/contract';
import { STOCKTAKE_NOTE_MAX } from '../../../shared/inventory/stocktake';
import { call } from '../../bridge/call';
import type { FieldErrors } from '../../forms/fieldErrors';
import { FormDialogButtons } from '../../forms/FormDialogButtons';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useSubmitForm } from '../../forms/useSubmitForm';
import { AppModal } from '../../ui/AppModal';

const PICKER_LIMIT = 20;

interface StartValues {
  scope: 'all' | 'chosen';
  chosen: Product[];
  note: string;
}

function validate(values: StartValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.scope === 'chosen' && values.chosen.length === 0) {
    errors.productIds = (t) => t('stock.start.chooseSome');
  }
  if (values.note.trim().length > STOCKTAKE_NOTE_MAX) {
    errors.note = (t) => t('validation.tooLong', { limit: STOCKTAKE_NOTE_MAX });
  }
  return errors;
}

/** Finds active products by SKU or name and keeps the chosen ones, whatever is searched next. */
function ProductsChooser({
  value,
  onChange,
  error,
}: {
  value: Product[];
  onChange(products: Product[]): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [found, setFound] = useState<Product[]>([]);
  const [searchFailed, setSearchFailed] = useState(false);
  useEffect(() => {
    let current = true;
    call('products.list', { filter: { query: debounced }, limit: PICKER_LIMIT }).then(
      ({ items }) => current && (setFound(items), setSearchFailed(false)),
      () => current && setSearchFailed(true),
    );
    return () => {
      current = false;
    };
  }, [debounced]);
  const options = [...value, ...found.filter((product) => !value.some((chosen) => chosen.id === product.id))];
  return (
    <MultiSelect
      label={t('stock.start.products')}
      placeholder={t('inventory.link.placeholder')}
      searchable
      filter={({ options: all }) => all}
      data={options.map((product) => ({
        value: String(product.id),
        label: `${product.sku} · ${product.name}`,
      }))}
      value={value.map((product) => String(product.id))}
      searchValue={query}
      onSearchChange={setQuery}
      onChange={(ids) => onChange(options.filter((product) => ids.includes(String(product.id))))}
      nothingFoundMessage={searchFailed ? t('inventory.link.searchFailed') : t('inventory.link.noMatch')}
      error={error}
    />
  );
}

function StartForm({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useSubmitForm<StartValues>(
    { scope: 'all', chosen: [], note: '' },
    {
      validate,
      send: async (values) => {
        const started = await call('stocktakes.start', {
          productIds: values.scope === 'chosen' ? values.chosen.map((product) => product.id) : undefined,
          note: values.note.trim() || undefined,
        });
        onClose();
        void navigate(`/inventory/stocktakes/${started.id}`);
      },
    },
  );
  const { values, setValues } = form;
  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={form.refusal} />
        <SegmentedControl
          value={values.scope}
          onChange={(scope) => setValues({ ...values, scope: scope as StartValues['scope'] })}
          data={[
            { value: 'all', label: t('stock.start.all') },
            { value: 'chosen', label: t('stock.start.chosen') },
          ]}
        />
        {values.scope === 'chosen' && (
          <ProductsChooser
            value={values.chosen}
            onChange={(chosen) => setValues({ ...values, chosen })}
            error={form.errors.productIds?.(t)}
          />
        )}
        <Textarea label={t('stock.start.note')} autosize minRows={2} {...form.fieldProps('note')} />
        <FormDialogButtons
          submitLabel={t('stock.start.submit')}
          submitting={form.submitting}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

/** Starts a count of every active product or of the chosen ones, then opens its sheet. */
export function StartStocktakeDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('stock.start.title')} size="lg">
      {opened && <StartForm onClose={onClose} />}
    </AppModal>
  );
}
