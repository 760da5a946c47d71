import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Supplier } from '../../../shared/inventory/purchasing';
import { call } from '../../bridge/call';
import type { FieldErrors } from '../../forms/fieldErrors';
import { FormDialogButtons } from '../../forms/FormDialogButtons';
import { useSubmitForm } from '../../forms/useSubmitForm';
import { AppModal } from '../../ui/AppModal';
import { InventoryErrorAlert } from '../InventoryErrorAlert';
import { supplierErrorText, takenSupplierName } from './purchasingErrors';
import { supplierInputOf, supplierValuesOf, validateSupplierForm } from './supplierFormValues';

interface SupplierFormProps {
  /** The supplier to edit; null for a new one. */
  supplier: Supplier | null;
  onDone(): void;
}

function SupplierForm({ supplier, onDone }: SupplierFormProps) {
  const { t } = useTranslation();
  const form = useSubmitForm(supplierValuesOf(supplier), {
    validate: validateSupplierForm,
    revalidateAfterSubmit: true,
    fieldErrorsOf: (error): FieldErrors => {
      const name = takenSupplierName(error);
      return name === null ? {} : { name: (tr) => tr('purchasing.errors.nameTaken', { name }) };
    },
    send: async (values) => {
      const input = supplierInputOf(values);
      const saved = supplier
        ? await call('suppliers.update', { id: supplier.id, version: supplier.version, patch: input })
        : await call('suppliers.create', input);
      notifications.show({
        color: 'teal',
        message: t(supplier ? 'purchasing.supplierForm.saved' : 'purchasing.supplierForm.created', {
          name: saved.name,
        }),
      });
      onDone();
    },
  });

  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate>
      <Stack gap="md">
        {form.refusal !== null && <InventoryErrorAlert text={supplierErrorText(form.refusal)} />}
        <TextInput
          label={t('purchasing.supplierFields.name')}
          {...form.fieldProps('name')}
          required
          data-autofocus
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('purchasing.supplierFields.contactPerson')}
            {...form.fieldProps('contactPerson')}
          />
          <TextInput label={t('purchasing.supplierFields.phone')} {...form.fieldProps('phone')} />
        </SimpleGrid>
        <TextInput label={t('purchasing.supplierFields.email')} type="email" {...form.fieldProps('email')} />
        <TextInput label={t('purchasing.supplierFields.address')} {...form.fieldProps('address')} />
        <Textarea
          label={t('purchasing.supplierFields.notes')}
          autosize
          minRows={2}
          maxRows={6}
          {...form.fieldProps('notes')}
        />
        <FormDialogButtons
          submitLabel={t(supplier ? 'purchasing.supplierForm.save' : 'purchasing.supplierForm.create')}
          submitting={form.submitting}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

interface SupplierDialogProps {
  opened: boolean;
  supplier: Supplier | null;
  onClose(): void;
}

/** Adds a supplier or edits one; Enter saves, Esc closes. A stale edit is refused and says so. */
export function SupplierDialog({ opened, supplier, onClose }: SupplierDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={
        supplier
          ? t('purchasing.supplierForm.editTitle', { name: supplier.name })
          : t('purchasing.supplierForm.createTitle')
      }
      size="lg"
    >
      <SupplierForm
        key={supplier ? `${supplier.id}:${supplier.version}` : 'new'}
        supplier={supplier}
        onDone={onClose}
      />
    </AppModal>
  );
}
