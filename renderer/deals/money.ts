import { formatMoney } from '../plan/money';

/** How many minor digits a currency has: 2 for CNY and USD, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** An amount of integer minor units as the language writes money: `¥12,500.00`, `￥300`. */
export function formatAmount(amount: number, currency: string, language: string): string {
  return formatMoney(amount, { currency, minorUnitDigits: minorDigits(currency) }, language);
}

/** The amount as a user types it, for editing: `12500.5` → `12500.50`, no grouping. */
export function amountInputText(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(amount);
  const minor = String(amount).padStart(digits + 1, '0');
  return `${minor.slice(0, -digits)}.${minor.slice(-digits)}`;
}

/**
 * What the user typed (`12,500.50`, `12 500`, `300`) in integer minor units, or null when it is
 * no amount in this currency: more decimals than the currency has, a sign, letters. Built from
 * the digits as text, so `0.1 + 0.2` never happens.
 */
export function parseAmount(text: string, currency: string): number | null {
  const compact = text.trim().replace(/[\s,\u00a0\u202f]/g, '');
  const match = /^(\d*)(?:\.(\d*))?$/.exec(compact);
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const digits = minorDigits(currency);
  if (fraction.length > digits) return null;
  const minor = Number(`${whole}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** The currencies this runtime knows, for the currency picker. */
export function knownCurrencies(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return ['CNY', 'EUR', 'GBP', 'HKD', 'JPY', 'USD'];
  }
}

/** A new deal's currency: the one most deals already use, else the language's own. */
export function defaultCurrency(used: readonly string[], language: string): string {
  if (used.length > 0) return used[0]!;
  return language.startsWith('zh') ? 'CNY' : 'USD';
}
