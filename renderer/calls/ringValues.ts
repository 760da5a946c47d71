import { phoneNumber } from '../../shared/contacts/contract';
import type { FieldErrors } from '../forms/fieldErrors';

export interface RingValues {
  number: string;
}

/** The caller's number as the server will take it: any usual format, with at least three digits. */
export function validateRing(values: RingValues): FieldErrors {
  if (values.number.trim() === '') return { number: (t) => t('validation.required') };
  return phoneNumber.safeParse(values.number).success ? {} : { number: (t) => t('validation.phone') };
}
