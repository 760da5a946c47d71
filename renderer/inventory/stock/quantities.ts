import { STOCK_MAX } from '../../../shared/inventory/stock';

/** A whole number typed with an optional sign (`-2`, `+5`, `−2`), or null. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim().replace('−', '-');
  if (!/^[+-]?\d{1,10}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** A correction: a signed whole number, not 0, within ±STOCK_MAX; else null. */
export function parseCorrection(text: string): number | null {
  const quantity = wholeNumber(text);
  return quantity !== null && quantity !== 0 && Math.abs(quantity) <= STOCK_MAX ? quantity : null;
}

/** A count as typed: empty is "not counted" (null); a whole number 0..STOCK_MAX; else 'invalid'. */
export function parseCount(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const counted = wholeNumber(text);
  return counted !== null && counted >= 0 && counted <= STOCK_MAX && !/^\s*[+-]/.test(text)
    ? counted
    : 'invalid';
}

/** A movement's quantity with its sign: +5, −2. */
export const signed = (quantity: number, format: Intl.NumberFormat) =>
  `${quantity > 0 ? '+' : '−'}${format.format(Math.abs(quantity))}`;
