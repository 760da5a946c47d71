/** Why a licence key is refused; each has its own translated explanation. */
export const LICENSE_REFUSAL_CODES = [
  'LICENSE_MALFORMED',
  'LICENSE_SIGNATURE',
  'LICENSE_UNKNOWN_KEY',
  'LICENSE_ISSUED_IN_FUTURE',
  'LICENSE_EXPIRED',
  'LICENSE_REVOKED',
  'LICENSE_UPDATES_ENDED',
  'CLOCK_ROLLBACK',
] as const;

/** Error codes every transport carries unchanged; the UI translates them (renderer/i18n). */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'MODULE_LOCKED',
  'SEATS_EXCEEDED',
  'LAST_OWNER',
  ...LICENSE_REFUSAL_CODES,
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'SETUP_DONE',
  'DATABASE_TOO_NEW',
  'STAGE_HAS_DEALS',
  'CATEGORY_HAS_ARTICLES',
  'SCHEDULE_CLASH',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface CrmErrorShape {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** Thrown by handlers and core; dispatch turns it into `{ error }` for the caller. */
export class CrmError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'CrmError';
    this.code = code;
    this.details = details;
  }

  toShape(): CrmErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  MODULE_LOCKED: 403,
  SEATS_EXCEEDED: 403,
  LAST_OWNER: 409,
  // A key that cannot be read is bad input; a readable key refused for what it is or says is 422.
  LICENSE_MALFORMED: 400,
  LICENSE_SIGNATURE: 422,
  LICENSE_UNKNOWN_KEY: 422,
  LICENSE_ISSUED_IN_FUTURE: 422,
  LICENSE_EXPIRED: 422,
  LICENSE_REVOKED: 422,
  LICENSE_UPDATES_ENDED: 422,
  CLOCK_ROLLBACK: 403,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SETUP_DONE: 409,
  DATABASE_TOO_NEW: 500,
  STAGE_HAS_DEALS: 409,
  CATEGORY_HAS_ARTICLES: 409,
  SCHEDULE_CLASH: 409,
  INTERNAL: 500,
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export type LicenseRefusalCode = (typeof LICENSE_REFUSAL_CODES)[number];

export function isLicenseRefusalCode(value: unknown): value is LicenseRefusalCode {
  return typeof value === 'string' && (LICENSE_REFUSAL_CODES as readonly string[]).includes(value);
}
