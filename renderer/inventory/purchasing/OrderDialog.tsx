import { Button, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Product } from '../../../shared/inventory/contract';
import type { PurchaseOrder } from '../../../shared/inventory/purchasing';
import { call } from '../../bridge/call';
import { defaultCurrency, knownCurrencies } from '../../deals/money';
import { FormDialogButtons } from '../../forms/FormDialogButtons';
import { useSubmitForm } from '../../forms/useSubmitForm';
import { AppModal } from '../../ui/AppModal';
import { IconButton } from '../../ui/IconButton';
import { InventoryErrorAlert } from '../InventoryErrorAlert';
import { ProductPicker } from '../ProductPicker';
import { orderInputOf, orderValuesOf, validateOrderForm, type OrderFormValues } from './orderFormValues';
import { orderErrorText } from './purchasingErrors';
import { SupplierSelect } from './SupplierSelect';

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
  const form = useSubmitForm(orderValuesOf(order, defaultCurrency([], i18n.language)), {
    validate: validateOrderForm,
    revalidateAfterSubmit: true,
    send: async (values) => {
      const input = orderInputOf(values);
      const saved = order
        ? await call('purchaseOrders.update', { id: order.id, version: order.version, patch: input })
        : await call('purchaseOrders.create', input);
      notifications.show({
        color: 'teal',
        message: t(order ? 'purchasing.orderForm.saved' : 'purchasing.orderForm.created', {
          number: saved.number,
        }),
      });
      onDone();
      if (!order) void navigate(`/inventory/purchase-orders/${saved.id}`);
    },
  });
  const { values, errors } = form;
  const set = (next: Partial<OrderFormValues>) => form.setValues({ ...values, ...next });
  const setLine = (index: number, field: 'quantity' | 'unitCost', text: string) =>
    set({ lines: values.lines.map((line, at) => (at === index ? { ...line, [field]: text } : line)) });

  const addLine = () => {
    if (!adding) return;
    if (!values.lines.some((line) => line.product.id === adding.id)) {
      set({ lines: [...values.lines, { product: adding, quantity: '1', unitCost: '' }] });
    }
    setAdding(null);
  };

  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate>
      <Stack gap="md">
        {form.refusal !== null && <InventoryErrorAlert text={orderErrorText(form.refusal)} />}
        <SupplierSelect
          value={values.supplierId}
          current={order?.supplier ?? null}
          onChange={(supplierId) => set({ supplierId })}
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
        <Stack gap="xs">
          <Text fw={600} fz="sm">
            {t('purchasing.orderFields.lines')}
          </Text>
          {values.lines.length === 0 ? (
            <Text fz="sm" c="dimmed">
              {t('purchasing.orderForm.noLines')}
            </Text>
          ) : (
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('purchasing.orderFields.product')}</Table.Th>
                  <Table.Th w={110}>{t('purchasing.orderFields.quantity')}</Table.Th>
                  <Table.Th w={150}>{t('purchasing.orderFields.unitCost')}</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {values.lines.map((line, index) => (
                  <Table.Tr key={line.product.id}>
                    <Table.Td fz="sm">
                      {line.product.sku} · {line.product.name}
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        inputMode="numeric"
                        aria-label={t('purchasing.orderForm.quantityOf', { sku: line.product.sku })}
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
                        aria-label={t('purchasing.orderForm.unitCostOf', { sku: line.product.sku })}
                        value={line.unitCost}
                        onChange={(event) => setLine(index, 'unitCost', event.currentTarget.value)}
                        error={errors[`lines.${index}.unitCostMinor`]?.(t)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <IconButton
                        icon={IconTrash}
                        color="red"
                        label={t('purchasing.orderForm.removeLine', { sku: line.product.sku })}
                        hint={t('purchasing.orderForm.remove')}
                        onClick={() => set({ lines: values.lines.filter((_, at) => at !== index) })}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group align="flex-end" gap="xs">
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
          </Group>
        </Stack>
        <Textarea
          label={t('purchasing.orderFields.notes')}
          autosize
          minRows={2}
          maxRows={5}
          {...form.fieldProps('notes')}
        />
        <FormDialogButtons
          submitLabel={t(order ? 'purchasing.orderForm.save' : 'purchasing.orderForm.create')}
          submitting={form.submitting}
          onCancel={onDone}
        />
      </Stack>
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
