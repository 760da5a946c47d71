import type { PurchaseOrder } from '../../../shared/inventory/purchasing';
import { call } from '../../bridge/call';
import { rebaseValues } from '../../forms/rebase';
import { useVersionedForm } from '../../forms/useVersionedForm';
import {
  ORDER_FIELDS,
  orderInputOf,
  orderValuesOf,
  sameOrderValue,
  validateOrderForm,
  type OrderField,
  type OrderFormValues,
} from './orderFormValues';

/** A refusal of a draft is told above the form, in the order's words (orderErrorText). */
const noFieldErrors = () => ({});

/**
 * A purchase order's form: a new draft, or edits of a saved draft against the version it was
 * opened at, so a stale save is refused (CONFLICT) and the user loads the newer version with
 * their edits on it.
 */
export function useOrderForm(
  order: PurchaseOrder | null,
  /** A new draft's currency. */
  currency: string,
  onSaved: (saved: PurchaseOrder) => void,
) {
  const form = useVersionedForm<PurchaseOrder | null, OrderFormValues, OrderField>({
    record: order,
    initialValues: () => orderValuesOf(order, currency),
    fetchLatest: (saved) => call('purchaseOrders.get', { id: saved.id }),
    rebase: (saved, latest, typed) =>
      rebaseValues(
        ORDER_FIELDS,
        orderValuesOf(saved, currency),
        orderValuesOf(latest, currency),
        typed,
        sameOrderValue,
      ),
    validate: validateOrderForm,
    fieldErrorsOf: noFieldErrors,
  });

  const save = () =>
    form.save(async (original, values) => {
      const input = orderInputOf(values);
      onSaved(
        original
          ? await call('purchaseOrders.update', { id: original.id, version: original.version, patch: input })
          : await call('purchaseOrders.create', input),
      );
    });

  return { ...form, save };
}
