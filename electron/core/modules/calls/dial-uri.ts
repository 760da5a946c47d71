import { digitsOf } from '../../../../shared/contacts/phone';

/**
 * The `tel:` URI the desktop hands to the phone app: digits only, with `+` when the number is
 * international (`+…` or `00…`, the `00` dropped): `+86 138-0013 8000` → `tel:+8613800138000`.
 */
export function dialUri(number: string): string {
  const text = number.trim();
  const digits = digitsOf(text);
  if (text.startsWith('+')) return `tel:+${digits}`;
  if (text.startsWith('00')) return `tel:+${digits.slice(2)}`;
  return `tel:${digits}`;
}
