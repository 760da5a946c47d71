import { expect, test } from 'vitest';
import type { Product } from '../../../shared/inventory/contract';
import { CallError } from '../../../renderer/bridge/CallError';
import { rebaseValues } from '../../../renderer/forms/rebase';
import { isStaleProduct } from '../../../renderer/inventory/inventoryErrors';
import { parseQuantity, validateLinkForm, emptyLinkValues } from '../../../renderer/inventory/linkFormValues';
import {
  emptyProductValues,
  PRODUCT_FIELDS,
  productInputOf,
  productValuesOf,
  sameProductValue,
  validateProductForm,
} from '../../../renderer/inventory/productFormValues';

test('a product form sends its price in minor units of its currency and refuses what is no price', () => {
  const values = { ...emptyProductValues('CNY'), sku: ' TNR-2 ', name: 'Toner', price: '1,234.5' };
  expect(validateProductForm(values)).toEqual({});
  expect(productInputOf(values)).toMatchObject({ sku: ' TNR-2 ', priceMinor: 123450, description: null });
  expect(productInputOf({ ...values, currency: 'JPY', price: '300' }).priceMinor).toBe(300);
  for (const price of ['', '-5', '12.345', 'abc']) {
    expect(Object.keys(validateProductForm({ ...values, price })), price).toEqual(['price']);
  }
  expect(Object.keys(validateProductForm({ ...emptyProductValues('CNY'), price: '1' })).sort()).toEqual([
    'name',
    'sku',
  ]);
});

test('a quantity is a whole number from 1 to 9,999', () => {
  expect(['1', ' 42 ', '9999'].map(parseQuantity)).toEqual([1, 42, 9999]);
  expect(['0', '10000', '1.5', '-1', '', 'two'].map(parseQuantity)).toEqual(Array(6).fill(null));
  expect(Object.keys(validateLinkForm({ ...emptyLinkValues, quantity: '0' }))).toEqual(['quantity']);
  expect(Object.keys(validateLinkForm({ ...emptyLinkValues, serialNumber: 'x'.repeat(65) }))).toEqual([
    'serialNumber',
  ]);
});

const toner: Product = {
  id: 3,
  sku: 'TNR-2',
  name: 'Toner',
  unit: 'pcs',
  description: null,
  priceMinor: 4500,
  currency: 'CNY',
  archived: false,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  version: 1,
};

test('after a stale save the user keeps what they changed, takes the rest from the newer product, and is told what both changed', () => {
  const latest = { ...toner, description: 'Black, 3,000 pages', priceMinor: 4800, unit: 'box', version: 2 };
  const rebase = (typed: Partial<ReturnType<typeof productValuesOf>>) =>
    rebaseValues(
      PRODUCT_FIELDS,
      productValuesOf(toner),
      productValuesOf(latest),
      { ...productValuesOf(toner), ...typed },
      sameProductValue,
    );

  const rebased = rebase({ name: 'Toner XL', price: '46', unit: 'box' });
  expect(productInputOf(rebased.values)).toEqual({
    sku: 'TNR-2',
    name: 'Toner XL',
    unit: 'box',
    description: 'Black, 3,000 pages',
    priceMinor: 4600,
    currency: 'CNY',
  });
  // Both set the unit to "box": no clash. Both changed the price to different amounts: named.
  expect(rebased.clashes).toEqual(['price']);

  // The same price typed another way is no change: the newer price is taken, nothing clashes.
  const retyped = rebase({ price: '45' });
  expect(productInputOf(retyped.values).priceMinor).toBe(4800);
  expect(retyped.clashes).toEqual([]);
});

test('a stale product is told apart from a SKU another product has, though both are CONFLICT', () => {
  const refusal = (details: Record<string, unknown>) =>
    new CallError('products.update', { code: 'CONFLICT', message: '', details });
  expect(isStaleProduct(refusal({ currentVersion: 2 }))).toBe(true);
  expect(isStaleProduct(refusal({ sku: 'TNR-2', productId: 4 }))).toBe(false);
  expect(isStaleProduct(new CallError('products.update', { code: 'NOT_FOUND', message: '' }))).toBe(false);
});
