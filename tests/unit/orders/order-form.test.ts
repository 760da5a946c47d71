import { expect, test } from 'vitest';
import type { SalesOrder } from '../../../shared/orders/contract';
import { rebaseValues } from '../../../renderer/forms/rebase';
import { rebaseOrderValues } from '../../../renderer/order-lines/rebaseOrderValues';
import { sameTyped } from '../../../renderer/order-lines/sameTyped';
import { ORDER_FIELDS, orderValuesOf, sameOrderValue } from '../../../renderer/orders/orderFormValues';
import { parseQuantity } from '../../../renderer/inventory/linkFormValues';

const toner = { id: 3, sku: 'TNR-2', name: 'Toner cartridge', unit: 'pcs', archived: false };

/** A draft for Ann: two toners and an hour of installation. */
const draft = {
  id: 7,
  version: 1,
  number: 'SO-000007',
  contactId: 4,
  contactName: 'Ann Lee',
  currency: 'USD',
  notes: null,
  lines: [
    { id: 11, description: 'Toner cartridge', product: toner, quantity: 2, unitPriceMinor: 4500 },
    { id: 12, description: 'Installation', product: null, quantity: 1, unitPriceMinor: 20000 },
  ],
} as unknown as SalesOrder;

test('typed numbers are the same when they read the same, and as typed when one does not read', () => {
  expect(sameTyped('2.5', '2.50', Number.parseFloat)).toBe(true);
  expect(sameTyped(' 3 ', '3', parseQuantity)).toBe(true);
  expect(sameTyped('abc', '3', parseQuantity)).toBe(false);
  expect(sameTyped('abc', 'abc', parseQuantity)).toBe(true);
});

test('after a stale save, a sales draft keeps what the user changed and takes the rest from their version', () => {
  const mine = orderValuesOf(draft, null, 'USD');
  // The user typed a price differently (no change), raised the installation hours and wrote notes.
  mine.lines = [
    { ...mine.lines[0]!, unitPrice: '45' },
    { ...mine.lines[1]!, quantity: '3' },
  ];
  mine.notes = 'Install on Friday';
  // Meanwhile a colleague moved the order to another customer and changed the installation line.
  const theirs = {
    ...draft,
    version: 2,
    contactId: 9,
    contactName: 'Bo Chen',
    lines: [draft.lines[0]!, { ...draft.lines[1]!, quantity: 2 }],
  } as SalesOrder;
  const rebased = rebaseValues(
    ORDER_FIELDS,
    orderValuesOf(draft, null, 'USD'),
    orderValuesOf(theirs, null, 'USD'),
    mine,
    sameOrderValue,
  );
  expect(rebased.values.contact).toMatchObject({ id: 9, name: 'Bo Chen' });
  expect(rebased.values.notes).toBe('Install on Friday');
  expect(rebased.values.lines.map((line) => line.quantity)).toEqual(['2', '3']);
  expect(rebased.clashes).toEqual(['lines']);

  // Lines differ by their text and product as well as by their figures.
  const renamed = { ...mine, lines: [{ ...mine.lines[0]!, description: 'Toner' }, mine.lines[1]!] };
  expect(sameOrderValue(mine, renamed, 'lines')).toBe(false);
  const unlinked = { ...mine, lines: [{ ...mine.lines[0]!, product: null }, mine.lines[1]!] };
  expect(sameOrderValue(mine, unlinked, 'lines')).toBe(false);
  expect(sameOrderValue(mine, { ...mine, lines: mine.lines.slice(1) }, 'lines')).toBe(false);
  expect(sameOrderValue(mine, { ...mine, currency: 'CNY' }, 'currency')).toBe(false);
});

test('lines typed here keep the currency they were typed in when a colleague changed it meanwhile, and it is named', () => {
  const base = orderValuesOf(draft, null, 'USD');
  const theirs = orderValuesOf({ ...draft, version: 2, currency: 'EUR' } as SalesOrder, null, 'USD');
  const pricier = { ...base, lines: [{ ...base.lines[0]!, unitPrice: '50.00' }, base.lines[1]!] };
  const rebased = rebaseOrderValues(ORDER_FIELDS, base, theirs, pricier, sameOrderValue);
  expect(rebased.values.currency).toBe('USD');
  expect(rebased.values.lines[0]!.unitPrice).toBe('50.00');
  expect(rebased.clashes).toEqual(['currency']);

  // Lines left alone take their currency with their own prices, and nothing clashes.
  const notesOnly = { ...base, notes: 'Call first' };
  const taken = rebaseOrderValues(ORDER_FIELDS, base, theirs, notesOnly, sameOrderValue);
  expect(taken.values.currency).toBe('EUR');
  expect(taken.clashes).toEqual([]);
});
