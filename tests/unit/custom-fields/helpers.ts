import type { CustomFieldDef, CustomFieldInput } from '../../../shared/custom-fields/contract';
import type { TestCore } from '../core/helpers';

/** A contact field made by the owner: text unless the test says otherwise. */
export const contactField = (
  t: TestCore,
  label: string,
  extra: Partial<CustomFieldInput> = {},
): Promise<CustomFieldDef> =>
  t.call('customFields.create', { entity: 'contact', label, type: 'text', ...extra });

/** The usual set of contact fields, one of each type. */
export async function everyType(t: TestCore) {
  return {
    note: await contactField(t, 'Note'),
    budget: await contactField(t, 'Budget', { type: 'number' }),
    birthday: await contactField(t, 'Birthday', { type: 'date' }),
    level: await contactField(t, 'Level', { type: 'choice', choices: ['Gold', 'Silver'] }),
    interests: await contactField(t, 'Interests', { type: 'choices', choices: ['Tea', 'Coffee', 'Cake'] }),
    newsletter: await contactField(t, 'Newsletter', { type: 'checkbox' }),
  };
}

/** The field's key in a record's `custom` map. */
export const key = (field: CustomFieldDef): string => String(field.id);
