import type { Product } from '../../shared/inventory/contract';
import { salesOrderInput, type SalesOrder, type SalesOrderInput } from '../../shared/orders/contract';
import { lineTotalMinor } from '../../shared/order-lines';
import { amountInputText, parseAmount } from '../deals/money';
import type { PickedContact } from '../deals/form/ContactPicker';
import { fieldErrorsFrom, type FieldErrors } from '../forms/fieldErrors';
import { parseQuantity } from '../inventory/linkFormValues';
import { sameTyped } from '../order-lines/sameTyped';

/** A line as the editor shows it: quantity and unit price as typed, and its product if it has one. */
export interface LineFormValues {
  /** Keeps a row's inputs in place while rows above it are removed. */
  key: number;
  description: string;
  product: Pick<Product, 'id' | 'sku' | 'name' | 'unit'> | null;
  quantity: string;
  unitPrice: string;
}

export interface OrderFormValues {
  contact: PickedContact | null;
  currency: string;
  notes: string;
  lines: LineFormValues[];
}

let nextKey = 0;
export const lineKey = () => ++nextKey;

export function orderValuesOf(
  order: SalesOrder | null,
  contact: PickedContact | null,
  currency: string,
): OrderFormValues {
  if (!order) return { contact, currency, notes: '', lines: [] };
  return {
    contact: { id: order.contactId, name: order.contactName, companyId: null },
    currency: order.currency,
    notes: order.notes ?? '',
    lines: order.lines.map((line) => ({
      key: lineKey(),
      description: line.description,
      product: line.product,
      quantity: String(line.quantity),
      unitPrice: amountInputText(line.unitPriceMinor, order.currency),
    })),
  };
}

/** A line for a product of the catalogue: its name, and its price when it is in the order's currency. */
export const productLine = (product: Product, currency: string): LineFormValues => ({
  key: lineKey(),
  description: product.name,
  product,
  quantity: '1',
  unitPrice: product.currency === currency ? amountInputText(product.priceMinor, currency) : '',
});

export const freeLine = (): LineFormValues => ({
  key: lineKey(),
  description: '',
  product: null,
  quantity: '1',
  unitPrice: '',
});

/** What the editor sends; call only with values that passed validateOrderForm. */
export const orderInputOf = (values: OrderFormValues): SalesOrderInput => ({
  contactId: values.contact?.id ?? 0,
  currency: values.currency,
  notes: values.notes.trim() === '' ? null : values.notes,
  lines: values.lines.map((line) => ({
    description: line.description,
    productId: line.product?.id ?? null,
    quantity: parseQuantity(line.quantity) ?? 0,
    unitPriceMinor: parseAmount(line.unitPrice, values.currency) ?? 0,
  })),
});

/** The order's total so far in minor units, counting the lines whose quantity and price read well. */
export function draftTotal(values: OrderFormValues): number {
  return values.lines.reduce((sum, line) => {
    const quantity = parseQuantity(line.quantity);
    const price = parseAmount(line.unitPrice, values.currency);
    return quantity === null || price === null ? sum : sum + lineTotalMinor(quantity, price);
  }, 0);
}

/** The contract's checks, a customer chosen, and each line's quantity and price readable. */
export function validateOrderForm(values: OrderFormValues): FieldErrors {
  const parsed = salesOrderInput.safeParse(orderInputOf(values));
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
  if (values.contact === null) errors.contactId = (t) => t('validation.required');
  values.lines.forEach((line, index) => {
    if (parseQuantity(line.quantity) === null) {
      errors[`lines.${index}.quantity`] = (t) => t('inventory.errors.quantity');
    }
    if (parseAmount(line.unitPrice, values.currency) === null) {
      errors[`lines.${index}.unitPriceMinor`] = (t) => t('orders.errors.unitPrice');
    }
  });
  return errors;
}

/** The fields a draft's editor changes, each moved onto a newer version after a stale save. */
export const ORDER_FIELDS = ['contact', 'currency', 'notes', 'lines'] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

const sameLines = (a: OrderFormValues, b: OrderFormValues) =>
  a.lines.length === b.lines.length &&
  a.lines.every((line, index) => {
    const other = b.lines[index]!;
    return (
      line.description === other.description &&
      (line.product?.id ?? null) === (other.product?.id ?? null) &&
      sameTyped(line.quantity, other.quantity, parseQuantity) &&
      sameTyped(line.unitPrice, other.unitPrice, (text) => parseAmount(text, a.currency))
    );
  });

/** Whether two forms hold the same `field`; lines by text, product, quantity and price ("2.5" is "2.50"). */
export function sameOrderValue(a: OrderFormValues, b: OrderFormValues, field: OrderField): boolean {
  if (field === 'contact') return a.contact?.id === b.contact?.id;
  if (field === 'lines') return sameLines(a, b);
  return a[field] === b[field];
}
