import { z } from 'zod';
import { ADD_ON_MODULES, EDITION_IDS, type AddOnId, type EditionId } from '../catalogue';
import { MAX_SEATS } from './payload';

/** Minor units of the currency; capped so that any quote stays an exact integer. */
const price = z.number().int().min(0).max(1_000_000_000);

const byKey = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, price])) as Record<K, typeof price>);

/** The vendor's price list (shared/license/price-list.json), for `quote` and the plan page. */
export const priceList = z.strictObject({
  $comment: z.string().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY'),
  minorUnitDigits: z.number().int().min(0).max(3),
  editionPerSeat: byKey<EditionId>(EDITION_IDS),
  addOn: byKey<AddOnId>(ADD_ON_MODULES),
  supportPerSeatYear: price,
  updatesPerSeatYear: price,
});
export type PriceList = z.infer<typeof priceList>;

export const MAX_PLAN_YEARS = 10;

export const quoteOrder = z.strictObject({
  edition: z.enum(EDITION_IDS),
  seats: z.number().int().min(1).max(MAX_SEATS),
  addOns: z
    .array(z.enum(ADD_ON_MODULES))
    .refine((list) => new Set(list).size === list.length, 'each add-on once'),
  supportYears: z.number().int().min(0).max(MAX_PLAN_YEARS),
  updateYears: z.number().int().min(0).max(MAX_PLAN_YEARS),
});
export type QuoteOrder = z.infer<typeof quoteOrder>;

export type QuoteLine =
  | { item: 'edition'; edition: EditionId; seats: number; unitPrice: number; amount: number }
  | { item: 'addOn'; addOn: AddOnId; unitPrice: number; amount: number }
  | { item: 'support' | 'updates'; seats: number; years: number; unitPrice: number; amount: number };

export interface Quote {
  currency: string;
  minorUnitDigits: number;
  lines: QuoteLine[];
  total: number;
}

/** Prices an order line by line: seats by edition, add-ons, support plan, upgrade plan. */
export function quote(list: PriceList, order: QuoteOrder): Quote {
  const lines: QuoteLine[] = [];
  const seatPrice = list.editionPerSeat[order.edition];
  lines.push({
    item: 'edition',
    edition: order.edition,
    seats: order.seats,
    unitPrice: seatPrice,
    amount: seatPrice * order.seats,
  });
  for (const addOn of order.addOns) {
    lines.push({ item: 'addOn', addOn, unitPrice: list.addOn[addOn], amount: list.addOn[addOn] });
  }
  const plans = [
    { item: 'support', years: order.supportYears, unitPrice: list.supportPerSeatYear },
    { item: 'updates', years: order.updateYears, unitPrice: list.updatesPerSeatYear },
  ] as const;
  for (const { item, years, unitPrice } of plans) {
    if (years === 0) continue;
    lines.push({ item, seats: order.seats, years, unitPrice, amount: unitPrice * order.seats * years });
  }
  return {
    currency: list.currency,
    minorUnitDigits: list.minorUnitDigits,
    lines,
    total: lines.reduce((sum, line) => sum + line.amount, 0),
  };
}

/** `12,345.00 CNY`: an amount in minor units, in the price list's currency. */
export function formatMoney(amount: number, currency: { currency: string; minorUnitDigits: number }): string {
  const scale = 10 ** currency.minorUnitDigits;
  const whole = Math.floor(amount / scale).toLocaleString('en');
  const fraction =
    currency.minorUnitDigits > 0 ? `.${String(amount % scale).padStart(currency.minorUnitDigits, '0')}` : '';
  return `${whole}${fraction} ${currency.currency}`;
}
