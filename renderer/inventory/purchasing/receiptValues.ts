import type { PurchaseOrder } from '../../../shared/inventory/purchasing';
import type { FieldErrors } from '../../forms/fieldErrors';
import { parseQuantity } from '../linkFormValues';

/** What of a line is still to come. */
export const dueOf = (line: PurchaseOrder['lines'][number]) => line.quantity - line.receivedQuantity;

/** How many of a line arrived, as typed: blank or 0 is none of it now; null when it is no quantity. */
export const receivedOf = (text: string): number | null =>
  /^\s*0*\s*$/.test(text) ? 0 : parseQuantity(text);

/** Each quantity is a whole number up to what is still due, and something is received. */
export function validateReceipt(order: PurchaseOrder, quantities: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const line of order.lines) {
    const quantity = receivedOf(quantities[line.id] ?? '');
    const due = dueOf(line);
    if (quantity === null || quantity > due) errors[line.id] = (t) => t('purchasing.errors.overDue', { due });
  }
  const anything = order.lines.some((line) => (receivedOf(quantities[line.id] ?? '') ?? 0) > 0);
  if (Object.keys(errors).length === 0 && !anything) errors.form = (t) => t('purchasing.receive.nothing');
  return errors;
}
