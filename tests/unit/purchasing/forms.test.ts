import { expect, test } from 'vitest';
import type { PurchaseOrder } from '../../../shared/inventory/purchasing';
import { CallError } from '../../../renderer/bridge/CallError';
import { rebaseValues } from '../../../renderer/forms/rebase';
import {
  ORDER_FIELDS,
  orderInputOf,
  orderValuesOf,
  sameOrderValue,
  validateOrderForm,
} from '../../../renderer/inventory/purchasing/orderFormValues';
import { orderErrorText, supplierErrorText } from '../../../renderer/inventory/purchasing/purchasingErrors';
import { validateReceipt } from '../../../renderer/inventory/purchasing/receiptValues';
import {
  supplierInputOf,
  validateSupplierForm,
  supplierValuesOf,
} from '../../../renderer/inventory/purchasing/supplierFormValues';
import { translator } from '../renderer/translator';

const toner = { id: 3, sku: 'TNR-2', name: 'Toner', unit: 'pcs', archived: false };

const order: PurchaseOrder = {
  id: 7,
  number: 'PO-000007',
  supplier: { id: 2, name: 'Paper Co', archived: false },
  status: 'ordered',
  expectedOn: null,
  currency: 'CNY',
  notes: null,
  totalMinor: 30000,
  lineCount: 2,
  lines: [
    { id: 11, product: toner, quantity: 10, unitCostMinor: 3000, receivedQuantity: 4, totalMinor: 30000 },
    {
      id: 12,
      product: { ...toner, id: 4, sku: 'DRM-1' },
      quantity: 2,
      unitCostMinor: 0,
      receivedQuantity: 2,
      totalMinor: 0,
    },
  ],
  orderedAt: 1,
  receivedAt: null,
  cancelledAt: null,
  createdAt: 1,
  updatedAt: 1,
  version: 3,
};

test('a draft form sends unit costs in minor units and refuses a missing supplier, quantity or cost by line', () => {
  const values = { ...orderValuesOf(null, 'CNY'), supplier: { id: 2, name: 'Paper Co' } };
  values.lines = [{ product: toner, quantity: ' 12 ', unitCost: '1,234.5' }];
  expect(validateOrderForm(values)).toEqual({});
  expect(orderInputOf(values)).toEqual({
    supplierId: 2,
    currency: 'CNY',
    expectedOn: null,
    notes: null,
    lines: [{ productId: 3, quantity: 12, unitCostMinor: 123450 }],
  });
  const bad = { ...values, supplier: null, lines: [{ product: toner, quantity: '0', unitCost: '1.234' }] };
  expect(Object.keys(validateOrderForm(bad)).sort()).toEqual([
    'lines.0.quantity',
    'lines.0.unitCostMinor',
    'supplierId',
  ]);
  expect(Object.keys(validateOrderForm({ ...values, expectedOn: '2025-02-30' }))).toEqual(['expectedOn']);
  // An order opened for editing shows its costs as typed amounts.
  expect(orderValuesOf(order, 'USD').lines[0]).toMatchObject({ quantity: '10', unitCost: '30.00' });
});

test('after a stale save, a draft keeps what the user changed and takes the rest from their version', () => {
  const draft: PurchaseOrder = { ...order, status: 'draft', version: 1 };
  const mine = orderValuesOf(draft, 'CNY');
  // The user typed the same cost differently (no change), and changed the notes and a quantity.
  mine.lines = [
    { ...mine.lines[0]!, unitCost: '30', quantity: '12' },
    { ...mine.lines[1]!, unitCost: '0.00' },
  ];
  mine.notes = 'Deliver to the back door';
  // Meanwhile a colleague moved the supplier, the expected day, and the same quantity.
  const theirs: PurchaseOrder = {
    ...draft,
    version: 2,
    supplier: { id: 5, name: 'Ink House', archived: false },
    expectedOn: '2026-12-01',
    lines: [{ ...draft.lines[0]!, quantity: 20 }, draft.lines[1]!],
  };
  const rebased = rebaseValues(
    ORDER_FIELDS,
    orderValuesOf(draft, 'CNY'),
    orderValuesOf(theirs, 'CNY'),
    mine,
    sameOrderValue,
  );
  expect(rebased.values).toMatchObject({
    supplier: { id: 5, name: 'Ink House' },
    expectedOn: '2026-12-01',
    notes: 'Deliver to the back door',
  });
  expect(rebased.values.lines.map((line) => line.quantity)).toEqual(['12', '2']);
  expect(rebased.clashes).toEqual(['lines']);
  // Lines differ by product too, and an unreadable cost by its text.
  const other = { ...mine, lines: [{ ...mine.lines[0]!, unitCost: 'abc' }, mine.lines[1]!] };
  expect(sameOrderValue(mine, other, 'lines')).toBe(false);
  expect(sameOrderValue(mine, { ...mine, lines: mine.lines.slice(1) }, 'lines')).toBe(false);
});

test('a receipt takes up to what is still due per line, and something', async () => {
  const t = await translator('en');
  expect(validateReceipt(order, { 11: '6' })).toEqual({});
  expect(validateReceipt(order, { 11: '7' })[11]!(t)).toBe(
    'Enter a whole number from 0 to 6, what is still due.',
  );
  expect(Object.keys(validateReceipt(order, { 11: '1.5' }))).toEqual(['11']);
  expect(validateReceipt(order, { 11: ' 0 ' }).form!(t)).toBe('Enter how many of at least one line arrived.');
});

test('a supplier form sends blank optional fields as none and checks phone and e-mail', async () => {
  const t = await translator('en');
  const values = { ...supplierValuesOf(null), name: 'Paper Co', phone: '  ', email: 'sales@paper.example' };
  expect(supplierInputOf(values)).toMatchObject({
    name: 'Paper Co',
    phone: null,
    email: 'sales@paper.example',
  });
  const errors = validateSupplierForm({ ...values, email: 'nope', phone: '12' });
  expect(Object.keys(errors).sort()).toEqual(['email', 'phone']);
  expect(errors.phone!(t)).toBe('Use digits and + ( ) - . / only, with at least 3 digits.');
  expect(errors.email!(t)).toBe('This is not a valid email address.');
});

test('refusals are told in the purchasing words, in both languages', async () => {
  const en = await translator('en');
  const zh = await translator('zh-CN');
  const taken = new CallError('purchaseOrders.place', {
    code: 'CONFLICT',
    message: 'x',
    details: { name: 'Paper Co' },
  });
  expect(supplierErrorText(taken)(en)).toBe('Another supplier is already called Paper Co.');
  expect(supplierErrorText(taken)(zh)).toBe('已有名为 Paper Co 的供应商。');
  const placed = new CallError('purchaseOrders.place', {
    code: 'VALIDATION',
    message: 'x',
    details: { status: 'ordered', issues: [{ path: ['status'], message: 'x' }] },
  });
  expect(orderErrorText(placed)(en)).toBe('This order is Ordered now, so this cannot be done any more.');
  const noLines = new CallError('purchaseOrders.place', {
    code: 'VALIDATION',
    message: 'x',
    details: { issues: [{ path: ['lines'], message: 'x' }] },
  });
  expect(orderErrorText(noLines)(zh)).toBe('下单前请至少添加一条明细。');
  expect(
    orderErrorText(new CallError('purchaseOrders.place', { code: 'CONFLICT', message: 'x' }))(en),
  ).toMatch(/changed this order/);
});
