import { Button, Text } from '@mantine/core';
import { IconEdit, IconPackageImport, IconSend, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../../shared/inventory/purchasing';
import { mayCall } from '../../app/access';
import { useSession } from '../../auth/authStore';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { formatAmount } from '../../deals/money';
import { OrderFact } from '../../order-lines/OrderFact';
import { OrderLinesCard } from '../../order-lines/OrderLinesCard';
import { OrderSheet } from '../../order-lines/OrderSheet';
import { useDraftEditor } from '../../order-lines/useDraftEditor';
import { useOrderStep } from '../../order-lines/useOrderStep';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LoadedRecordPage } from '../../ui/LoadedRecordPage';
import { useInventoryAccess } from '../useInventoryAccess';
import { OrderDialog } from './OrderDialog';
import { OrderStatusBadge } from './OrderStatusBadge';
import { orderErrorText } from './purchasingErrors';
import { ReceiveDialog } from './ReceiveDialog';

const loadOrder = (id: number) => call('purchaseOrders.get', { id });
const onOrderChanged = (handler: (id: number) => void) =>
  onEvent('purchaseOrder.changed', ({ id }) => handler(id));

function PurchaseOrderSheet({ order, onChanged }: { order: PurchaseOrder; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const open = useInventoryAccess() === 'open';
  const manages = open && mayCall(user.role, 'purchaseOrders.place');
  const receives = open && mayCall(user.role, 'purchaseOrders.receive');
  const editor = useDraftEditor(order);
  const [receiving, setReceiving] = useState<PurchaseOrder | null>(null);
  const [cancelling, setCancelling] = useState<PurchaseOrder | null>(null);
  const [placing, setPlacing] = useState(false);
  const money = (minor: number) => formatAmount(minor, order.currency, i18n.language);
  const nothingReceived = order.lines.every((line) => line.receivedQuantity === 0);
  const act = useOrderStep(order, orderErrorText, onChanged);

  const place = async () => {
    setPlacing(true);
    await act(
      () => call('purchaseOrders.place', { id: order.id, version: order.version }),
      (number) => t('purchasing.order.placed', { number }),
    );
    setPlacing(false);
  };

  return (
    <OrderSheet
      number={order.number}
      statusBadge={<OrderStatusBadge status={order.status} />}
      party={
        <Text c="dimmed" fz="sm">
          {order.supplier.name}
        </Text>
      }
      actions={
        <>
          {manages && order.status === 'draft' && (
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={editor.open}>
              {t('purchasing.order.edit')}
            </Button>
          )}
          {manages && (order.status === 'draft' || (order.status === 'ordered' && nothingReceived)) && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconX size={16} />}
              onClick={() => setCancelling(order)}
            >
              {t('purchasing.order.cancel')}
            </Button>
          )}
          {manages && order.status === 'draft' && (
            <Button leftSection={<IconSend size={16} />} loading={placing} onClick={() => void place()}>
              {t('purchasing.order.place')}
            </Button>
          )}
          {receives && order.status === 'ordered' && (
            <Button leftSection={<IconPackageImport size={16} />} onClick={() => setReceiving(order)}>
              {t('purchasing.order.receive')}
            </Button>
          )}
        </>
      }
      factColumns={4}
      facts={
        <>
          <OrderFact label={t('purchasing.orderFields.expectedOn')}>{order.expectedOn ?? '—'}</OrderFact>
          <OrderFact label={t('purchasing.orderFields.currency')}>{order.currency}</OrderFact>
          <OrderFact label={t('purchasing.orderFields.total')}>{money(order.totalMinor)}</OrderFact>
          <OrderFact label={t('purchasing.orderFields.createdAt')}>
            {new Date(order.createdAt).toLocaleDateString(i18n.language)}
          </OrderFact>
        </>
      }
      notes={order.notes}
    >
      <OrderLinesCard
        lines={order.lines}
        label={t('purchasing.orderFields.lines')}
        emptyText={t('purchasing.order.noLines')}
        goods={{
          header: t('purchasing.orderFields.product'),
          cell: (line) => (
            <>
              <Text span ff="monospace" fz="sm">
                {line.product.sku}
              </Text>{' '}
              · {line.product.name}
            </>
          ),
        }}
        figures={[
          {
            header: t('purchasing.orderFields.quantity'),
            cell: (line) => `${line.quantity} ${line.product.unit}`,
          },
          { header: t('purchasing.orderFields.received'), cell: (line) => line.receivedQuantity },
          { header: t('purchasing.orderFields.unitCost'), cell: (line) => money(line.unitCostMinor) },
        ]}
        lineTotalLabel={t('purchasing.orderFields.lineTotal')}
        totalLabel={t('purchasing.orderFields.total')}
        totalMinor={order.totalMinor}
        money={money}
      />
      <OrderDialog
        opened={editor.opened}
        order={editor.order}
        onClose={() => {
          editor.close();
          onChanged();
        }}
      />
      <ReceiveDialog
        order={receiving}
        onClose={() => {
          setReceiving(null);
          onChanged();
        }}
      />
      <ConfirmDialog
        subject={cancelling}
        title={(subject) => t('purchasing.order.cancelTitle', { number: subject.number })}
        message={() => t('purchasing.order.cancelMessage')}
        confirmLabel={t('purchasing.order.cancel')}
        onConfirm={(subject) =>
          act(
            () => call('purchaseOrders.cancel', { id: subject.id, version: subject.version }),
            (number) => t('purchasing.order.cancelled', { number }),
          )
        }
        onClose={() => setCancelling(null)}
      />
    </OrderSheet>
  );
}

/** `/inventory/purchase-orders/:id`: one order's lines and totals, and what may be done to it now. */
export function PurchaseOrderPage() {
  const { t } = useTranslation();
  return (
    <LoadedRecordPage
      back={{ to: '/inventory/purchase-orders', label: t('purchasing.orders.title') }}
      load={loadOrder}
      subscribe={onOrderChanged}
    >
      {(order, reload) => <PurchaseOrderSheet order={order} onChanged={reload} />}
    </LoadedRecordPage>
  );
}
