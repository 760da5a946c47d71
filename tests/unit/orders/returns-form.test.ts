import { expect, test } from 'vitest';
import type { SalesOrder } from '../../../shared/orders/contract';
import {
  emptyReturnValues,
  returnInputOf,
  validateReturnForm,
} from '../../../renderer/orders/returnFormValues';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as never;

/** Toner: 5 sold, 2 back already; drum: 1 sold, all back. */
const order = {
  id: 7,
  version: 4,
  lines: [
    { id: 11, quantity: 5, returnedQuantity: 2 },
    { id: 12, quantity: 1, returnedQuantity: 1 },
  ],
} as SalesOrder;

const messages = (quantities: string[], reason: string) =>
  Object.fromEntries(
    Object.entries(validateReturnForm(order, { quantities, reason })).map(([field, text]) => [
      field,
      text(t),
    ]),
  );

test('the return form wants a quantity up to what each line has left, at least one, and a reason', () => {
  expect(emptyReturnValues(order)).toEqual({ quantities: ['', ''], reason: '' });
  expect(messages(['', '0'], ' ')).toEqual({
    lines: 'orders.returns.errors.nothing',
    reason: 'validation.required',
  });
  expect(messages(['4', ''], 'Leaked')).toEqual({
    'lines.0.quantity': 'orders.returns.errors.tooMany {"count":3}',
  });
  expect(messages(['1.5', ''], 'Leaked')).toEqual({ 'lines.0.quantity': 'inventory.errors.quantity' });
  expect(messages(['3', ''], 'x'.repeat(501))).toEqual({ reason: 'validation.tooLong {"limit":500}' });
  expect(messages([' 3 ', ''], 'Leaked')).toEqual({});
});

test('the return sends only the lines with a quantity, at the order version shown', () => {
  expect(returnInputOf(order, { quantities: [' 3 ', ''], reason: ' Leaked ' })).toEqual({
    orderId: 7,
    version: 4,
    lines: [{ lineId: 11, quantity: 3 }],
    reason: 'Leaked',
  });
});
