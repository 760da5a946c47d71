import { Checkbox, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_CUSTOM_TEXT, type CustomFieldDef } from '../../shared/custom-fields/contract';
import type { FieldErrors } from '../forms/fieldErrors';
import { customPath, formValueOf, type CustomFormValue, type CustomFormValues } from './customFormValues';

interface CustomFieldInputsProps {
  /** The live fields, in their order. */
  fields: readonly CustomFieldDef[];
  values: CustomFormValues;
  onChange(values: CustomFormValues): void;
  /** The form's errors; those at `custom.<id>` are shown under their input. */
  errors: FieldErrors;
}

function FieldInput({
  field,
  value,
  error,
  onChange,
}: {
  field: CustomFieldDef;
  value: CustomFormValue;
  error: string | undefined;
  onChange(value: CustomFormValue): void;
}) {
  const { t } = useTranslation();
  const text = typeof value === 'string' ? value : '';
  const common = { label: field.label, error };
  switch (field.type) {
    case 'checkbox':
      return (
        <Checkbox
          {...common}
          mt="xl"
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      );
    case 'choice':
      return (
        <Select
          {...common}
          placeholder={t('customFields.form.noChoice')}
          data={field.choices}
          value={text === '' ? null : text}
          onChange={(choice) => onChange(choice ?? '')}
          clearable
        />
      );
    case 'choices':
      return (
        <MultiSelect
          {...common}
          data={field.choices}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          clearable
        />
      );
    default:
      return (
        <TextInput
          {...common}
          type={field.type === 'date' ? 'date' : 'text'}
          inputMode={field.type === 'number' ? 'decimal' : undefined}
          maxLength={MAX_CUSTOM_TEXT}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}

/** One input per live custom field, by its type; nothing when the company has none. */
export function CustomFieldInputs({ fields, values, onChange, errors }: CustomFieldInputsProps) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <SimpleGrid cols={2} spacing="md">
      {fields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          value={formValueOf(values, field)}
          error={errors[customPath(field)]?.(t)}
          onChange={(value) => onChange({ ...values, [String(field.id)]: value })}
        />
      ))}
    </SimpleGrid>
  );
}
