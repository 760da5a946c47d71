import { isCallError, validationIssues } from '../../bridge/CallError';
import { PURCHASE_ORDER_STATUSES, type PurchaseOrderStatus } from '../../../shared/inventory/purchasing';
import { errorMessage, type Translatable } from '../../i18n/errorMessages';

const isOrderStatus = (value: unknown): value is PurchaseOrderStatus =>
  PURCHASE_ORDER_STATUSES.includes(value as PurchaseOrderStatus);

const detail = (error: unknown, key: string): unknown =>
  isCallError(error) ? error.details?.[key] : undefined;

/** The supplier that already has the name, when that is why a save was refused. */
export function takenSupplierName(error: unknown): string | null {
  const name = detail(error, 'name');
  return isCallError(error) && error.code === 'CONFLICT' && typeof name === 'string' ? name : null;
}

/** Why a supplier could not be saved, archived or restored. */
export function supplierErrorText(error: unknown): Translatable {
  const name = takenSupplierName(error);
  if (name !== null) return (t) => t('purchasing.errors.nameTaken', { name });
  return errorMessage(error, {
    CONFLICT: (t) => t('purchasing.errors.supplierConflict'),
    NOT_FOUND: (t) => t('purchasing.errors.supplierGone'),
  });
}

/** The field a refusal of an order names first (`supplierId`, `lines.0.quantity`, `status`), or null. */
const refusedPath = (error: unknown): string | null => validationIssues(error)[0]?.path.join('.') ?? null;

/** Why a purchase order could not be saved, placed, received or cancelled, in the order's words. */
export function orderErrorText(error: unknown): Translatable {
  const path = refusedPath(error);
  const due = detail(error, 'due');
  if (typeof due === 'number') return (t) => t('purchasing.errors.overDue', { due });
  if (detail(error, 'received') === true) return (t) => t('purchasing.errors.partlyReceived');
  const status = detail(error, 'status');
  if (isOrderStatus(status)) {
    return (t) => t('purchasing.errors.status', { status: t(`purchasing.status.${status}`) });
  }
  if (path === 'supplierId') return (t) => t('purchasing.errors.supplierUnavailable');
  if (path === 'lines') return (t) => t('purchasing.errors.noLines');
  if (path !== null && /^lines\.\d+\.(productId|lineId)$/.test(path)) {
    return (t) => t('purchasing.errors.productUnavailable');
  }
  return errorMessage(error, {
    CONFLICT: (t) => t('purchasing.errors.orderConflict'),
    NOT_FOUND: (t) => t('purchasing.errors.orderGone'),
  });
}
