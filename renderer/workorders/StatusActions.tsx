import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_MOVES, type WorkOrder, type WorkOrderStatus } from '../../shared/workorders/contract';
import { call } from '../bridge/call';
import { useWorkOrderAction } from './useWorkOrderAction';

/** Where a move may go: `new` and `assigned` are never set by hand (STATUS_MOVES). */
type MoveTarget = Exclude<WorkOrderStatus, 'new' | 'assigned'>;

/** A reopened work order goes back to work; elsewhere each move is named by where it goes. */
const moveKey = (from: WorkOrderStatus, to: WorkOrderStatus) =>
  to === 'inProgress' && (from === 'resolved' || from === 'closed') ? 'reopen' : (to as MoveTarget);

/** The status moves the contract allows from where the work order stands, and nothing else. */
export function StatusActions({ workOrder }: { workOrder: WorkOrder }) {
  const { t } = useTranslation();
  const { busy, run } = useWorkOrderAction();
  const moves = STATUS_MOVES[workOrder.status];
  return (
    <Group gap="xs" role="group" aria-label={t('workorders.status.actions')}>
      {moves.map((status) => (
        <Button
          key={status}
          size="sm"
          variant={status === 'resolved' ? 'filled' : 'default'}
          color={status === 'resolved' ? 'teal' : undefined}
          disabled={busy}
          onClick={() =>
            void run(
              () => call('workorders.setStatus', { id: workOrder.id, version: workOrder.version, status }),
              (saved) => t('workorders.status.changed', { status: t(`workorders.statuses.${saved.status}`) }),
            )
          }
        >
          {t(`workorders.status.moves.${moveKey(workOrder.status, status)}`)}
        </Button>
      ))}
    </Group>
  );
}
