/**
 * The remote-help tools the product launches, and what each accepts as the other side's id.
 * An id is checked as typed, never repaired: whatever reaches a URI or an argument list has
 * passed one of these patterns, so it holds ASCII letters, digits and at most `.`, `_`, `-`,
 * `@` or a port's `:`, never first a `-` that a tool would read as an option.
 */

export const REMOTE_TOOLS = ['rustdesk', 'anydesk', 'teamviewer', 'vnc', 'custom'] as const;
export type RemoteTool = (typeof REMOTE_TOOLS)[number];

export const isRemoteTool = (value: string): value is RemoteTool =>
  (REMOTE_TOOLS as readonly string[]).includes(value);

/** Why an id was refused; the renderer translates each. */
export type RemoteIdProblem = 'empty' | 'tooLong' | 'notAscii' | 'format';

export type RemoteIdCheck = { ok: true; id: string } | { ok: false; problem: RemoteIdProblem };

export const MAX_REMOTE_ID = 255;

/** Numeric ids are read out over the phone in groups: `123 456 789` is `123456789`. */
const numericId = (digits: { min: number; max: number }) => (id: string) => {
  const compact = id.replace(/ /g, '');
  return new RegExp(`^\\d{${digits.min},${digits.max}}$`).test(compact) ? compact : null;
};

const matching = (pattern: RegExp) => (id: string) => (pattern.test(id) ? id : null);

/** One DNS label: letters, digits and inner hyphens. */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST_NAME = `${LABEL}(?:\\.${LABEL})*`;
const IPV4 = '(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV6 = '\\[[0-9A-Fa-f:.]{2,45}\\]';
const VNC_ADDRESS = new RegExp(`^(?:${IPV4}|${IPV6}|${HOST_NAME})(?::(\\d{1,5}))?$`);

function vncAddress(id: string): string | null {
  const match = VNC_ADDRESS.exec(id);
  if (!match) return null;
  const port = match[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65_535)) return null;
  return id;
}

const CANONICAL: Record<RemoteTool, (id: string) => string | null> = {
  // RustDesk: a numeric id, or a custom id of letters, digits and `_` starting with a letter.
  rustdesk: (id) => numericId({ min: 6, max: 12 })(id) ?? matching(/^[A-Za-z][A-Za-z0-9_]{5,15}$/)(id),
  // AnyDesk: a numeric id, or an alias such as `front-desk@ad`.
  anydesk: (id) =>
    numericId({ min: 6, max: 12 })(id) ?? matching(/^[a-z0-9](?:[a-z0-9._-]{0,48}[a-z0-9])?@ad$/)(id),
  teamviewer: numericId({ min: 7, max: 12 }),
  vnc: vncAddress,
  // A company's own tool: a conservative id alphabet, first character a letter or digit.
  custom: matching(/^[A-Za-z0-9][A-Za-z0-9._@:-]{0,63}$/),
};

/** The id as the tool gets it (numeric ids without their spaces), or why it is refused. */
export function checkRemoteId(tool: RemoteTool, typed: string): RemoteIdCheck {
  const id = typed.trim();
  if (id === '') return { ok: false, problem: 'empty' };
  if (id.length > MAX_REMOTE_ID) return { ok: false, problem: 'tooLong' };
  // Printable ASCII only: no control characters, no NUL, no look-alike letters or digits.
  if (!/^[\x20-\x7e]+$/.test(id)) return { ok: false, problem: 'notAscii' };
  const canonical = CANONICAL[tool](id);
  return canonical === null ? { ok: false, problem: 'format' } : { ok: true, id: canonical };
}
