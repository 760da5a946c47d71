import type { Product } from '../../../shared/inventory/contract';
import {
  purchaseOrderInput,
  type PurchaseOrder,
  type PurchaseOrderInput,
} from '../../../shared/inventory/purchasing';
import { amountInputText, parseAmount } from '../../deals/money';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/fieldErrors';
import { parseQuantity } from '../linkFormValues';

/** A line as the draft's form shows it: its product, and quantity and unit cost as typed. */
export interface LineFormValues {
  product: Pick<Product, 'id' | 'sku' | 'name' | 'unit'>;
  quantity: string;
  unitCost: string;
}

export interface OrderFormValues {
  supplierId: string | null;
  currency: string;
  /** YYYY-MM-DD, or '' for none. */
  expectedOn: string;
  notes: string;
  lines: LineFormValues[];
}

export const orderValuesOf = (order: PurchaseOrder | null, currency: string): OrderFormValues => ({
  supplierId: order ? String(order.supplier.id) : null,
  currency: order?.currency ?? currency,
  expectedOn: order?.expectedOn ?? '',
  notes: order?.notes ?? '',
  lines: (order?.lines ?? []).map((line) => ({
    product: line.product,
    quantity: String(line.quantity),
    unitCost: amountInputText(line.unitCostMinor, order!.currency),
  })),
});

/** What the dialog sends; call only with values that passed validateOrderForm. */
export const orderInputOf = (values: OrderFormValues): PurchaseOrderInput => ({
  supplierId: Number(values.supplierId ?? 0),
  currency: values.currency,
  expectedOn: values.expectedOn === '' ? null : values.expectedOn,
  notes: values.notes.trim() === '' ? null : values.notes,
  lines: values.lines.map((line) => ({
    productId: line.product.id,
    quantity: parseQuantity(line.quantity) ?? 0,
    unitCostMinor: parseAmount(line.unitCost, values.currency) ?? 0,
  })),
});

/** The contract's checks, a supplier chosen, and each unit cost read in the currency's minor units. */
export function validateOrderForm(values: OrderFormValues): FieldErrors {
  const parsed = purchaseOrderInput.safeParse(orderInputOf(values));
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
  if (values.supplierId === null) errors.supplierId = (t) => t('validation.required');
  values.lines.forEach((line, index) => {
    if (parseQuantity(line.quantity) === null) {
      errors[`lines.${index}.quantity`] = (t) => t('inventory.errors.quantity');
    }
    if (parseAmount(line.unitCost, values.currency) === null) {
      errors[`lines.${index}.unitCostMinor`] = (t) => t('purchasing.errors.unitCost');
    }
  });
  return errors;
}
