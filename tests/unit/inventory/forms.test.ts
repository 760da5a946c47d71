import { expect, test } from 'vitest';
import { parseQuantity, validateLinkForm, emptyLinkValues } from '../../../renderer/inventory/linkFormValues';
import {
  emptyProductValues,
  productInputOf,
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
