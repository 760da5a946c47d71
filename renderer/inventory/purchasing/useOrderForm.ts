import type { PurchaseOrder } from '../../../shared/inventory/purchasing';
import { call } from '../../bridge/call';
import { useVersionedOrderForm } from '../../order-lines/useVersionedOrderForm';
import {
  ORDER_FIELDS,
  orderInputOf,
  orderValuesOf,
  sameOrderValue,
  validateOrderForm,
} from './orderFormValues';

/** A purchase order's form: a new draft, or a saved draft's edits (useVersionedOrderForm). */
export function useOrderForm(
  order: PurchaseOrder | null,
  /** A new draft's currency. */
  currency: string,
  onSaved: (saved: PurchaseOrder) => void,
) {
  return useVersionedOrderForm({
    order,
    valuesOf: (saved) => orderValuesOf(saved, currency),
    fields: ORDER_FIELDS,
    same: sameOrderValue,
    validate: validateOrderForm,
    inputOf: orderInputOf,
    get: (id) => call('purchaseOrders.get', { id }),
    create: (input) => call('purchaseOrders.create', input),
    update: ({ id, version }, patch) => call('purchaseOrders.update', { id, version, patch }),
    onSaved,
  });
}
