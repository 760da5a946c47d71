import {
  customTargetId,
  isCustomTarget,
  TRANSFER_FIELD_NAMES,
  type ImportTarget,
} from '../../shared/contacts/transfer-fields';
import type { CustomFieldDef } from '../../shared/custom-fields/contract';

/**
 * A field a column fills as the file's columns would name it, in the UI's language; a custom
 * field by its label (`customFields` are the contact fields, archived ones included).
 */
export function fieldLabel(
  field: ImportTarget,
  language: string,
  customFields: readonly CustomFieldDef[],
): string {
  if (isCustomTarget(field)) {
    const id = customTargetId(field);
    return customFields.find((each) => each.id === id)?.label ?? field;
  }
  return TRANSFER_FIELD_NAMES[field][language.startsWith('zh') ? 'zh' : 'en'];
}
