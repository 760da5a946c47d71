import { Button, Group, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Product } from '../../shared/inventory/contract';
import type { SalesOrder } from '../../shared/orders/contract';
import { call } from '../bridge/call';
import { ContactPicker, type PickedContact } from '../deals/form/ContactPicker';
import { defaultCurrency, formatAmount, knownCurrencies, parseAmount } from '../deals/money';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { useSubmitForm } from '../forms/useSubmitForm';
import { InventoryErrorAlert } from '../inventory/InventoryErrorAlert';
import { parseQuantity } from '../inventory/linkFormValues';
import { ProductPicker } from '../inventory/ProductPicker';
import { useInventoryAccess } from '../inventory/useInventoryAccess';
import { AppModal } from '../ui/AppModal';
import { IconButton } from '../ui/IconButton';
import { orderErrorText } from './orderErrors';
import {
  draftTotal,
  freeLine,
  orderInputOf,
  orderValuesOf,
  productLine,
  validateOrderForm,
  type LineFormValues,
  type OrderFormValues,
} from './orderFormValues';

const CURRENCIES = knownCurrencies();

type LineText = 'description' | 'quantity' | 'unitPrice';

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
  const form = useSubmitForm(orderValuesOf(order, contact, defaultCurrency([], i18n.language)), {
    validate: validateOrderForm,
    revalidateAfterSubmit: true,
    send: async (values) => {
      const input = orderInputOf(values);
      const saved = order
        ? await call('orders.update', { id: order.id, version: order.version, patch: input })
        : await call('orders.create', input);
      notifications.show({
        color: 'teal',
        message: t(order ? 'orders.form.saved' : 'orders.form.created', { number: saved.number }),
      });
      onDone();
      if (!order) void navigate(`/orders/${saved.id}`);
    },
  });
  const { values, errors } = form;
  const set = (next: Partial<OrderFormValues>) => form.setValues({ ...values, ...next });
  const setLine = (index: number, field: LineText, text: string) =>
    set({ lines: values.lines.map((line, at) => (at === index ? { ...line, [field]: text } : line)) });
  const addLine = (line: LineFormValues) => set({ lines: [...values.lines, line] });
  const money = (minor: number) => formatAmount(minor, values.currency, i18n.language);
  const lineTotal = (line: LineFormValues) => {
    const quantity = parseQuantity(line.quantity);
    const price = parseAmount(line.unitPrice, values.currency);
    return quantity === null || price === null ? '—' : money(quantity * price);
  };

  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate>
      <Stack gap="md">
        {form.refusal !== null && <InventoryErrorAlert text={orderErrorText(form.refusal)} />}
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
        <Stack gap="xs">
          <Text fw={600} fz="sm">
            {t('orders.fields.lines')}
          </Text>
          {values.lines.length === 0 ? (
            <Text fz="sm" c="dimmed">
              {t('orders.form.noLines')}
            </Text>
          ) : (
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('orders.fields.description')}</Table.Th>
                  <Table.Th w={100}>{t('orders.fields.quantity')}</Table.Th>
                  <Table.Th w={140}>{t('orders.fields.unitPrice')}</Table.Th>
                  <Table.Th w={120} ta="right">
                    {t('orders.fields.lineTotal')}
                  </Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {values.lines.map((line, index) => {
                  const row = index + 1;
                  return (
                    <Table.Tr key={line.key}>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          aria-label={t('orders.form.descriptionOf', { row })}
                          description={line.product ? line.product.sku : undefined}
                          value={line.description}
                          onChange={(event) => setLine(index, 'description', event.currentTarget.value)}
                          error={errors[`lines.${index}.description`]?.(t)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          inputMode="numeric"
                          aria-label={t('orders.form.quantityOf', { row })}
                          value={line.quantity}
                          onChange={(event) => setLine(index, 'quantity', event.currentTarget.value)}
                          error={errors[`lines.${index}.quantity`]?.(t)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          inputMode="decimal"
                          placeholder="0.00"
                          aria-label={t('orders.form.unitPriceOf', { row })}
                          value={line.unitPrice}
                          onChange={(event) => setLine(index, 'unitPrice', event.currentTarget.value)}
                          error={errors[`lines.${index}.unitPriceMinor`]?.(t)}
                        />
                      </Table.Td>
                      <Table.Td ta="right" fz="sm">
                        {lineTotal(line)}
                      </Table.Td>
                      <Table.Td>
                        <IconButton
                          icon={IconTrash}
                          color="red"
                          label={t('orders.form.removeLine', { row })}
                          hint={t('orders.form.remove')}
                          onClick={() => set({ lines: values.lines.filter((_, at) => at !== index) })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th colSpan={3} ta="right">
                    {t('orders.fields.total')}
                  </Table.Th>
                  <Table.Th ta="right">{money(draftTotal(values))}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          )}
          {errors.lines && (
            <Text fz="sm" c="red">
              {errors.lines(t)}
            </Text>
          )}
          <Group align="flex-end" gap="xs">
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
          </Group>
        </Stack>
        <Textarea
          label={t('orders.fields.notes')}
          autosize
          minRows={2}
          maxRows={5}
          {...form.fieldProps('notes')}
        />
        <FormDialogButtons
          submitLabel={t(order ? 'orders.form.save' : 'orders.form.create')}
          submitting={form.submitting}
          onCancel={onDone}
        />
      </Stack>
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
