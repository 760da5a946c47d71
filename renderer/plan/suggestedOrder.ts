import { isAddOn, unlockedBy, type ModuleId } from '../../shared/catalogue';
import type { LicenseStatus } from '../../shared/license/contract';
import type { QuoteOrder } from '../../shared/license/price-list';

type LicenseFacts = Pick<LicenseStatus, 'edition' | 'addOns' | 'seats' | 'licenseId'>;

/**
 * The order the quote starts from: what the company has (its edition, add-ons and seats, or
 * the Standard edition for everyone using the app after a trial), with one year of each plan.
 * Coming from a locked module, the order is the cheapest way to unlock it.
 */
export function suggestedOrder(status: LicenseFacts, wanted: ModuleId | null): QuoteOrder {
  const seats = Math.max(1, status.seats.used, status.licenseId !== null ? status.seats.total : 0);
  const order: QuoteOrder = {
    edition: status.edition ?? 'standard',
    seats,
    addOns: [...status.addOns],
    supportYears: 1,
    updateYears: 1,
  };
  if (wanted === null) return order;
  if (isAddOn(wanted)) {
    if (!order.addOns.includes(wanted)) order.addOns.push(wanted);
    return order;
  }
  const unlock = unlockedBy(wanted);
  if (unlock.kind === 'editions' && !unlock.editions.includes(order.edition)) {
    order.edition = unlock.editions[0] ?? order.edition;
  }
  return order;
}
