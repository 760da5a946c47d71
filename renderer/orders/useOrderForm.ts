import type { SalesOrder } from '../../shared/orders/contract';
import { call } from '../bridge/call';
import type { PickedContact } from '../deals/form/ContactPicker';
import { useVersionedOrderForm } from '../order-lines/useVersionedOrderForm';
import {
  ORDER_FIELDS,
  orderInputOf,
  orderValuesOf,
  sameOrderValue,
  validateOrderForm,
} from './orderFormValues';

/** A sales order's form: a new draft, or a saved draft's edits (useVersionedOrderForm). */
export function useOrderForm(
  order: SalesOrder | null,
  /** A new draft's customer and currency. */
  contact: PickedContact | null,
  currency: string,
  onSaved: (saved: SalesOrder) => void,
) {
  return useVersionedOrderForm({
    order,
    valuesOf: (saved) => orderValuesOf(saved, contact, currency),
    fields: ORDER_FIELDS,
    same: sameOrderValue,
    validate: validateOrderForm,
    inputOf: orderInputOf,
    get: (id) => call('orders.get', { id }),
    create: (input) => call('orders.create', input),
    update: ({ id, version }, patch) => call('orders.update', { id, version, patch }),
    onSaved,
  });
}
