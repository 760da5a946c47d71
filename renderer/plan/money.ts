/** An amount in integer minor units (fen, cents) of a currency. */
export interface MoneyUnit {
  currency: string;
  minorUnitDigits: number;
}

/**
 * `¥1,234.50` / `CN¥1,234.50`: the amount as the language writes money. The decimal is built as
 * text from the integer, so no binary fraction ever rounds a price.
 */
export function formatMoney(amount: number, unit: MoneyUnit, language: string): string {
  const digits = unit.minorUnitDigits;
  const sign = amount < 0 ? '-' : '';
  const minor = String(Math.abs(amount)).padStart(digits + 1, '0');
  const whole = minor.slice(0, minor.length - digits);
  const decimal = digits > 0 ? `${sign}${whole}.${minor.slice(-digits)}` : `${sign}${whole}`;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: unit.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimal as `${number}`);
}
