import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
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
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { RecordContent, RecordPage } from '../../ui/RecordPage';
import { useRecord } from '../../ui/useRecord';
import { useInventoryAccess } from '../useInventoryAccess';
import { OrderDialog } from './OrderDialog';
import { OrderStatusBadge } from './OrderStatusBadge';
import { orderErrorText } from './purchasingErrors';
import { ReceiveDialog } from './ReceiveDialog';

const loadOrder = (id: number) => call('purchaseOrders.get', { id });
const onOrderChanged = (handler: (id: number) => void) =>
  onEvent('purchaseOrder.changed', ({ id }) => handler(id));

function OrderSheet({ order, onChanged }: { order: PurchaseOrder; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const open = useInventoryAccess() === 'open';
  const manages = open && mayCall(user.role, 'purchaseOrders.place');
  const receives = open && mayCall(user.role, 'purchaseOrders.receive');
  // The draft as it was when its editor opened: a colleague's save meanwhile makes this one stale
  // (the editor then offers their version) instead of resetting what is being typed.
  const [editing, setEditing] = useState<PurchaseOrder | null>(null);
  const [receiving, setReceiving] = useState<PurchaseOrder | null>(null);
  const [cancelling, setCancelling] = useState<PurchaseOrder | null>(null);
  const [placing, setPlacing] = useState(false);
  const money = (minor: number) => formatAmount(minor, order.currency, i18n.language);
  const nothingReceived = order.lines.every((line) => line.receivedQuantity === 0);

  /** Runs a status change and tells its outcome; the page follows the order's event either way. */
  const act = async (
    run: () => Promise<PurchaseOrder>,
    done: 'purchasing.order.placed' | 'purchasing.order.cancelled',
  ) => {
    try {
      const saved = await run();
      notifications.show({ color: 'teal', message: t(done, { number: saved.number }) });
    } catch (error) {
      notifications.show({ color: 'red', title: order.number, message: orderErrorText(error)(t) });
    }
    onChanged();
  };

  const place = async () => {
    setPlacing(true);
    await act(
      () => call('purchaseOrders.place', { id: order.id, version: order.version }),
      'purchasing.order.placed',
    );
    setPlacing(false);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1} fz="h2">
              {order.number}
            </Title>
            <OrderStatusBadge status={order.status} />
          </Group>
          <Text c="dimmed" fz="sm">
            {order.supplier.name}
          </Text>
        </div>
        <Group gap="xs">
          {manages && order.status === 'draft' && (
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(order)}>
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
        </Group>
      </Group>
      <Card withBorder radius="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <OrderFact label={t('purchasing.orderFields.expectedOn')}>{order.expectedOn ?? '—'}</OrderFact>
          <OrderFact label={t('purchasing.orderFields.currency')}>{order.currency}</OrderFact>
          <OrderFact label={t('purchasing.orderFields.total')}>{money(order.totalMinor)}</OrderFact>
          <OrderFact label={t('purchasing.orderFields.createdAt')}>
            {new Date(order.createdAt).toLocaleDateString(i18n.language)}
          </OrderFact>
        </SimpleGrid>
        {order.notes && (
          <Text fz="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
            {order.notes}
          </Text>
        )}
      </Card>
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
        opened={editing !== null}
        order={editing ?? order}
        onClose={() => {
          setEditing(null);
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
            'purchasing.order.cancelled',
          )
        }
        onClose={() => setCancelling(null)}
      />
    </Stack>
  );
}

function LoadedOrder({ id }: { id: number }) {
  const { state, reload } = useRecord(id, loadOrder, onOrderChanged);
  return (
    <RecordContent state={state} onRetry={reload}>
      {(order) => <OrderSheet order={order} onChanged={reload} />}
    </RecordContent>
  );
}

/** `/inventory/purchase-orders/:id`: one order's lines and totals, and what may be done to it now. */
export function PurchaseOrderPage() {
  const { t } = useTranslation();
  return (
    <RecordPage back={{ to: '/inventory/purchase-orders', label: t('purchasing.orders.title') }}>
      {(id) => <LoadedOrder id={id} />}
    </RecordPage>
  );
}
