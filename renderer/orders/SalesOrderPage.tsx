import { Anchor, Button, Text } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconEdit, IconTruckDelivery, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SalesOrder } from '../../shared/orders/contract';
import { roleAtLeast } from '../../shared/roles';
import { mayCall } from '../app/access';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { formatAmount } from '../deals/money';
import { formatDateTime } from '../i18n/formatDate';
import { OrderFact } from '../order-lines/OrderFact';
import { OrderLinesCard } from '../order-lines/OrderLinesCard';
import { OrderSheet } from '../order-lines/OrderSheet';
import { useDraftEditor } from '../order-lines/useDraftEditor';
import { useOrderStep } from '../order-lines/useOrderStep';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { LoadedRecordPage } from '../ui/LoadedRecordPage';
import { OrderDialog } from './OrderDialog';
import { orderErrorText } from './orderErrors';
import { OrderReturnsCard } from './OrderReturnsCard';
import { OrderStatusBadge } from './OrderStatusBadge';
import { ReturnDialog } from './ReturnDialog';
import { returnableOf } from './returnFormValues';
import { useOrdersAccess } from './useOrdersAccess';

const loadOrder = (id: number) => call('orders.get', { id });
const onOrderChanged = (handler: (id: number) => void) => onEvent('order.changed', ({ id }) => handler(id));

type Step = 'confirm' | 'fulfil' | 'cancel';

const STEP_CALLS = {
  confirm: 'orders.confirm',
  fulfil: 'orders.fulfil',
  cancel: 'orders.cancel',
} as const;

function SalesOrderSheet({ order, onChanged }: { order: SalesOrder; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const writable = useOrdersAccess() === 'open' && mayCall(user.role, 'orders.update');
  const editor = useDraftEditor(order);
  const [step, setStep] = useState<Step | null>(null);
  const [returning, setReturning] = useState(false);
  const money = (minor: number) => formatAmount(minor, order.currency, i18n.language);
  const when = (at: number | null) => (at === null ? '—' : formatDateTime(at, i18n.language));
  const mayCancel =
    order.status === 'draft' || (order.status === 'confirmed' && roleAtLeast(user.role, 'admin'));
  const fulfilled = order.status === 'fulfilled';
  const mayReturn =
    fulfilled &&
    order.lines.some((line) => returnableOf(line) > 0) &&
    mayCall(user.role, 'orders.returns.create');
  const returnedColumn = order.returns.length > 0 && {
    header: t('orders.returns.returned'),
    cell: (line: SalesOrder['lines'][number]) => line.returnedQuantity,
  };

  const act = useOrderStep(order, orderErrorText, onChanged);

  return (
    <OrderSheet
      number={order.number}
      statusBadge={<OrderStatusBadge status={order.status} />}
      party={
        <Anchor component={Link} to={`/contacts/${order.contactId}`} fz="sm">
          {order.contactName}
        </Anchor>
      }
      actions={
        writable && (
          <>
            {order.status === 'draft' && (
              <Button variant="default" leftSection={<IconEdit size={16} />} onClick={editor.open}>
                {t('orders.order.edit')}
              </Button>
            )}
            {mayCancel && (
              <Button
                variant="default"
                color="red"
                leftSection={<IconX size={16} />}
                onClick={() => setStep('cancel')}
              >
                {t('orders.steps.cancel.action')}
              </Button>
            )}
            {order.status === 'draft' && (
              <Button leftSection={<IconCheck size={16} />} onClick={() => setStep('confirm')}>
                {t('orders.steps.confirm.action')}
              </Button>
            )}
            {order.status === 'confirmed' && (
              <Button leftSection={<IconTruckDelivery size={16} />} onClick={() => setStep('fulfil')}>
                {t('orders.steps.fulfil.action')}
              </Button>
            )}
            {mayReturn && (
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => setReturning(true)}
              >
                {t('orders.returns.action')}
              </Button>
            )}
          </>
        )
      }
      factColumns={5}
      facts={
        <>
          <OrderFact label={t('orders.fields.total')}>{money(order.totalMinor)}</OrderFact>
          <OrderFact label={t('orders.fields.createdAt')}>{when(order.createdAt)}</OrderFact>
          <OrderFact label={t('orders.fields.confirmedAt')}>{when(order.confirmedAt)}</OrderFact>
          <OrderFact label={t('orders.fields.fulfilledAt')}>{when(order.fulfilledAt)}</OrderFact>
          {order.cancelledAt !== null && (
            <OrderFact label={t('orders.fields.cancelledAt')}>{when(order.cancelledAt)}</OrderFact>
          )}
          {order.returnedMinor > 0 && (
            <OrderFact label={t('orders.returns.returnedWorth')}>{money(order.returnedMinor)}</OrderFact>
          )}
          {order.returnedMinor > 0 && (
            <OrderFact label={t('orders.returns.netTotal')}>{money(order.netTotalMinor)}</OrderFact>
          )}
        </>
      }
      notes={order.notes}
    >
      <OrderLinesCard
        lines={order.lines}
        label={t('orders.fields.lines')}
        emptyText={t('orders.order.noLines')}
        goods={{
          header: t('orders.fields.description'),
          cell: (line) => (
            <>
              {line.description}
              {line.product && (
                <Text span ff="monospace" fz="xs" c="dimmed" ml="xs">
                  {line.product.sku}
                </Text>
              )}
            </>
          ),
        }}
        figures={[
          {
            header: t('orders.fields.quantity'),
            cell: (line) => `${line.quantity} ${line.product?.unit ?? ''}`,
          },
          ...(returnedColumn ? [returnedColumn] : []),
          { header: t('orders.fields.unitPrice'), cell: (line) => money(line.unitPriceMinor) },
        ]}
        lineTotalLabel={t('orders.fields.lineTotal')}
        totalLabel={t('orders.fields.total')}
        totalMinor={order.totalMinor}
        money={money}
      />
      {fulfilled && <OrderReturnsCard returns={order.returns} money={money} />}
      <OrderDialog
        opened={editor.opened}
        order={editor.order}
        onClose={() => {
          editor.close();
          onChanged();
        }}
      />
      {fulfilled && (
        <ReturnDialog
          opened={returning}
          order={order}
          onClose={() => {
            setReturning(false);
            onChanged();
          }}
        />
      )}
      <ConfirmDialog
        subject={step}
        title={(next) => t(`orders.steps.${next}.title`, { number: order.number })}
        message={(next) => t(`orders.steps.${next}.message`)}
        confirmLabel={step ? t(`orders.steps.${step}.action`) : ''}
        color={step === 'cancel' ? 'red' : 'blue'}
        onConfirm={(next) =>
          act(
            () => call(STEP_CALLS[next], { id: order.id, version: order.version }),
            (number) => t(`orders.steps.${next}.done`, { number }),
          )
        }
        onClose={() => setStep(null)}
      />
    </OrderSheet>
  );
}

/** `/orders/:id`: one sales order's lines and totals, and the step it may take now. */
export function SalesOrderPage() {
  const { t } = useTranslation();
  return (
    <LoadedRecordPage
      back={{ to: '/orders', label: t('orders.list.title') }}
      load={loadOrder}
      subscribe={onOrderChanged}
    >
      {(order, reload) => <SalesOrderSheet order={order} onChanged={reload} />}
    </LoadedRecordPage>
  );
}
