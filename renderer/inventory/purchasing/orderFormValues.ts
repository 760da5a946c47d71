import type { Product } from '../../../shared/inventory/contract';
import {
  purchaseOrderInput,
  type PurchaseOrder,
  type PurchaseOrderInput,
} from '../../../shared/inventory/purchasing';
import { amountInputText, parseAmount } from '../../deals/money';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/fieldErrors';
import { sameTyped } from '../../order-lines/sameTyped';
import { parseQuantity } from '../linkFormValues';

/** A line as the draft's form shows it: its product, and quantity and unit cost as typed. */
export interface LineFormValues {
  product: Pick<Product, 'id' | 'sku' | 'name' | 'unit'>;
  quantity: string;
  unitCost: string;
}

export interface OrderFormValues {
  supplier: Pick<PurchaseOrder['supplier'], 'id' | 'name'> | null;
  currency: string;
  /** YYYY-MM-DD, or '' for none. */
  expectedOn: string;
  notes: string;
  lines: LineFormValues[];
}

export const orderValuesOf = (order: PurchaseOrder | null, currency: string): OrderFormValues => ({
  supplier: order ? { id: order.supplier.id, name: order.supplier.name } : null,
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
  supplierId: values.supplier?.id ?? 0,
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
  if (values.supplier === null) errors.supplierId = (t) => t('validation.required');
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

/** The fields a draft's editor changes, each moved onto a newer version after a stale save. */
export const ORDER_FIELDS = ['supplier', 'currency', 'expectedOn', 'notes', 'lines'] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

const sameLines = (a: OrderFormValues, b: OrderFormValues) =>
  a.lines.length === b.lines.length &&
  a.lines.every((line, index) => {
    const other = b.lines[index]!;
    return (
      line.product.id === other.product.id &&
      sameTyped(line.quantity, other.quantity, parseQuantity) &&
      sameTyped(line.unitCost, other.unitCost, (text) => parseAmount(text, a.currency))
    );
  });

/** Whether two forms hold the same `field`; lines by product, quantity and cost ("2.5" is "2.50"). */
export function sameOrderValue(a: OrderFormValues, b: OrderFormValues, field: OrderField): boolean {
  if (field === 'supplier') return a.supplier?.id === b.supplier?.id;
  if (field === 'lines') return sameLines(a, b);
  return a[field] === b[field];
}
