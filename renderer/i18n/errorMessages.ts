import type { TFunction } from 'i18next';
import { isModuleId, moduleTextKeys } from '../../shared/catalogue';
import { isCallError, type ClientErrorCode } from '../bridge/CallError';

/** A message translated when shown, so it follows a language switch. */
export type Translatable = (t: TFunction) => string;

/** Screen-specific wording for some codes, e.g. UNAUTHENTICATED on the sign-in screen. */
export type ErrorMessageOverrides = Partial<Record<ClientErrorCode, Translatable>>;

function retryMinutes(details: Record<string, unknown> | undefined): number {
  const seconds = details?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

type Details = Record<string, unknown> | undefined;

/**
 * Why a module refused: it is not in the licence, or the trial or licence has ended (then its
 * data stays readable). The details are those of the licence gate in electron/core.
 */
function moduleLocked(details: Details): Translatable {
  if (details?.license === 'expired') {
    return details.reason === 'LICENSE_EXPIRED'
      ? (t) => t('errors.moduleLocked.licenseExpired')
      : (t) => t('errors.moduleLocked.trialEnded');
  }
  if (details?.license === 'invalid') return (t) => t('errors.moduleLocked.licenseRefused');
  const module = details?.module;
  if (typeof module === 'string' && isModuleId(module)) {
    return (t) => t('errors.moduleLocked.notLicensed', { module: t(moduleTextKeys(module).name) });
  }
  return (t) => t('errors.codes.MODULE_LOCKED');
}

function seatsExceeded(details: Details): Translatable {
  const { seats, active } = details ?? {};
  if (typeof seats !== 'number' || typeof active !== 'number') return (t) => t('errors.codes.SEATS_EXCEEDED');
  return (t) => t('errors.seatsInUse', { seats, active });
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
  if (error.code === 'MODULE_LOCKED') return moduleLocked(error.details);
  if (error.code === 'SEATS_EXCEEDED') return seatsExceeded(error.details);
  const code = error.code;
  return (t) => t(`errors.codes.${code}`);
}
