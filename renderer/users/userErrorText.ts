import { isCallError } from '../bridge/CallError';
import { errorMessage } from '../i18n/errorMessages';
import type { Explanation } from '../i18n/explanation';

/**
 * Why a change to an account was refused, with what to do: no free seat (the plan page is
 * offered beside it), the last owner, a role that may not do it, or a change made meanwhile.
 */
export function userErrorText(error: unknown): Explanation {
  const code = isCallError(error) ? error.code : null;
  switch (code) {
    case 'SEATS_EXCEEDED':
      return {
        title: (t) => t('users.errors.seats.title'),
        explanation: errorMessage(error),
        remedy: (t) => t('users.errors.seats.remedy'),
      };
    case 'LAST_OWNER':
      return {
        title: (t) => t('users.errors.lastOwner.title'),
        explanation: (t) => t('errors.codes.LAST_OWNER'),
        remedy: (t) => t('users.errors.lastOwner.remedy'),
      };
    case 'FORBIDDEN': {
      const ownersOnly = isCallError(error) && error.details?.required === 'owner';
      return {
        title: (t) => t('users.errors.forbidden.title'),
        explanation: ownersOnly ? (t) => t('users.errors.forbidden.ownersOnly') : errorMessage(error),
        remedy: (t) => t('users.errors.forbidden.remedy'),
      };
    }
    case 'CONFLICT':
      return {
        title: (t) => t('users.errors.conflict.title'),
        explanation: (t) => t('users.errors.conflict.explanation'),
        remedy: (t) => t('users.errors.conflict.remedy'),
      };
    default:
      return {
        title: (t) => t('errors.title'),
        explanation: errorMessage(error),
        remedy: (t) => t('users.errors.tryAgain'),
      };
  }
}

/** Refusals that the plan page can solve. */
export function needsMoreSeats(error: unknown): boolean {
  return isCallError(error) && error.code === 'SEATS_EXCEEDED';
}
