import { expect, test } from 'vitest';
import { amountInputText, formatAmount, minorDigits, parseAmount } from '../../../renderer/deals/money';

test('what the user types becomes exact integer minor units in the currency', () => {
  expect(parseAmount('12,500.50', 'CNY')).toBe(1_250_050);
  expect(parseAmount(' 12 500 ', 'USD')).toBe(1_250_000);
  expect(parseAmount('0.1', 'USD')).toBe(10);
  expect(parseAmount('.5', 'EUR')).toBe(50);
  expect(parseAmount('19.99', 'USD')).toBe(1999); // 19.99 * 100 is 1998.9999… in floating point
  expect(parseAmount('1.005', 'KWD')).toBe(1005);
  expect(parseAmount('300', 'JPY')).toBe(300);
  expect(parseAmount('90071992547409.91', 'USD')).toBe(9_007_199_254_740_991);
});

test('what is no amount in the currency is refused rather than rounded', () => {
  for (const [text, currency] of [
    ['', 'USD'],
    ['.', 'USD'],
    ['12.345', 'USD'],
    ['300.5', 'JPY'],
    ['-5', 'USD'],
    ['1e3', 'USD'],
    ['12.5.1', 'USD'],
    ['90071992547409.92', 'USD'],
    ['¥100', 'CNY'],
  ]) {
    expect(parseAmount(text!, currency!), `${text} ${currency}`).toBeNull();
  }
});

test('minor digits come from the currency', () => {
  expect([minorDigits('CNY'), minorDigits('JPY'), minorDigits('KWD')]).toEqual([2, 0, 3]);
});

test('amounts read back for editing and formatted for the language', () => {
  expect(amountInputText(1_250_050, 'CNY')).toBe('12500.50');
  expect(amountInputText(5, 'USD')).toBe('0.05');
  expect(amountInputText(300, 'JPY')).toBe('300');
  expect(formatAmount(1_250_050, 'USD', 'en')).toBe('$12,500.50');
  expect(formatAmount(300, 'JPY', 'en')).toBe('¥300');
  expect(formatAmount(1_250_050, 'CNY', 'zh-CN')).toBe('¥12,500.50');
});
