import { Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SalesOrder } from '../../shared/orders/contract';
import { validationIssues } from '../bridge/CallError';
import { call } from '../bridge/call';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { useSubmitForm } from '../forms/useSubmitForm';
import type { Translatable } from '../i18n/errorMessages';
import { InventoryErrorAlert } from '../inventory/InventoryErrorAlert';
import { LineInput } from '../order-lines/OrderLinesEditor';
import { AppModal } from '../ui/AppModal';
import { orderErrorText } from './orderErrors';
import { emptyReturnValues, returnableOf, returnInputOf, validateReturnForm } from './returnFormValues';

/** A refused return: a line's quantity no longer fits (another return came first), or as any order change. */
function returnErrorText(error: unknown): Translatable {
  const path = validationIssues(error)[0]?.path.join('.') ?? '';
  if (/^lines\.\d+\.(quantity|lineId)$/.test(path)) return (t) => t('orders.returns.errors.notReturnable');
  return orderErrorText(error);
}

function ReturnForm({ order, onDone }: { order: SalesOrder; onDone(): void }) {
  const { t } = useTranslation();
  const form = useSubmitForm(emptyReturnValues(order), {
    validate: (values) => validateReturnForm(order, values),
    revalidateAfterSubmit: true,
    send: async (values) => {
      const saved = await call('orders.returns.create', returnInputOf(order, values));
      notifications.show({ color: 'teal', message: t('orders.returns.done', { number: saved.number }) });
      onDone();
    },
  });
  const { values, errors } = form;
  const th = (label: string) => (
    <Table.Th ta="right" w={90}>
      {label}
    </Table.Th>
  );

  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate>
      <Stack gap="md">
        {form.refusal !== null && <InventoryErrorAlert text={returnErrorText(form.refusal)} />}
        <Text fz="sm" c="dimmed">
          {t('orders.returns.hint')}
        </Text>
        <Table verticalSpacing="xs" aria-label={t('orders.returns.linesLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.fields.description')}</Table.Th>
              {th(t('orders.returns.sold'))}
              {th(t('orders.returns.returnable'))}
              <Table.Th w={120}>{t('orders.returns.quantity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((line, index) => {
              const left = returnableOf(line);
              return (
                <Table.Tr key={line.id}>
                  <Table.Td fz="sm">
                    {line.description}
                    {line.product && (
                      <Text span ff="monospace" fz="xs" c="dimmed" ml="xs">
                        {line.product.sku}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" fz="sm">
                    {line.quantity}
                  </Table.Td>
                  <Table.Td ta="right" fz="sm">
                    {left}
                  </Table.Td>
                  {left > 0 ? (
                    <LineInput
                      inputMode="numeric"
                      label={t('orders.returns.quantityOf', { row: index + 1 })}
                      value={values.quantities[index]!}
                      onChange={(text) =>
                        form.setValues({
                          ...values,
                          quantities: values.quantities.map((typed, at) => (at === index ? text : typed)),
                        })
                      }
                      error={errors[`lines.${index}.quantity`]?.(t)}
                    />
                  ) : (
                    <Table.Td fz="sm" c="dimmed">
                      {t('orders.returns.allBack')}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {errors.lines && (
          <Text fz="sm" c="red" role="alert">
            {errors.lines(t)}
          </Text>
        )}
        <Textarea
          label={t('orders.returns.reason')}
          required
          autosize
          minRows={2}
          maxRows={5}
          {...form.fieldProps('reason')}
        />
        <FormDialogButtons
          submitLabel={t('orders.returns.submit')}
          submitting={form.submitting}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

interface ReturnDialogProps {
  opened: boolean;
  order: SalesOrder;
  onClose(): void;
}

/** Goods of a fulfilled order taken back: a quantity per line up to what is left, and why. Esc closes. */
export function ReturnDialog({ opened, order, onClose }: ReturnDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('orders.returns.title', { number: order.number })}
      size="lg"
    >
      {/* Not keyed by version: a return recorded elsewhere updates what is left, not what was typed. */}
      <ReturnForm key={order.id} order={order} onDone={onClose} />
    </AppModal>
  );
}
