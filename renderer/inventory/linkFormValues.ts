import {
  LINK_NOTE_MAX,
  QUANTITY_MAX,
  SERIAL_NUMBER_MAX,
  type ProductLink,
} from '../../shared/inventory/contract';
import type { FieldErrors } from '../forms/fieldErrors';

/** A product line as its dialog edits it: the quantity as typed. */
export interface LinkFormValues {
  quantity: string;
  serialNumber: string;
  note: string;
}

export const emptyLinkValues: LinkFormValues = { quantity: '1', serialNumber: '', note: '' };

export const linkValuesOf = (link: ProductLink): LinkFormValues => ({
  quantity: String(link.quantity),
  serialNumber: link.serialNumber ?? '',
  note: link.note ?? '',
});

/** The whole number typed, or null when it is none from 1 to QUANTITY_MAX. */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const quantity = Number(trimmed);
  return quantity >= 1 && quantity <= QUANTITY_MAX ? quantity : null;
}

export function validateLinkForm(values: LinkFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (parseQuantity(values.quantity) === null) errors.quantity = (t) => t('inventory.errors.quantity');
  if (values.serialNumber.trim().length > SERIAL_NUMBER_MAX) {
    errors.serialNumber = (t) => t('validation.tooLong', { limit: SERIAL_NUMBER_MAX });
  }
  if (values.note.trim().length > LINK_NOTE_MAX) {
    errors.note = (t) => t('validation.tooLong', { limit: LINK_NOTE_MAX });
  }
  return errors;
}

/** What the dialog sends; call only with values that passed validateLinkForm. */
export const linkFieldsOf = (values: LinkFormValues) => ({
  quantity: parseQuantity(values.quantity) ?? 1,
  serialNumber: values.serialNumber.trim(),
  note: values.note.trim(),
});
