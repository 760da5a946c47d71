/**
 * The day this build was released (YYYY-MM-DD, UTC), compiled in. A release bumps it: licences
 * whose updates ended before this day do not run this build (their owners keep an older one).
 */
export const RELEASE_DATE = '2026-11-26';
