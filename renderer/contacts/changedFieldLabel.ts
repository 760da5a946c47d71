import type { TFunction } from 'i18next';
import { CONTACT_FIELDS, type ContactFieldName } from '../../shared/contacts/contract';
import { customTargetId, isCustomTarget } from '../../shared/contacts/transfer-fields';
import type { CustomFieldDef } from '../../shared/custom-fields/contract';

/** The plain `custom` key never appears in a change: each custom field logs as `custom.<id>`. */
const isContactField = (field: string): field is Exclude<ContactFieldName, 'custom'> =>
  field !== 'custom' && (CONTACT_FIELDS as readonly string[]).includes(field);

/**
 * The custom field a logged change names, from the contact fields with archived ones included
 * (history keeps them): undefined when it is not known here, null for a standard field.
 */
export function changedCustomField(
  field: string,
  customFields: readonly CustomFieldDef[],
): CustomFieldDef | undefined | null {
  if (!isCustomTarget(field)) return null;
  const id = customTargetId(field);
  return customFields.find((each) => each.id === id);
}

/** A changed contact field as the user knows it: a custom field by its label. */
export function changedFieldLabel(
  field: string,
  customField: CustomFieldDef | undefined | null,
  t: TFunction,
): string {
  if (customField !== null) return customField?.label ?? t('customFields.unknownField');
  return isContactField(field) ? t(`contacts.fields.${field}`) : field;
}
