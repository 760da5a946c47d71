import { expect, test } from 'vitest';
import { parseCorrection, parseCount, signed } from '../../../renderer/inventory/stock/quantities';
import { STOCK_MAX } from '../../../shared/inventory/stock';

test('a correction is a signed whole number other than 0, within the stock limit', () => {
  expect(['5', ' +5 ', '-2', '−2'].map(parseCorrection)).toEqual([5, 5, -2, -2]);
  expect(['0', '', '1.5', 'five', '--2', String(STOCK_MAX + 1)].map(parseCorrection)).toEqual([
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
});

test('a count is empty (not counted) or a whole number from 0; anything else is invalid', () => {
  expect(['', '  ', '0', ' 12 ', String(STOCK_MAX)].map(parseCount)).toEqual([null, null, 0, 12, STOCK_MAX]);
  expect(['-1', '+3', '1.5', 'x', String(STOCK_MAX + 1)].map(parseCount)).toEqual(Array(5).fill('invalid'));
});

test('a movement shows its sign, with a true minus', () => {
  const format = new Intl.NumberFormat('en');
  expect([signed(5, format), signed(-2, format), signed(-1200, format)]).toEqual(['+5', '−2', '−1,200']);
});
