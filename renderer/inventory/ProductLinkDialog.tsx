import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Product, ProductLink } from '../../shared/inventory/contract';
import { call } from '../bridge/call';
import type { FieldErrors } from '../forms/fieldErrors';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { useSubmitForm } from '../forms/useSubmitForm';
import { AppModal } from '../ui/AppModal';
import { InventoryErrorAlert } from './InventoryErrorAlert';
import { productLinkErrorText } from './inventoryErrors';
import {
  emptyLinkValues,
  linkFieldsOf,
  linkValuesOf,
  validateLinkForm,
  type LinkFormValues,
} from './linkFormValues';
import { ProductPicker } from './ProductPicker';

type Values = LinkFormValues & { product: Product | null };

interface LinkFormProps {
  workOrderId: number;
  /** The line to change; null to add a product. */
  link: ProductLink | null;
  onDone(): void;
}

function LinkForm({ workOrderId, link, onDone }: LinkFormProps) {
  const { t } = useTranslation();
  const form = useSubmitForm<Values>(
    link ? { ...linkValuesOf(link), product: null } : { ...emptyLinkValues, product: null },
    {
      validate: (values): FieldErrors => {
        const errors = validateLinkForm(values);
        if (!link && values.product === null) errors.product = (t) => t('inventory.errors.product');
        return errors;
      },
      send: async (values) => {
        const fields = linkFieldsOf(values);
        const saved = link
          ? await call('workorders.updateProductLink', {
              linkId: link.id,
              version: link.version,
              patch: fields,
            })
          : await call('workorders.linkProduct', {
              id: workOrderId,
              productId: values.product!.id,
              ...fields,
            });
        notifications.show({
          color: 'teal',
          message: t(link ? 'inventory.card.saved' : 'inventory.card.added', { sku: saved.product.sku }),
        });
        onDone();
      },
    },
  );
  const { values, setValues, errors } = form;

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        {form.refusal !== null && <InventoryErrorAlert text={productLinkErrorText(form.refusal)} />}
        {link ? (
          <Text fz="sm">
            <Text span ff="monospace">
              {link.product.sku}
            </Text>{' '}
            {link.product.name}
          </Text>
        ) : (
          <ProductPicker
            value={values.product}
            onChange={(product) => setValues({ ...values, product })}
            error={errors.product?.(t)}
          />
        )}
        <SimpleGrid cols={2}>
          <TextInput
            label={t('inventory.fields.quantity')}
            description={t('inventory.link.quantityHint')}
            inputMode="numeric"
            {...form.fieldProps('quantity')}
            {...(link && { 'data-autofocus': true })}
            required
          />
          <TextInput
            label={t('inventory.fields.serialNumber')}
            description={t('inventory.link.serialHint')}
            {...form.fieldProps('serialNumber')}
          />
        </SimpleGrid>
        <TextInput label={t('inventory.fields.note')} {...form.fieldProps('note')} />
        <FormDialogButtons
          submitLabel={t(link ? 'inventory.link.save' : 'inventory.link.submit')}
          submitting={form.submitting}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

interface ProductLinkDialogProps {
  opened: boolean;
  workOrderId: number;
  link: ProductLink | null;
  onClose(): void;
}

/** Adds a product to a work order, or changes a listed one's quantity, serial or note. */
export function ProductLinkDialog({ opened, workOrderId, link, onClose }: ProductLinkDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={link ? t('inventory.link.editTitle', { sku: link.product.sku }) : t('inventory.link.title')}
      size="lg"
    >
      <LinkForm
        key={link ? `${link.id}:${link.version}` : 'new'}
        workOrderId={workOrderId}
        link={link}
        onDone={onClose}
      />
    </AppModal>
  );
}
