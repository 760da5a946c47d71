import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../shared/workorders/contract';
import { errorMessage } from '../i18n/errorMessages';
import { announceWorkOrderChanged } from './workOrderChanges';
import { WORK_ORDER_ERROR_OVERRIDES } from './workOrderErrors';

/**
 * Runs a change of status or assignee: the page follows at once, and a refusal (someone changed
 * the work order first) says so while the page shows the newest version.
 */
export function useWorkOrderAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<WorkOrder>, done: (saved: WorkOrder) => string) => {
    setBusy(true);
    try {
      const saved = await action();
      notifications.show({ color: 'teal', message: done(saved) });
      announceWorkOrderChanged(saved.id);
      return true;
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, WORK_ORDER_ERROR_OVERRIDES)(t) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
