import { useState } from 'react';
import type { WorkOrder } from '../../shared/workorders/contract';
import { call } from '../bridge/call';
import { isCallError } from '../bridge/CallError';
import type { FieldErrors } from '../forms/fieldErrors';
import { rebaseValues } from '../forms/rebase';
import { useVersionedEdit } from '../forms/useVersionedEdit';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const { original, values, setValues, clashes, staleSave, conflict } = useVersionedEdit<
    WorkOrder,
    WorkOrderFormValues,
    WorkOrderField
  >({
    record: workOrder,
    initialValues: () => valuesOf(workOrder),
    fetchLatest: (saved) => call('workorders.get', { id: saved.id }),
    rebase: (saved, latest, typed) =>
      rebaseValues(WORK_ORDER_FIELDS, valuesOf(saved), valuesOf(latest), typed, sameFieldValue),
    onError: setFormError,
  });

  const change = (next: WorkOrderFormValues) => {
    setValues(next);
    if (Object.keys(errors).length > 0) setErrors(validateWorkOrder(next));
  };

  const save = async () => {
    if (saving) return;
    setFormError(null);
    const found = validateWorkOrder(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const patch = patchOf(original, values);
    if (Object.keys(patch).length === 0) return onDone(null);
    setSaving(true);
    try {
      onDone(await call('workorders.update', { id: original.id, version: original.version, patch }));
    } catch (error) {
      if (isCallError(error) && error.code === 'CONFLICT') staleSave();
      else {
        setErrors(serverFieldErrors(error));
        setFormError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return {
    original,
    values,
    change,
    errors,
    formError,
    saving,
    save,
    clashes,
    conflict,
  };
}
