/** Licence ids the vendor has revoked (refunded, leaked, replaced); a release adds to the list. */
export const REVOKED_LICENSE_IDS: ReadonlySet<string> = new Set<string>([]);
