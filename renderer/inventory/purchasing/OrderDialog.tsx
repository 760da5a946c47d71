import { Button, Select, SimpleGrid, Stack, Table, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Product } from '../../../shared/inventory/contract';
import type { PurchaseOrder } from '../../../shared/inventory/purchasing';
import { defaultCurrency, knownCurrencies } from '../../deals/money';
import { ConflictDialog } from '../../forms/ConflictDialog';
import { FormDialogButtons } from '../../forms/FormDialogButtons';
import { MergedFieldsNotice } from '../../forms/MergedFieldsNotice';
import { LineInput, OrderLinesEditor, withLine } from '../../order-lines/OrderLinesEditor';
import { AppModal } from '../../ui/AppModal';
import { InventoryErrorAlert } from '../InventoryErrorAlert';
import { ProductPicker } from '../ProductPicker';
import type { OrderFormValues } from './orderFormValues';
import { orderErrorText } from './purchasingErrors';
import { SupplierSelect } from './SupplierSelect';
import { useOrderForm } from './useOrderForm';

const CURRENCIES = knownCurrencies();

interface OrderFormProps {
  /** The draft to edit; null for a new one. */
  order: PurchaseOrder | null;
  onDone(): void;
}

function OrderForm({ order, onDone }: OrderFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [adding, setAdding] = useState<Product | null>(null);
  const form = useOrderForm(order, defaultCurrency([], i18n.language), (saved) => {
    notifications.show({
      color: 'teal',
      message: t(order ? 'purchasing.orderForm.saved' : 'purchasing.orderForm.created', {
        number: saved.number,
      }),
    });
    onDone();
    if (!order) void navigate(`/inventory/purchase-orders/${saved.id}`);
  });
  const { values, errors, clashes } = form;
  const set = (next: Partial<OrderFormValues>) => form.change({ ...values, ...next });
  const setLines = (lines: OrderFormValues['lines']) => set({ lines });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };

  const addLine = () => {
    if (!adding) return;
    if (!values.lines.some((line) => line.product.id === adding.id)) {
      set({ lines: [...values.lines, { product: adding, quantity: '1', unitCost: '' }] });
    }
    setAdding(null);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {form.formError !== null && <InventoryErrorAlert text={orderErrorText(form.formError)} />}
        <MergedFieldsNotice
          texts="purchasing.conflict"
          fields={clashes.map((field) => t(`purchasing.orderFields.${field}`))}
        />
        <SupplierSelect
          value={values.supplier}
          onChange={(supplier) => set({ supplier })}
          error={errors.supplierId?.(t)}
        />
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label={t('purchasing.orderFields.expectedOn')}
            {...form.fieldProps('expectedOn')}
          />
          <Select
            label={t('purchasing.orderFields.currency')}
            data={CURRENCIES}
            searchable
            allowDeselect={false}
            value={values.currency}
            onChange={(currency) => currency && set({ currency })}
            error={errors.currency?.(t)}
          />
        </SimpleGrid>
        <OrderLinesEditor
          title={t('purchasing.orderFields.lines')}
          emptyText={t('purchasing.orderForm.noLines')}
          lines={values.lines}
          keyOf={(line) => line.product.id}
          columns={[
            { header: t('purchasing.orderFields.product') },
            { header: t('purchasing.orderFields.quantity'), width: 110 },
            { header: t('purchasing.orderFields.unitCost'), width: 150 },
          ]}
          cells={(line, index) => (
            <>
              <Table.Td fz="sm">
                {line.product.sku} · {line.product.name}
              </Table.Td>
              <LineInput
                inputMode="numeric"
                label={t('purchasing.orderForm.quantityOf', { sku: line.product.sku })}
                value={line.quantity}
                onChange={(quantity) => setLines(withLine(values.lines, index, { quantity }))}
                error={errors[`lines.${index}.quantity`]?.(t)}
              />
              <LineInput
                inputMode="decimal"
                label={t('purchasing.orderForm.unitCostOf', { sku: line.product.sku })}
                value={line.unitCost}
                onChange={(unitCost) => setLines(withLine(values.lines, index, { unitCost }))}
                error={errors[`lines.${index}.unitCostMinor`]?.(t)}
              />
            </>
          )}
          removeLabel={(line) => t('purchasing.orderForm.removeLine', { sku: line.product.sku })}
          removeHint={t('purchasing.orderForm.remove')}
          onLinesChange={setLines}
          adders={
            <>
              <div style={{ flex: 1 }}>
                <ProductPicker value={adding} onChange={setAdding} />
              </div>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={addLine}
                disabled={!adding}
              >
                {t('purchasing.orderForm.addLine')}
              </Button>
            </>
          }
        />
        <Textarea
          label={t('purchasing.orderFields.notes')}
          autosize
          minRows={2}
          maxRows={5}
          {...form.fieldProps('notes')}
        />
        <FormDialogButtons
          submitLabel={t(order ? 'purchasing.orderForm.save' : 'purchasing.orderForm.create')}
          submitting={form.saving}
          onCancel={onDone}
        />
      </Stack>
      <ConflictDialog
        conflict={form.conflict}
        texts="purchasing.conflict"
        description={t('purchasing.conflict.description', { number: order?.number ?? '' })}
      />
    </form>
  );
}

interface OrderDialogProps {
  opened: boolean;
  order: PurchaseOrder | null;
  onClose(): void;
}

/** A new draft purchase order, or a draft's edit; Enter saves, Esc closes. */
export function OrderDialog({ opened, order, onClose }: OrderDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={
        order
          ? t('purchasing.orderForm.editTitle', { number: order.number })
          : t('purchasing.orderForm.createTitle')
      }
      size="xl"
    >
      <OrderForm key={order ? `${order.id}:${order.version}` : 'new'} order={order} onDone={onClose} />
    </AppModal>
  );
}
