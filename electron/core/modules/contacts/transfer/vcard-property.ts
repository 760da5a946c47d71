/** One content line of a vCard: `group.NAME;PARAM=a,b:value`. */
export interface VcardProperty {
  name: string;
  /** Parameter names upper-cased; a bare 2.1-style parameter (`CELL`) is a TYPE. */
  params: Map<string, string[]>;
  value: string;
}

/** Splits `name;param=a,b;param2:value` at the first colon outside double quotes. */
export function parseContentLine(line: string): VcardProperty | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon === -1) return null;
  const [head = '', ...rawParams] = line.slice(0, colon).split(';');
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const equals = raw.indexOf('=');
    const key = equals === -1 ? 'TYPE' : raw.slice(0, equals).trim().toUpperCase();
    const values = (equals === -1 ? raw : raw.slice(equals + 1))
      .split(',')
      .map((v) => v.replace(/^"|"$/g, ''));
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  const name = head
    .slice(head.lastIndexOf('.') + 1)
    .trim()
    .toUpperCase();
  return { name, params, value: line.slice(colon + 1) };
}

export const isQuotedPrintable = (property: VcardProperty): boolean =>
  [...(property.params.get('ENCODING') ?? []), ...(property.params.get('TYPE') ?? [])].some(
    (value) => value.toUpperCase() === 'QUOTED-PRINTABLE',
  );
