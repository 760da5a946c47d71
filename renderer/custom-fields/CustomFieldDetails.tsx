import { Badge, DataList, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDef, CustomValue, CustomValues } from '../../shared/custom-fields/contract';
import { customValueText, isEmptyCustomValue } from './customValueText';

function Value({ field, value }: { field: CustomFieldDef; value: CustomValue | undefined }) {
  const { t, i18n } = useTranslation();
  // An unticked box reads as No: a checkbox has no "unknown" in its form.
  if (field.type === 'checkbox') return customValueText(field, value === true, t, i18n.language);
  if (isEmptyCustomValue(value)) return <Text c="dimmed">—</Text>;
  if (Array.isArray(value) || field.type === 'choice') {
    return (
      <Group gap={4}>
        {(Array.isArray(value) ? value : [String(value)]).map((choice) => (
          <Badge key={choice} variant="light" radius="sm" tt="none">
            {choice}
          </Badge>
        ))}
      </Group>
    );
  }
  return (
    <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {customValueText(field, value, t, i18n.language)}
    </Text>
  );
}

/** A record's values of the live fields, each under its label; archived fields stay hidden. */
export function CustomFieldDetails({
  fields,
  values,
}: {
  fields: readonly CustomFieldDef[];
  values: CustomValues;
}) {
  return (
    <DataList labelWidth={130}>
      {fields.map((field) => (
        <DataList.Item key={field.id}>
          <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Value field={field} value={values[field.id]} />
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
