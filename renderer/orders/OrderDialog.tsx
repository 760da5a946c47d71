import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Product } from '../../shared/inventory/contract';
import { lineTotalMinor } from '../../shared/order-lines';
import type { SalesOrder } from '../../shared/orders/contract';
import { ContactPicker, type PickedContact } from '../deals/form/ContactPicker';
import { defaultCurrency, formatAmount, knownCurrencies, parseAmount } from '../deals/money';
import { ConflictDialog } from '../forms/ConflictDialog';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { MergedFieldsNotice } from '../forms/MergedFieldsNotice';
import { InventoryErrorAlert } from '../inventory/InventoryErrorAlert';
import { parseQuantity } from '../inventory/linkFormValues';
import { ProductPicker } from '../inventory/ProductPicker';
import { useInventoryAccess } from '../inventory/useInventoryAccess';
import { LineInput, OrderLinesEditor, withLine } from '../order-lines/OrderLinesEditor';
import { AppModal } from '../ui/AppModal';
import { orderErrorText } from './orderErrors';
import {
  draftTotal,
  freeLine,
  productLine,
  type LineFormValues,
  type OrderField,
  type OrderFormValues,
} from './orderFormValues';
import { useOrderForm } from './useOrderForm';

const CURRENCIES = knownCurrencies();

/** Where each field's name is, under `orders.fields`. */
const FIELD_LABELS = {
  contact: 'customer',
  currency: 'currency',
  notes: 'notes',
  lines: 'lines',
} as const satisfies Record<OrderField, string>;

interface OrderFormProps {
  order: SalesOrder | null;
  contact: PickedContact | null;
  onDone(): void;
}

function OrderForm({ order, contact, onDone }: OrderFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const withProducts = useInventoryAccess() === 'open';
  const [picked, setPicked] = useState<Product | null>(null);
  const form = useOrderForm(order, contact, defaultCurrency([], i18n.language), (saved) => {
    notifications.show({
      color: 'teal',
      message: t(order ? 'orders.form.saved' : 'orders.form.created', { number: saved.number }),
    });
    onDone();
    if (!order) void navigate(`/orders/${saved.id}`);
  });
  const { values, errors, clashes } = form;
  const set = (next: Partial<OrderFormValues>) => form.change({ ...values, ...next });
  const setLines = (lines: LineFormValues[]) => set({ lines });
  const addLine = (line: LineFormValues) => setLines([...values.lines, line]);
  const money = (minor: number) => formatAmount(minor, values.currency, i18n.language);
  const lineTotal = (line: LineFormValues) => {
    const quantity = parseQuantity(line.quantity);
    const price = parseAmount(line.unitPrice, values.currency);
    return quantity === null || price === null ? '—' : money(lineTotalMinor(quantity, price));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {form.formError !== null && <InventoryErrorAlert text={orderErrorText(form.formError)} />}
        <MergedFieldsNotice
          texts="orders.conflict"
          fields={clashes.map((field) => t(`orders.fields.${FIELD_LABELS[field]}`))}
        />
        <Group grow align="flex-start">
          <ContactPicker
            label={t('orders.fields.customer')}
            value={values.contact}
            onChange={(picked) => set({ contact: picked })}
            error={errors.contactId?.(t)}
          />
          <Select
            label={t('orders.fields.currency')}
            data={CURRENCIES}
            searchable
            allowDeselect={false}
            value={values.currency}
            onChange={(currency) => currency && set({ currency })}
            error={errors.currency?.(t)}
          />
        </Group>
        <OrderLinesEditor
          title={t('orders.fields.lines')}
          emptyText={t('orders.form.noLines')}
          lines={values.lines}
          keyOf={(line) => line.key}
          columns={[
            { header: t('orders.fields.description') },
            { header: t('orders.fields.quantity'), width: 100 },
            { header: t('orders.fields.unitPrice'), width: 140 },
          ]}
          cells={(line, index) => {
            const row = index + 1;
            const setLine = (patch: Partial<LineFormValues>) =>
              setLines(withLine(values.lines, index, patch));
            return (
              <>
                <LineInput
                  label={t('orders.form.descriptionOf', { row })}
                  description={line.product ? line.product.sku : undefined}
                  value={line.description}
                  onChange={(description) => setLine({ description })}
                  error={errors[`lines.${index}.description`]?.(t)}
                />
                <LineInput
                  inputMode="numeric"
                  label={t('orders.form.quantityOf', { row })}
                  value={line.quantity}
                  onChange={(quantity) => setLine({ quantity })}
                  error={errors[`lines.${index}.quantity`]?.(t)}
                />
                <LineInput
                  inputMode="decimal"
                  label={t('orders.form.unitPriceOf', { row })}
                  value={line.unitPrice}
                  onChange={(unitPrice) => setLine({ unitPrice })}
                  error={errors[`lines.${index}.unitPriceMinor`]?.(t)}
                />
              </>
            );
          }}
          removeLabel={(_, index) => t('orders.form.removeLine', { row: index + 1 })}
          removeHint={t('orders.form.remove')}
          onLinesChange={setLines}
          totals={{
            lineTotalHeader: t('orders.fields.lineTotal'),
            lineTotal,
            totalLabel: t('orders.fields.total'),
            total: money(draftTotal(values)),
          }}
          error={errors.lines?.(t)}
          adders={
            <>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={() => addLine(freeLine())}
              >
                {t('orders.form.addLine')}
              </Button>
              {withProducts && (
                <>
                  <div style={{ flex: 1 }}>
                    <ProductPicker value={picked} onChange={setPicked} />
                  </div>
                  <Button
                    variant="default"
                    leftSection={<IconPlus size={16} />}
                    disabled={!picked}
                    onClick={() => {
                      if (picked) addLine(productLine(picked, values.currency));
                      setPicked(null);
                    }}
                  >
                    {t('orders.form.addProduct')}
                  </Button>
                </>
              )}
            </>
          }
        />
        <Textarea
          label={t('orders.fields.notes')}
          autosize
          minRows={2}
          maxRows={5}
          {...form.fieldProps('notes')}
        />
        <FormDialogButtons
          submitLabel={t(order ? 'orders.form.save' : 'orders.form.create')}
          submitting={form.saving}
          onCancel={onDone}
        />
      </Stack>
      <ConflictDialog
        conflict={form.conflict}
        texts="orders.conflict"
        description={t('orders.conflict.description', { number: order?.number ?? '' })}
      />
    </form>
  );
}

interface OrderDialogProps {
  opened: boolean;
  /** The draft to edit; null for a new one. */
  order: SalesOrder | null;
  /** A new order's customer, when it is made from the customer's page. */
  contact?: PickedContact | null;
  onClose(): void;
}

/** A new draft sales order, or a draft's edit; Enter saves, Esc closes. */
export function OrderDialog({ opened, order, contact = null, onClose }: OrderDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={order ? t('orders.form.editTitle', { number: order.number }) : t('orders.form.createTitle')}
      size="xl"
    >
      <OrderForm
        key={order ? `${order.id}:${order.version}` : 'new'}
        order={order}
        contact={contact}
        onDone={onClose}
      />
    </AppModal>
  );
}
