/** Line folding and value escaping of vCard 3.0 and 4.0 (RFC 2426, RFC 6350). */

export const VCARD_LINE_END = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Physical lines joined into logical ones: a line that starts with a space or tab continues the last. */
export function* unfoldedLines(text: string): Generator<{ line: string; end: number }> {
  const pattern = /\r\n|\n|\r/g;
  let start = 0;
  let current: string | null = null;
  let currentEnd = 0;
  for (;;) {
    const match = pattern.exec(text);
    const stop = match ? match.index : text.length;
    const physical = text.slice(start, stop);
    const next = match ? match.index + match[0].length : text.length;
    if (current !== null && (physical.startsWith(' ') || physical.startsWith('\t'))) {
      current += physical.slice(1);
    } else {
      if (current !== null) yield { line: current, end: currentEnd };
      current = physical;
    }
    currentEnd = next;
    start = next;
    if (!match) break;
  }
  if (current !== null && current !== '') yield { line: current, end: currentEnd };
}

function octetsOf(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** A content line folded so that no line exceeds 75 octets, never inside a character. */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = octetsOf(char);
    if (octets + size > MAX_LINE_OCTETS) {
      out += `${VCARD_LINE_END} `;
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out + VCARD_LINE_END;
}

export const escapeValue = (value: string): string =>
  value.replace(/[\\,;]/g, '\\$&').replace(/\r\n|\n|\r/g, '\\n');

export const unescapeValue = (value: string): string =>
  value.replace(/\\(.)/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

/** Parts of a structured or listed value, split on `separator` where it is not escaped; still escaped. */
export function splitEscaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) {
      part += char + value[i + 1]!;
      i++;
    } else if (char === separator) {
      parts.push(part);
      part = '';
    } else {
      part += char;
    }
  }
  parts.push(part);
  return parts;
}
