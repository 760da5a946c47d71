import listFile from '../../shared/license/price-list.json';
import { priceList, type PriceList } from '../../shared/license/price-list';

/** The vendor's price list, the same file `npm run license -- quote` prices from. */
export const PRICE_LIST: PriceList = priceList.parse(listFile);
