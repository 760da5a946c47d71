import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/inventory/contract';
import { call } from '../bridge/call';
import { defaultCurrency } from '../deals/money';
import { MoneyFields } from '../deals/MoneyFields';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import type { FieldErrors } from '../forms/fieldErrors';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useSubmitForm } from '../forms/useSubmitForm';
import { AppModal } from '../ui/AppModal';
import { PRODUCT_ERROR_OVERRIDES, takenSku } from './inventoryErrors';
import {
  emptyProductValues,
  productInputOf,
  productValuesOf,
  validateProductForm,
} from './productFormValues';

interface ProductFormProps {
  /** The product to edit; null for a new one. */
  product: Product | null;
  onDone(): void;
}

function ProductForm({ product, onDone }: ProductFormProps) {
  const { t, i18n } = useTranslation();
  const form = useSubmitForm(
    product ? productValuesOf(product) : emptyProductValues(defaultCurrency([], i18n.language)),
    {
      validate: validateProductForm,
      send: async (values) => {
        const input = productInputOf(values);
        const saved = product
          ? await call('products.update', { id: product.id, version: product.version, patch: input })
          : await call('products.create', input);
        notifications.show({
          color: 'teal',
          message: t(product ? 'inventory.form.saved' : 'inventory.form.created', { sku: saved.sku }),
        });
        onDone();
      },
      // A SKU in use is said beside the SKU; anything else above the form.
      fieldErrorsOf: (error): FieldErrors => {
        const sku = takenSku(error);
        return sku === null ? {} : { sku: (t) => t('inventory.errors.skuTaken', { sku }) };
      },
    },
  );
  const { values, setValues, errors } = form;

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        {form.refusal !== null && <FormErrorAlert error={form.refusal} overrides={PRODUCT_ERROR_OVERRIDES} />}
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
          onCurrencyChange={(currency) => setValues({ ...values, currency })}
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
          submitLabel={t(product ? 'inventory.form.save' : 'inventory.form.create')}
          submitting={form.submitting}
          onCancel={onDone}
        />
      </Stack>
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
