import { isAppUrl } from './app-origin';

/** Web permissions the CRM uses; every other permission is refused. */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

/**
 * Whether a permission asked for by a page (a request or a silent check) is granted:
 * only a permission the CRM uses, and only to our own origin.
 */
export function isPermissionGranted(permission: string, requestingUrl: string | null | undefined): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
