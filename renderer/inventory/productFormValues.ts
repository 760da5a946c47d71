import { productInput, type Product, type ProductInput } from '../../shared/inventory/contract';
import { amountInputText, parseAmount } from '../deals/money';
import { fieldErrorsFrom, type FieldErrors } from '../forms/fieldErrors';

/** A product as its dialog edits it: the price as typed. */
export interface ProductFormValues {
  sku: string;
  name: string;
  unit: string;
  description: string;
  price: string;
  currency: string;
}

export const emptyProductValues = (currency: string): ProductFormValues => ({
  sku: '',
  name: '',
  unit: 'pcs',
  description: '',
  price: '',
  currency,
});

export const productValuesOf = (product: Product): ProductFormValues => ({
  sku: product.sku,
  name: product.name,
  unit: product.unit,
  description: product.description ?? '',
  price: amountInputText(product.priceMinor, product.currency),
  currency: product.currency,
});

const inputOf = (values: ProductFormValues, priceMinor: number): ProductInput => ({
  sku: values.sku,
  name: values.name,
  unit: values.unit,
  description: values.description.trim() === '' ? null : values.description,
  priceMinor,
  currency: values.currency,
});

/** The contract's own checks, and the price read in its currency's minor units. */
export function validateProductForm(values: ProductFormValues): FieldErrors {
  const priceMinor = parseAmount(values.price, values.currency);
  const parsed = productInput.safeParse(inputOf(values, priceMinor ?? 0));
  const { priceMinor: priceError, ...errors } = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
  if (priceMinor === null) return { ...errors, price: (t) => t('inventory.errors.price') };
  return priceError ? { ...errors, price: priceError } : errors;
}

/** What the dialog sends; call only with values that passed validateProductForm. */
export const productInputOf = (values: ProductFormValues): ProductInput =>
  inputOf(values, parseAmount(values.price, values.currency) ?? 0);

/** The fields a product's editor changes, each moved onto a newer version after a stale save. */
export const PRODUCT_FIELDS = ['sku', 'name', 'unit', 'description', 'price', 'currency'] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

/** Whether two forms hold the same `field`; a price by its amount, so "45" is "45.00". */
export function sameProductValue(a: ProductFormValues, b: ProductFormValues, field: ProductField): boolean {
  if (field !== 'price') return a[field] === b[field];
  const amountA = parseAmount(a.price, a.currency);
  const amountB = parseAmount(b.price, b.currency);
  return amountA === null || amountB === null ? a.price === b.price : amountA === amountB;
}
