import { editionTextKeys, moduleTextKeys } from '../../shared/catalogue';
import type { QuoteLine } from '../../shared/license/price-list';
import type { Translatable } from '../i18n/errorMessages';

/** A quote line's item and its quantity in words. */
export interface QuoteLineText {
  item: Translatable;
  quantity: Translatable;
}

export function quoteLineText(line: QuoteLine): QuoteLineText {
  switch (line.item) {
    case 'edition':
      return {
        item: (t) => t('plan.quote.lines.edition', { edition: t(editionTextKeys(line.edition).name) }),
        quantity: (t) => t('plan.quote.seats', { count: line.seats }),
      };
    case 'addOn':
      return {
        item: (t) => t('plan.quote.lines.addOn', { module: t(moduleTextKeys(line.addOn).name) }),
        quantity: (t) => t('plan.quote.perLicense'),
      };
    case 'support':
    case 'updates':
      return {
        item: (t) => t(`plan.quote.lines.${line.item}`),
        quantity: (t) =>
          t('plan.quote.seatYears', {
            seats: t('plan.quote.seats', { count: line.seats }),
            years: t('plan.quote.years', { count: line.years }),
          }),
      };
  }
}
