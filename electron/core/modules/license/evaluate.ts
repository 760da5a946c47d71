import { CrmError, isLicenseRefusalCode } from '../../../../shared/errors';
import type { LicenseRefusal } from '../../../../shared/license/contract';
import { dayOf, endOfDay, startOfDay, type CalendarDate } from '../../../../shared/license/dates';
import type { LicensePayload } from '../../../../shared/license/payload';
import type { Keyring } from './keyring';
import { verifyLicenseText, type VerifiedLicense } from './verify';

/** A clock this far behind the last time seen has been set back, not merely drifted. */
export const CLOCK_TOLERANCE_MS = 60 * 60 * 1000;

export interface EvaluationContext {
  now: number;
  /** The build's release day (shared/release.ts). */
  releaseDate: CalendarDate;
  /** The latest time the app has seen on this company's clock, if any. */
  lastSeen: number | null;
  revoked: ReadonlySet<string>;
  keyring: Keyring;
}

export type LicenseEvaluation =
  | { ok: true; payload: LicensePayload; text: string }
  /** `payload` is there when the signature checked and the key was refused for what it says. */
  | { ok: false; refusal: LicenseRefusal; payload: LicensePayload | null };

function refusalOf(error: CrmError): LicenseRefusal {
  if (!isLicenseRefusalCode(error.code)) throw error;
  return error.details === undefined
    ? { code: error.code, message: error.message }
    : { code: error.code, message: error.message, details: error.details };
}

/** Whether `now` is more than the tolerance behind the last time seen; null when it is fine. */
export function clockRollback(now: number, lastSeen: number | null): LicenseRefusal | null {
  if (lastSeen === null || now >= lastSeen - CLOCK_TOLERANCE_MS) return null;
  return {
    code: 'CLOCK_ROLLBACK',
    message: `This computer's clock says ${new Date(now).toISOString()}, but the app was already in use at ${new Date(lastSeen).toISOString()}. Set the correct date and time.`,
    details: { now, lastSeen },
  };
}

/** Refusals that depend on what a verified key says and on today's date; null when it is valid. */
function judge(payload: LicensePayload, context: EvaluationContext): LicenseRefusal | null {
  const { now, releaseDate } = context;
  if (context.revoked.has(payload.licenseId)) {
    return {
      code: 'LICENSE_REVOKED',
      message: `Licence ${payload.licenseId} has been revoked by the vendor.`,
      details: { licenseId: payload.licenseId },
    };
  }
  const rollback = clockRollback(now, context.lastSeen);
  if (rollback) return rollback;
  if (now < startOfDay(payload.issuedAt)) {
    return {
      code: 'LICENSE_ISSUED_IN_FUTURE',
      message: `This licence key was issued on ${payload.issuedAt}, but this computer's date is ${dayOf(now)}. Check the date and time.`,
      details: { issuedAt: payload.issuedAt, today: dayOf(now) },
    };
  }
  if (payload.expiresAt !== undefined && now >= endOfDay(payload.expiresAt)) {
    return {
      code: 'LICENSE_EXPIRED',
      message: `This licence expired on ${payload.expiresAt}.`,
      details: { expiresAt: payload.expiresAt },
    };
  }
  if (releaseDate > payload.updatesUntil) {
    return {
      code: 'LICENSE_UPDATES_ENDED',
      message: `The updates included with this licence ended on ${payload.updatesUntil}, and this version was released on ${releaseDate}. Versions released up to ${payload.updatesUntil} keep working with this key; renew the upgrade plan to use this one.`,
      details: { updatesUntil: payload.updatesUntil, releaseDate },
    };
  }
  return null;
}

/**
 * Decides whether a licence key is valid now. Pure apart from the signature check; refusals
 * come back as values with their LICENSE_* or CLOCK_ROLLBACK code, never as exceptions.
 */
export function evaluateLicense(text: string, context: EvaluationContext): LicenseEvaluation {
  let verified: VerifiedLicense;
  try {
    verified = verifyLicenseText(text, context.keyring);
  } catch (error) {
    if (!(error instanceof CrmError)) throw error;
    return { ok: false, refusal: refusalOf(error), payload: null };
  }
  const refusal = judge(verified.payload, context);
  return refusal ? { ok: false, refusal, payload: verified.payload } : { ok: true, ...verified };
}
