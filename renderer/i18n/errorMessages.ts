import type { TFunction } from 'i18next';
import { isCallError, type ClientErrorCode } from '../bridge/CallError';

/** A message translated when shown, so it follows a language switch. */
export type Translatable = (t: TFunction) => string;

/** Screen-specific wording for some codes, e.g. UNAUTHENTICATED on the sign-in screen. */
export type ErrorMessageOverrides = Partial<Record<ClientErrorCode, Translatable>>;

function retryMinutes(details: Record<string, unknown> | undefined): number {
  const seconds = details?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

/** The translated message for whatever a call threw; never the server's English text. */
export function errorMessage(error: unknown, overrides: ErrorMessageOverrides = {}): Translatable {
  if (!isCallError(error)) return (t) => t('errors.codes.INTERNAL');
  const override = overrides[error.code];
  if (override) return override;
  if (error.code === 'RATE_LIMITED') {
    const minutes = retryMinutes(error.details);
    return (t) => t('errors.codes.RATE_LIMITED', { minutes });
  }
  const code = error.code;
  return (t) => t(`errors.codes.${code}`);
}
