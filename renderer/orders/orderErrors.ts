import { SALES_ORDER_STATUSES, type SalesOrderStatus } from '../../shared/orders/contract';
import { isCallError, validationIssues } from '../bridge/CallError';
import { errorMessage, type Translatable } from '../i18n/errorMessages';

const isOrderStatus = (value: unknown): value is SalesOrderStatus =>
  SALES_ORDER_STATUSES.includes(value as SalesOrderStatus);

/** Why an order could not be saved, confirmed, fulfilled or cancelled, in the order's words. */
export function orderErrorText(error: unknown): Translatable {
  const status = isCallError(error) ? error.details?.status : undefined;
  if (isOrderStatus(status)) {
    return (t) => t('orders.errors.status', { status: t(`orders.status.${status}`) });
  }
  const path = validationIssues(error)[0]?.path.join('.') ?? null;
  if (path === 'lines') return (t) => t('orders.errors.noLines');
  if (path !== null && /contactId$/.test(path)) return (t) => t('orders.errors.contactUnavailable');
  if (path !== null && /lines\.\d+\.productId$/.test(path)) {
    return (t) => t('orders.errors.productUnavailable');
  }
  if (path === 'productId' || path === 'quantity') return (t) => t('orders.errors.stock');
  return errorMessage(error, {
    CONFLICT: (t) => t('orders.errors.conflict'),
    NOT_FOUND: (t) => t('orders.errors.gone'),
    FORBIDDEN: (t) => t('orders.errors.adminCancels'),
  });
}
