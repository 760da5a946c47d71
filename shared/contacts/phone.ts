/**
 * Phone numbers are found by their digits, whatever the format they were typed in:
 * `138-0013 8000`, `+86 13800138000` and `(138) 0013` all reach the same number.
 * A number is indexed under its digits, its national form (country code and trunk `0`
 * dropped) and its reversed digits, so that a fragment matches the start of the number
 * with or without its country code, or its last digits.
 */

const TWO_DIGIT_COUNTRY_CODES = new Set([
  '20',
  '27',
  '30',
  '31',
  '32',
  '33',
  '34',
  '36',
  '39',
  '40',
  '41',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '81',
  '82',
  '84',
  '86',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '98',
]);

export const MIN_PHONE_QUERY_DIGITS = 3;

export function digitsOf(text: string): string {
  return text.normalize('NFKC').replace(/\D+/g, '');
}

export function hasPhoneDigits(text: string): boolean {
  return digitsOf(text).length >= MIN_PHONE_QUERY_DIGITS;
}

/** A query is a phone lookup when it holds digits and nothing but phone punctuation. */
export function isPhoneQuery(query: string): boolean {
  const text = query.normalize('NFKC').trim();
  return /^[+\d\s().\-/]+$/.test(text) && hasPhoneDigits(text);
}

function countryCodeLength(digits: string): number {
  if (digits.startsWith('1') || digits.startsWith('7')) return 1;
  return TWO_DIGIT_COUNTRY_CODES.has(digits.slice(0, 2)) ? 2 : 3;
}

/** Digits with an international prefix (`+` or `00`) removed, or null when there is none. */
function internationalDigits(text: string): string | null {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed.startsWith('+')) return digitsOf(trimmed);
  const digits = digitsOf(trimmed);
  return digits.startsWith('00') ? digits.slice(2) : null;
}

function nationalForms(text: string): string[] {
  const digits = digitsOf(text);
  const forms = [digits];
  const international = internationalDigits(text);
  if (international !== null && international.length > 4) {
    forms.push(international, international.slice(countryCodeLength(international)));
  }
  if (digits.startsWith('0')) forms.push(digits.replace(/^0+/, ''));
  return forms;
}

const reverse = (text: string) => [...text].reverse().join('');

/** Index keys of one stored number: `p:` keys match by prefix, the `s:` key by suffix. */
export function phoneIndexKeys(number: string): string[] {
  const digits = digitsOf(number);
  if (digits.length === 0) return [];
  const prefixes = nationalForms(number).filter((form) => form.length > 0);
  return [...new Set(prefixes.map((form) => `p:${form}`)), `s:${reverse(digits)}`];
}

/** Key prefixes to look up for a typed fragment; a stored key starting with one is a match. */
export function phoneQueryKeys(query: string): string[] {
  const digits = digitsOf(query);
  if (digits.length < MIN_PHONE_QUERY_DIGITS) return [];
  const forms = nationalForms(query);
  if (internationalDigits(query) === null && digits.length >= 12) {
    forms.push(digits.slice(countryCodeLength(digits)));
  }
  const prefixes = forms.filter((form) => form.length >= MIN_PHONE_QUERY_DIGITS);
  return [...new Set([...prefixes.map((form) => `p:${form}`), `s:${reverse(digits)}`])];
}
