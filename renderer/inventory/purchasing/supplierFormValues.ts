import { supplierInput, type Supplier, type SupplierInput } from '../../../shared/inventory/purchasing';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/fieldErrors';

/** A supplier as its dialog edits it: every field as typed. */
export interface SupplierFormValues {
  name: string;
  contactPerson: string;
  phone: string;
  email: string;
  address: string;
  notes: string;
}

const OPTIONAL_FIELDS = ['contactPerson', 'phone', 'email', 'address', 'notes'] as const;

export const supplierValuesOf = (supplier: Supplier | null): SupplierFormValues => ({
  name: supplier?.name ?? '',
  contactPerson: supplier?.contactPerson ?? '',
  phone: supplier?.phone ?? '',
  email: supplier?.email ?? '',
  address: supplier?.address ?? '',
  notes: supplier?.notes ?? '',
});

/** What the dialog sends: a blank optional field is none. */
export function supplierInputOf(values: SupplierFormValues): SupplierInput {
  const input: SupplierInput = { name: values.name };
  for (const field of OPTIONAL_FIELDS) {
    input[field] = values[field].trim() === '' ? null : values[field].trim();
  }
  return input;
}

/** The contract's own checks, beside each field. */
export function validateSupplierForm(values: SupplierFormValues): FieldErrors {
  const parsed = supplierInput.safeParse(supplierInputOf(values));
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
  // Say what a phone or e-mail address looks like, as the contact form does.
  if (errors.phone) errors.phone = (t) => t('validation.phone');
  if (errors.email) errors.email = (t) => t('validation.email');
  return errors;
}
