import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/inventory/contract';
import { defaultCurrency } from '../deals/money';
import { MoneyFields } from '../deals/MoneyFields';
import { ConflictDialog } from '../forms/ConflictDialog';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { MergedFieldsNotice } from '../forms/MergedFieldsNotice';
import { AppModal } from '../ui/AppModal';
import { PRODUCT_ERROR_OVERRIDES } from './inventoryErrors';
import { useProductForm } from './useProductForm';

interface ProductFormProps {
  /** The product to edit; null for a new one. */
  product: Product | null;
  onDone(): void;
}

function ProductForm({ product, onDone }: ProductFormProps) {
  const { t, i18n } = useTranslation();
  const form = useProductForm(product, defaultCurrency([], i18n.language), (saved) => {
    notifications.show({
      color: 'teal',
      message: t(product ? 'inventory.form.saved' : 'inventory.form.created', { sku: saved.sku }),
    });
    onDone();
  });
  const { original, values, errors, clashes } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={form.formError} overrides={PRODUCT_ERROR_OVERRIDES} />
        <MergedFieldsNotice
          texts="inventory.conflict"
          fields={clashes.map((field) => t(`inventory.fields.${field}`))}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('inventory.fields.sku')}
            description={t('inventory.form.skuHint')}
            {...form.fieldProps('sku')}
            data-autofocus
            required
          />
          <TextInput
            label={t('inventory.fields.unit')}
            description={t('inventory.form.unitHint')}
            {...form.fieldProps('unit')}
            required
          />
        </SimpleGrid>
        <TextInput label={t('inventory.fields.name')} {...form.fieldProps('name')} required />
        <MoneyFields
          amountLabel={t('inventory.fields.price')}
          currencyLabel={t('inventory.fields.currency')}
          amount={form.fieldProps('price')}
          currency={values.currency}
          onCurrencyChange={(currency) => form.change({ ...values, currency })}
          currencyError={errors.currency?.(t)}
        />
        <Textarea
          label={t('inventory.fields.description')}
          autosize
          minRows={2}
          maxRows={6}
          {...form.fieldProps('description')}
        />
        <FormDialogButtons
          submitLabel={t(original ? 'inventory.form.save' : 'inventory.form.create')}
          submitting={form.saving}
          onCancel={onDone}
        />
      </Stack>
      <ConflictDialog
        conflict={form.conflict}
        texts="inventory.conflict"
        description={t('inventory.conflict.description', { sku: original?.sku ?? '' })}
      />
    </form>
  );
}

interface ProductDialogProps {
  opened: boolean;
  product: Product | null;
  onClose(): void;
}

/** Adds a product to the catalogue, or edits one; Enter saves, Esc closes. */
export function ProductDialog({ opened, product, onClose }: ProductDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={product ? t('inventory.form.editTitle', { sku: product.sku }) : t('inventory.form.createTitle')}
      size="lg"
    >
      <ProductForm
        key={product ? `${product.id}:${product.version}` : 'new'}
        product={product}
        onDone={onClose}
      />
    </AppModal>
  );
}
