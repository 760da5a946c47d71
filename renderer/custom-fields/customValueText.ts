import type { TFunction } from 'i18next';
import type { CustomFieldDef, CustomValue } from '../../shared/custom-fields/contract';
import { formatCalendarDay } from '../i18n/formatDate';

/** Whether a value says nothing: absent, blank or no choices. */
export const isEmptyCustomValue = (
  value: CustomValue | null | undefined,
): value is null | undefined | '' | [] =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * A stored value as a reader sees it, in the UI's language: ticks as Yes or No, days and numbers
 * localised, choices joined; `''` for no value. The field's type decides, when it is known.
 */
export function customValueText(
  field: Pick<CustomFieldDef, 'type'> | undefined,
  value: CustomValue | null | undefined,
  t: TFunction,
  language: string,
): string {
  if (isEmptyCustomValue(value)) return '';
  if (typeof value === 'boolean') return t(value ? 'customFields.values.yes' : 'customFields.values.no');
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number')
    return new Intl.NumberFormat(language, { maximumFractionDigits: 10 }).format(value);
  if (field?.type === 'date') return formatCalendarDay(value, language);
  return value;
}
