import { rebaseValues, type Rebased } from '../forms/rebase';

export interface PricedForm {
  currency: string;
  lines: unknown;
}

/**
 * rebaseValues for an order's form, whose prices are typed in the order's currency: lines kept
 * from this window keep the currency they were typed in, and a currency changed elsewhere
 * meanwhile is named as a clash rather than silently put under them.
 */
export function rebaseOrderValues<Values extends PricedForm, Field extends keyof Values>(
  fields: readonly Field[],
  base: Values,
  theirs: Values,
  mine: Values,
  same: (a: Values, b: Values, field: Field) => boolean,
): Rebased<Values, Field> {
  const rebased = rebaseValues(fields, base, theirs, mine, same);
  const currency = 'currency' as Field;
  const keptMyLines = !same(mine, base, 'lines' as Field);
  if (keptMyLines && rebased.values.currency !== mine.currency) {
    rebased.values.currency = mine.currency;
    if (!rebased.clashes.includes(currency)) rebased.clashes.push(currency);
  }
  return rebased;
}
