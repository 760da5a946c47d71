import { errorMessage, type ErrorMessageOverrides, type Translatable } from '../i18n/errorMessages';
import { isCallError } from '../bridge/CallError';

const detail = (error: unknown, key: string): unknown =>
  isCallError(error) ? error.details?.[key] : undefined;

/** The SKU another product already has, when that is why a save was refused. */
export function takenSku(error: unknown): string | null {
  const sku = detail(error, 'sku');
  return isCallError(error) && error.code === 'CONFLICT' && typeof sku === 'string' ? sku : null;
}

/** Whether a save was refused because someone saved the product first (a taken SKU is a CONFLICT too). */
export const isStaleProduct = (error: unknown): boolean =>
  isCallError(error) && error.code === 'CONFLICT' && takenSku(error) === null;

/** A stale save or a product gone, in the catalogue's words (a SKU in use is told beside the SKU). */
export const PRODUCT_ERROR_OVERRIDES: ErrorMessageOverrides = {
  CONFLICT: (t) => t('inventory.errors.productConflict'),
  NOT_FOUND: (t) => t('inventory.errors.productGone'),
};

/** Why a product could not be saved, archived or restored, in the catalogue's words. */
export function productErrorText(error: unknown): Translatable {
  const sku = takenSku(error);
  if (sku !== null) return (t) => t('inventory.errors.skuTaken', { sku });
  return errorMessage(error, PRODUCT_ERROR_OVERRIDES);
}

/** Why a product could not be added to a work order, changed on it or removed from it. */
export function productLinkErrorText(error: unknown): Translatable {
  if (isCallError(error) && error.code === 'CONFLICT' && detail(error, 'linkedAs') !== undefined) {
    return (t) => t('inventory.errors.alreadyLinked');
  }
  const archivedSku = detail(error, 'sku');
  if (isCallError(error) && error.code === 'VALIDATION' && typeof archivedSku === 'string') {
    return (t) => t('inventory.errors.archived', { sku: archivedSku });
  }
  return errorMessage(error, {
    CONFLICT: (t) => t('inventory.errors.linkConflict'),
    NOT_FOUND: (t) => t('inventory.errors.linkGone'),
  });
}
