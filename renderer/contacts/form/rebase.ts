import type { Contact } from '../../../shared/contacts/contract';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import { rebaseValues, type Rebased } from '../../forms/rebase';
import {
  CONTACT_FIELDS,
  sameFieldValue,
  valuesOf,
  type ContactField,
  type ContactFormValues,
} from './contactFormValues';

/** After a stale save: the user's edits moved onto the latest saved contact (see rebaseValues). */
export function rebase(
  original: Contact,
  latest: Contact,
  values: ContactFormValues,
  fields: readonly CustomFieldDef[],
): Rebased<ContactFormValues, ContactField> {
  return rebaseValues(
    CONTACT_FIELDS,
    valuesOf(original, fields),
    valuesOf(latest, fields),
    values,
    (a, b, field) => sameFieldValue(a, b, field, fields),
  );
}
