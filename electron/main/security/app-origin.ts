/**
 * The renderer's own origin. It is served from a privileged custom scheme rather than file://,
 * so that it has a real origin to check IPC senders, navigations and permissions against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'crm';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/** Parses a URL, or null when it is not one. */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * True for a URL (or an origin string such as Chromium's `app://crm`) of our own origin.
 * Compared field by field: Node gives non-special schemes an opaque origin, and a prefix
 * test would accept `app://crm.evil/` or `app://crm@evil/`.
 */
export function isAppUrl(text: string | null | undefined): boolean {
  if (!text) return false;
  const url = parseUrl(text);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
