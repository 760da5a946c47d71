import { describe, expect, test } from 'vitest';
import defaultList from '../../../shared/license/price-list.json';
import {
  formatMoney,
  priceList,
  quote,
  quoteOrder,
  type PriceList,
} from '../../../shared/license/price-list';

const list: PriceList = {
  currency: 'CNY',
  minorUnitDigits: 2,
  editionPerSeat: { standard: 100_00, aftersales: 200_00, erp: 300_00, callcenter: 250_00 },
  addOn: { orders: 1000_00, knowledge: 500_00, installation: 700_00 },
  supportPerSeatYear: 30_00,
  updatesPerSeatYear: 20_00,
};

describe('quote', () => {
  test('prices seats by edition, add-ons, support and upgrade plans, and the total', () => {
    const result = quote(list, {
      edition: 'erp',
      seats: 5,
      addOns: ['orders', 'installation'],
      supportYears: 2,
      updateYears: 1,
    });
    expect(result.lines).toEqual([
      { item: 'edition', edition: 'erp', seats: 5, unitPrice: 300_00, amount: 1500_00 },
      { item: 'addOn', addOn: 'orders', unitPrice: 1000_00, amount: 1000_00 },
      { item: 'addOn', addOn: 'installation', unitPrice: 700_00, amount: 700_00 },
      { item: 'support', seats: 5, years: 2, unitPrice: 30_00, amount: 300_00 },
      { item: 'updates', seats: 5, years: 1, unitPrice: 20_00, amount: 100_00 },
    ]);
    expect(result.total).toBe(3600_00);
    expect(result.currency).toBe('CNY');
  });

  test('a plan of zero years is left out', () => {
    const result = quote(list, {
      edition: 'standard',
      seats: 1,
      addOns: [],
      supportYears: 0,
      updateYears: 0,
    });
    expect(result.lines.map((line) => line.item)).toEqual(['edition']);
    expect(result.total).toBe(100_00);
  });

  test('the largest order stays an exact integer', () => {
    const dear = { ...list, editionPerSeat: { ...list.editionPerSeat, erp: 1_000_000_000 } };
    const order = quoteOrder.parse({
      edition: 'erp',
      seats: 100_000,
      addOns: [],
      supportYears: 10,
      updateYears: 10,
    });
    expect(Number.isSafeInteger(quote(dear, order).total)).toBe(true);
  });

  test('money is shown in major units with the currency', () => {
    expect(formatMoney(1234567_89, list)).toBe('1,234,567.89 CNY');
    expect(formatMoney(5, list)).toBe('0.05 CNY');
    expect(formatMoney(1200, { currency: 'JPY', minorUnitDigits: 0 })).toBe('1,200 JPY');
  });
});

describe('the price list file', () => {
  test('is valid', () => {
    expect(priceList.safeParse(defaultList).success).toBe(true);
  });

  test('refuses fractions, negative prices and missing editions', () => {
    expect(priceList.safeParse({ ...list, supportPerSeatYear: 1.5 }).success).toBe(false);
    expect(priceList.safeParse({ ...list, updatesPerSeatYear: -1 }).success).toBe(false);
    const { erp: _erp, ...threeEditions } = list.editionPerSeat;
    expect(priceList.safeParse({ ...list, editionPerSeat: threeEditions }).success).toBe(false);
    expect(priceList.safeParse({ ...list, currency: 'yuan' }).success).toBe(false);
  });

  test('an order names each add-on once and sane numbers', () => {
    const order = { edition: 'erp', seats: 2, addOns: ['orders'], supportYears: 1, updateYears: 1 };
    expect(quoteOrder.safeParse(order).success).toBe(true);
    expect(quoteOrder.safeParse({ ...order, addOns: ['orders', 'orders'] }).success).toBe(false);
    expect(quoteOrder.safeParse({ ...order, addOns: ['inventory'] }).success).toBe(false);
    expect(quoteOrder.safeParse({ ...order, seats: 0 }).success).toBe(false);
    expect(quoteOrder.safeParse({ ...order, supportYears: 11 }).success).toBe(false);
  });
});
