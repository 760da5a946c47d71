import type { WorkOrder } from '../../shared/workorders/contract';
import { call } from '../bridge/call';
import { rebaseValues } from '../forms/rebase';
import { useVersionedForm } from '../forms/useVersionedForm';
import {
  patchOf,
  sameFieldValue,
  serverFieldErrors,
  validateWorkOrder,
  valuesOf,
  WORK_ORDER_FIELDS,
  type WorkOrderField,
  type WorkOrderFormValues,
} from './workOrderFormValues';

/**
 * Editing a work order: the version it started from stays the one saved against, whatever
 * arrives live meanwhile, so a stale save is refused (CONFLICT) and the user chooses to load
 * the newer version with what they typed moved onto it.
 */
export function useWorkOrderEditor(workOrder: WorkOrder, onDone: (saved: WorkOrder | null) => void) {
  const form = useVersionedForm<WorkOrder, WorkOrderFormValues, WorkOrderField>({
    record: workOrder,
    initialValues: () => valuesOf(workOrder),
    fetchLatest: (saved) => call('workorders.get', { id: saved.id }),
    rebase: (saved, latest, typed) =>
      rebaseValues(WORK_ORDER_FIELDS, valuesOf(saved), valuesOf(latest), typed, sameFieldValue),
    validate: validateWorkOrder,
    fieldErrorsOf: serverFieldErrors,
  });

  const save = () =>
    form.save(async (original, values) => {
      const patch = patchOf(original, values);
      if (Object.keys(patch).length === 0) return onDone(null);
      onDone(await call('workorders.update', { id: original.id, version: original.version, patch }));
    });

  return { ...form, save };
}
