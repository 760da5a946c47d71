import { calendarDay } from '../../../shared/calendar-day';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import type { Deal, DealInput, DealPatch } from '../../../shared/deals/contract';
import {
  customFormValuesOf,
  customInputOf,
  type CustomFormValues,
} from '../../custom-fields/customFormValues';
import type { FieldErrors } from '../../forms/fieldErrors';
import { amountInputText, parseAmount } from '../money';
import type { PickedContact } from './ContactPicker';

/** The deal dialog's fields as the user edits them: text, ids as select values. */
export interface DealFormValues {
  title: string;
  amount: string;
  currency: string;
  stageId: string;
  probability: string;
  expectedClose: string;
  ownerId: string;
  contact: PickedContact | null;
  /** The inputs of the company's own fields. */
  custom: CustomFormValues;
}

/** The company's own fields the form shows: the live ones, in order. */
type Fields = readonly CustomFieldDef[];

export function formValuesOf(deal: Deal, fields: Fields): DealFormValues {
  return {
    title: deal.title,
    amount: amountInputText(deal.amount, deal.currency),
    currency: deal.currency,
    stageId: String(deal.stageId),
    probability: String(deal.probability),
    expectedClose: deal.expectedClose ?? '',
    ownerId: String(deal.ownerId),
    contact:
      deal.contactId === null
        ? null
        : { id: deal.contactId, name: deal.contactName ?? `#${deal.contactId}`, companyId: deal.companyId },
    custom: customFormValuesOf(fields, deal.custom),
  };
}

export function emptyFormValues(
  currency: string,
  stageId: number | undefined,
  ownerId: number,
  fields: Fields,
): DealFormValues {
  return {
    title: '',
    amount: '',
    currency,
    stageId: stageId === undefined ? '' : String(stageId),
    probability: '',
    expectedClose: '',
    ownerId: String(ownerId),
    contact: null,
    custom: customFormValuesOf(fields, {}),
  };
}

const probabilityOf = (text: string): number | null => {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= 100 ? value : null;
};

export function validateDealForm(values: DealFormValues, fields: Fields): FieldErrors {
  const errors: FieldErrors = customInputOf(fields, values.custom).errors;
  if (values.title.trim() === '') errors.title = (t) => t('validation.required');
  if (values.amount.trim() === '') errors.amount = (t) => t('validation.required');
  else if (parseAmount(values.amount, values.currency) === null) {
    errors.amount = (t) => t('deals.form.amountInvalid');
  }
  if (!/^[A-Z]{3}$/.test(values.currency)) errors.currency = (t) => t('validation.required');
  if (values.probability.trim() !== '' && probabilityOf(values.probability) === null) {
    errors.probability = (t) => t('deals.form.probabilityInvalid');
  }
  if (values.expectedClose !== '' && !calendarDay.safeParse(values.expectedClose).success) {
    errors.expectedClose = (t) => t('validation.invalid');
  }
  return errors;
}

/**
 * A deal from values that passed validation; an empty probability takes the stage's. `kept`
 * holds the stored values of custom fields the form does not show.
 */
export function dealInputOf(values: DealFormValues, fields: Fields, kept: Deal['custom'] = {}): DealInput {
  const probability = probabilityOf(values.probability);
  return {
    title: values.title.trim(),
    amount: parseAmount(values.amount, values.currency)!,
    currency: values.currency,
    ...(values.stageId !== '' && { stageId: Number(values.stageId) }),
    ...(probability !== null && { probability }),
    expectedClose: values.expectedClose || null,
    ownerId: Number(values.ownerId),
    contactId: values.contact?.id ?? null,
    companyId: values.contact?.companyId ?? null,
    custom: customInputOf(fields, values.custom, kept).values,
  };
}

/** Only what the user changed, so a colleague's change to another field is not overwritten. */
export function dealPatchOf(deal: Deal, values: DealFormValues, fields: Fields): DealPatch {
  const next = dealInputOf(values, fields, deal.custom);
  const stored = customInputOf(fields, customFormValuesOf(fields, deal.custom), deal.custom).values;
  const patch: DealPatch = {};
  if (next.title !== deal.title) patch.title = next.title;
  if (next.amount !== deal.amount) patch.amount = next.amount;
  if (next.currency !== deal.currency) patch.currency = next.currency;
  if (next.stageId !== deal.stageId) patch.stageId = next.stageId;
  if (next.probability !== undefined && next.probability !== deal.probability) {
    patch.probability = next.probability;
  }
  if (next.expectedClose !== deal.expectedClose) patch.expectedClose = next.expectedClose;
  if (next.ownerId !== deal.ownerId) patch.ownerId = next.ownerId;
  if (next.contactId !== deal.contactId) {
    patch.contactId = next.contactId;
    patch.companyId = next.companyId;
  }
  if (JSON.stringify(next.custom) !== JSON.stringify(stored)) patch.custom = next.custom;
  return patch;
}
