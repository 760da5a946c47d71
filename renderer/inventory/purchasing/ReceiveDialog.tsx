import { Stack, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../../shared/inventory/purchasing';
import { call } from '../../bridge/call';
import { FormDialogButtons } from '../../forms/FormDialogButtons';
import { useSubmitForm } from '../../forms/useSubmitForm';
import { AppModal } from '../../ui/AppModal';
import { InventoryErrorAlert } from '../InventoryErrorAlert';
import { orderErrorText } from './purchasingErrors';
import { dueOf, receivedOf, validateReceipt } from './receiptValues';

function ReceiveForm({ order, onDone }: { order: PurchaseOrder; onDone(): void }) {
  const { t } = useTranslation();
  const open = order.lines.filter((line) => dueOf(line) > 0);
  const form = useSubmitForm<Record<string, string>>(
    Object.fromEntries(open.map((line) => [line.id, String(dueOf(line))])),
    {
      validate: (quantities) => validateReceipt(order, quantities),
      revalidateAfterSubmit: true,
      send: async (quantities) => {
        const lines = open
          .map((line) => ({ lineId: line.id, quantity: receivedOf(quantities[line.id] ?? '') ?? 0 }))
          .filter((line) => line.quantity > 0);
        const saved = await call('purchaseOrders.receive', { id: order.id, version: order.version, lines });
        notifications.show({
          color: 'teal',
          message: t(
            saved.status === 'received' ? 'purchasing.receive.complete' : 'purchasing.receive.partial',
            {
              number: saved.number,
            },
          ),
        });
        onDone();
      },
    },
  );

  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate>
      <Stack gap="md">
        {form.refusal !== null && <InventoryErrorAlert text={orderErrorText(form.refusal)} />}
        {form.errors.form && <InventoryErrorAlert text={form.errors.form} />}
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.orderFields.product')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.receive.due')}</Table.Th>
              <Table.Th w={140}>{t('purchasing.receive.now')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {open.map((line, index) => (
              <Table.Tr key={line.id}>
                <Table.Td fz="sm">
                  {line.product.sku} · {line.product.name}
                </Table.Td>
                <Table.Td ta="right" fz="sm">
                  {dueOf(line)} {line.product.unit}
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    inputMode="numeric"
                    aria-label={t('purchasing.receive.quantityOf', { sku: line.product.sku })}
                    {...form.fieldProps(String(line.id))}
                    data-autofocus={index === 0 || undefined}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <FormDialogButtons
          submitLabel={t('purchasing.receive.submit')}
          submitting={form.submitting}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

interface ReceiveDialogProps {
  /** The ordered order whose goods arrived; the dialog is open while there is one. */
  order: PurchaseOrder | null;
  onClose(): void;
}

/** Goods arrived: how many of each line, by default all that is still due; Enter receives, Esc closes. */
export function ReceiveDialog({ order, onClose }: ReceiveDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={order !== null}
      onClose={onClose}
      title={order ? t('purchasing.receive.title', { number: order.number }) : ''}
      size="lg"
    >
      {order && <ReceiveForm key={`${order.id}:${order.version}`} order={order} onDone={onClose} />}
    </AppModal>
  );
}
