/**
 * Phone numbers are found by their digits, whatever the format they were typed in:
 * `138-0013 8000`, `+86 13800138000` and `(138) 0013` all reach the same number.
 * A number is indexed under two keys: its national digits (`p` + digits, international prefix,
 * country code and trunk zeros dropped), matched by prefix, and its reversed digits (`s` + digits),
 * matched by prefix too, which finds a number by its last digits. A fragment from the middle
 * of a number is not a match. Keys are single tokens of the full-text phone index: letters
 * and digits only.
 */

// prettier-ignore
const TWO_DIGIT_COUNTRY_CODES = new Set([
  '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47',
  '48', '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65',
  '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98',
]);

export const MIN_PHONE_QUERY_DIGITS = 3;
/** Without a `+`, this many digits or more can only be a number with its country code. */
const DIGITS_WITH_COUNTRY_CODE = 12;

// Full-width digits and signs (common in Chinese input) count like ASCII ones.
const needsNormalizing = (text: string) => /[^\x20-\x7e]/.test(text);
const ascii = (text: string) => (needsNormalizing(text) ? text.normalize('NFKC') : text);

export function digitsOf(text: string): string {
  return ascii(text).replace(/\D+/g, '');
}

export function hasPhoneDigits(text: string): boolean {
  return digitsOf(text).length >= MIN_PHONE_QUERY_DIGITS;
}

/** A query is a phone lookup when it holds digits and nothing but phone punctuation. */
export function isPhoneQuery(query: string): boolean {
  const text = ascii(query).trim();
  return /^[+\d\s().\-/]+$/.test(text) && digitsOf(text).length >= MIN_PHONE_QUERY_DIGITS;
}

function countryCodeLength(digits: string): number {
  if (digits.startsWith('1') || digits.startsWith('7')) return 1;
  return TWO_DIGIT_COUNTRY_CODES.has(digits.slice(0, 2)) ? 2 : 3;
}

/** The number as dialled inside its country: no `+`/`00`, no country code, no trunk zeros. */
function nationalDigits(text: string, digits: string): string {
  let national = digits;
  if (text.trimStart().startsWith('+')) national = digits.slice(countryCodeLength(digits));
  else if (digits.startsWith('00')) national = digits.slice(2 + countryCodeLength(digits.slice(2)));
  else if (digits.length >= DIGITS_WITH_COUNTRY_CODE) national = digits.slice(countryCodeLength(digits));
  return national.replace(/^0+/, '');
}

function reverse(text: string): string {
  let reversed = '';
  for (let i = text.length - 1; i >= 0; i--) reversed += text[i];
  return reversed;
}

/** Whether two numbers reach the same line: `+86 138-0013 8000` and `138 0013 8000` do. */
export function sameNumber(a: string, b: string): boolean {
  const national = (number: string) => {
    const text = ascii(number);
    return nationalDigits(text, text.replace(/\D+/g, ''));
  };
  const digits = national(a);
  return digits.length > 0 && digits === national(b);
}

/** Index keys of one stored number: the `p` key matches by prefix, the `s` key by suffix. */
export function phoneIndexKeys(number: string): string[] {
  const text = ascii(number);
  const digits = text.replace(/\D+/g, '');
  if (digits.length === 0) return [];
  const national = nationalDigits(text, digits);
  return national.length > 0 ? [`p${national}`, `s${reverse(digits)}`] : [`s${reverse(digits)}`];
}

/** Index keys of a contact's numbers, each once. */
export function phoneKeysOf(numbers: readonly string[]): string[] {
  const keys: string[] = [];
  for (const number of numbers) {
    for (const key of phoneIndexKeys(number)) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Key prefixes to look up for a typed fragment; a stored key starting with one is a match. */
export function phoneQueryKeys(query: string): string[] {
  const text = ascii(query);
  const digits = text.replace(/\D+/g, '');
  if (digits.length < MIN_PHONE_QUERY_DIGITS) return [];
  const national = nationalDigits(text, digits);
  const keys = [`s${reverse(digits)}`];
  if (national.length >= MIN_PHONE_QUERY_DIGITS) keys.unshift(`p${national}`);
  return keys;
}
