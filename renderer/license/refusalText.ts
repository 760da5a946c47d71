import { isLicenseRefusalCode, type LicenseRefusalCode } from '../../shared/errors';
import { isCallError } from '../bridge/CallError';
import { errorMessage, type Translatable } from '../i18n/errorMessages';
import type { Explanation } from '../i18n/explanation';
import { formatCalendarDay, formatDateTime } from '../i18n/formatDate';

type Details = Record<string, unknown> | undefined;

const text = (details: Details, key: string): string | null =>
  typeof details?.[key] === 'string' ? details[key] : null;
const number = (details: Details, key: string): number | null =>
  typeof details?.[key] === 'number' ? details[key] : null;

/** Why a key was malformed, grouped by what the user can do about it. */
function malformedKind(details: Details): 'tooLong' | 'shape' | 'fields' | 'damaged' {
  switch (details?.reason) {
    case 'too-long':
      return 'tooLong';
    case 'shape':
      return 'shape';
    case 'fields':
      return 'fields';
    default:
      return 'damaged';
  }
}

/**
 * The sentence that explains a refusal, with the dates it names when the server sent them,
 * else the code's general message.
 */
function explanation(code: LicenseRefusalCode, details: Details, language: string): Translatable {
  const day = (key: string) => {
    const value = text(details, key);
    return value === null ? null : formatCalendarDay(value, language);
  };
  const fallback: Translatable = (t) => t(`errors.codes.${code}`);
  switch (code) {
    case 'LICENSE_MALFORMED': {
      const kind = malformedKind(details);
      return (t) => t(`license.refusals.LICENSE_MALFORMED.explanation.${kind}`);
    }
    case 'LICENSE_ISSUED_IN_FUTURE': {
      const issuedAt = day('issuedAt');
      const today = day('today');
      if (issuedAt === null || today === null) return fallback;
      return (t) => t('license.refusals.LICENSE_ISSUED_IN_FUTURE.explanation', { issuedAt, today });
    }
    case 'LICENSE_EXPIRED': {
      const expiresAt = day('expiresAt');
      if (expiresAt === null) return fallback;
      return (t) => t('license.refusals.LICENSE_EXPIRED.explanation', { expiresAt });
    }
    case 'LICENSE_REVOKED': {
      const licenseId = text(details, 'licenseId');
      if (licenseId === null) return fallback;
      return (t) => t('license.refusals.LICENSE_REVOKED.explanation', { licenseId });
    }
    case 'LICENSE_UPDATES_ENDED': {
      const updatesUntil = day('updatesUntil');
      const releaseDate = day('releaseDate');
      if (updatesUntil === null || releaseDate === null) return fallback;
      return (t) => t('license.refusals.LICENSE_UPDATES_ENDED.explanation', { updatesUntil, releaseDate });
    }
    case 'CLOCK_ROLLBACK': {
      const now = number(details, 'now');
      const lastSeen = number(details, 'lastSeen');
      if (now === null || lastSeen === null) return fallback;
      return (t) =>
        t('license.refusals.CLOCK_ROLLBACK.explanation', {
          now: formatDateTime(now, language),
          lastSeen: formatDateTime(lastSeen, language),
        });
    }
    case 'LICENSE_SIGNATURE':
    case 'LICENSE_UNKNOWN_KEY':
      return (t) => t(`license.refusals.${code}.explanation`);
  }
}

function remedy(code: LicenseRefusalCode, details: Details, language: string): Translatable {
  if (code === 'LICENSE_MALFORMED' && malformedKind(details) === 'fields') {
    return (t) => t('license.refusals.LICENSE_MALFORMED.remedyUpdate');
  }
  if (code === 'LICENSE_UPDATES_ENDED') {
    const updatesUntil = text(details, 'updatesUntil');
    if (updatesUntil !== null) {
      const day = formatCalendarDay(updatesUntil, language);
      return (t) => t('license.refusals.LICENSE_UPDATES_ENDED.remedy', { updatesUntil: day });
    }
    return (t) => t('license.refusals.LICENSE_UPDATES_ENDED.remedyGeneral');
  }
  return (t) => t(`license.refusals.${code}.remedy`);
}

/** A refused key (pasted, imported, or the stored one) explained. */
export function licenseRefusalText(
  code: LicenseRefusalCode,
  details: Details,
  language: string,
): Explanation {
  return {
    title: (t) => t(`license.refusals.${code}.title`),
    explanation: explanation(code, details, language),
    remedy: remedy(code, details, language),
  };
}

/** Why an activation failed: a refused key, a key with too few seats, or anything else. */
export function activationErrorText(error: unknown, language: string): Explanation {
  if (isCallError(error) && isLicenseRefusalCode(error.code)) {
    return licenseRefusalText(error.code, error.details, language);
  }
  if (isCallError(error) && error.code === 'SEATS_EXCEEDED') {
    const seats = number(error.details, 'seats');
    const active = number(error.details, 'active');
    return {
      title: (t) => t('license.activation.tooFewSeats.title'),
      explanation:
        seats === null || active === null
          ? (t) => t('errors.codes.SEATS_EXCEEDED')
          : (t) => t('license.activation.tooFewSeats.explanation', { seats, active }),
      remedy: (t) => t('license.activation.tooFewSeats.remedy'),
    };
  }
  return {
    title: (t) => t('license.activation.failed'),
    explanation: errorMessage(error),
    remedy: (t) => t('license.activation.tryAgain'),
  };
}
