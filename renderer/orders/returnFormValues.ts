import { RETURN_REASON_MAX, type SalesOrder, type SalesReturnInput } from '../../shared/orders/contract';
import type { FieldErrors } from '../forms/fieldErrors';
import { parseQuantity } from '../inventory/linkFormValues';

/** What the return dialog holds: a quantity typed per order line (blank: none back) and the reason. */
export interface ReturnFormValues {
  quantities: string[];
  reason: string;
}

/** What of a line may still come back: what was fulfilled less what was returned. */
export const returnableOf = (line: SalesOrder['lines'][number]) => line.quantity - line.returnedQuantity;

export const emptyReturnValues = (order: SalesOrder): ReturnFormValues => ({
  quantities: order.lines.map(() => ''),
  reason: '',
});

const typed = (text: string) => text.trim() !== '' && text.trim() !== '0';

/** Each typed quantity a whole number up to what its line has left; at least one; a reason. */
export function validateReturnForm(order: SalesOrder, values: ReturnFormValues): FieldErrors {
  const errors: FieldErrors = {};
  values.quantities.forEach((text, index) => {
    if (!typed(text)) return;
    const left = returnableOf(order.lines[index]!);
    const quantity = parseQuantity(text);
    if (quantity === null) errors[`lines.${index}.quantity`] = (t) => t('inventory.errors.quantity');
    else if (quantity > left) {
      errors[`lines.${index}.quantity`] = (t) => t('orders.returns.errors.tooMany', { count: left });
    }
  });
  if (!values.quantities.some(typed)) errors.lines = (t) => t('orders.returns.errors.nothing');
  const reason = values.reason.trim();
  if (reason === '') errors.reason = (t) => t('validation.required');
  else if (reason.length > RETURN_REASON_MAX) {
    errors.reason = (t) => t('validation.tooLong', { limit: RETURN_REASON_MAX });
  }
  return errors;
}

/** What the dialog sends; call only with values that passed validateReturnForm. */
export const returnInputOf = (order: SalesOrder, values: ReturnFormValues): SalesReturnInput => ({
  orderId: order.id,
  version: order.version,
  lines: order.lines.flatMap((line, index) => {
    const text = values.quantities[index]!;
    return typed(text) ? [{ lineId: line.id, quantity: parseQuantity(text)! }] : [];
  }),
  reason: values.reason.trim(),
});
