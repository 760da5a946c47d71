import { errorMessage, type ErrorMessageOverrides, type Translatable } from '../i18n/errorMessages';

/** A conflict or a deal gone says what to do in the pipeline's words. */
export const DEAL_ERROR_OVERRIDES: ErrorMessageOverrides = {
  CONFLICT: (t) => t('deals.errors.conflict'),
  NOT_FOUND: (t) => t('deals.errors.gone'),
};

export const dealErrorText = (error: unknown): Translatable => errorMessage(error, DEAL_ERROR_OVERRIDES);
