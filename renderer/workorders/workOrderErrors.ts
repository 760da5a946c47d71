import type { ErrorMessageOverrides } from '../i18n/errorMessages';

/** What a refused action on a work order means on its page. */
export const WORK_ORDER_ERROR_OVERRIDES: ErrorMessageOverrides = {
  CONFLICT: (t) => t('workorders.errors.conflict'),
  NOT_FOUND: (t) => t('workorders.errors.gone'),
};
