import type { Product } from '../../shared/inventory/contract';
import { call } from '../bridge/call';
import type { FieldErrors } from '../forms/fieldErrors';
import { rebaseValues } from '../forms/rebase';
import { useVersionedForm } from '../forms/useVersionedForm';
import { isStaleProduct, takenSku } from './inventoryErrors';
import {
  emptyProductValues,
  PRODUCT_FIELDS,
  productInputOf,
  productValuesOf,
  sameProductValue,
  validateProductForm,
  type ProductField,
  type ProductFormValues,
} from './productFormValues';

/** A SKU in use is said beside the SKU; any other refusal above the form. */
const productFieldErrors = (error: unknown): FieldErrors => {
  const sku = takenSku(error);
  return sku === null ? {} : { sku: (t) => t('inventory.errors.skuTaken', { sku }) };
};

/**
 * A product's form: a new one, or edits of a saved one against the version it was opened at,
 * so a stale save is refused (CONFLICT) and the user loads the newer version with their edits on it.
 */
export function useProductForm(
  product: Product | null,
  /** A new product's currency. */
  currency: string,
  onSaved: (saved: Product) => void,
) {
  const form = useVersionedForm<Product | null, ProductFormValues, ProductField>({
    record: product,
    initialValues: () => (product ? productValuesOf(product) : emptyProductValues(currency)),
    fetchLatest: (saved) => call('products.get', { id: saved.id }),
    rebase: (saved, latest, typed) =>
      rebaseValues(PRODUCT_FIELDS, productValuesOf(saved), productValuesOf(latest), typed, sameProductValue),
    validate: validateProductForm,
    fieldErrorsOf: productFieldErrors,
    refusalWithFieldErrors: false,
    isStale: isStaleProduct,
  });

  const save = () =>
    form.save(async (original, values) => {
      const input = productInputOf(values);
      onSaved(
        original
          ? await call('products.update', { id: original.id, version: original.version, patch: input })
          : await call('products.create', input),
      );
    });

  return { ...form, save };
}
