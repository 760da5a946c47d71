import { Group, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDef } from '../../shared/custom-fields/contract';
import type { FieldValue, TimelineEntry } from '../../shared/timeline/contract';
import { changedCustomField, changedFieldLabel } from '../contacts/changedFieldLabel';
import { useCustomFields } from '../custom-fields/customFieldsStore';
import { customValueText } from '../custom-fields/customValueText';
import { useUsersStore } from '../users/usersStore';
import type { TimelineEntryRenderer } from './entryRenderer';

type ContactChange = Extract<TimelineEntry, { kind: 'contact_change' }>;

function useCustomField(field: string): CustomFieldDef | undefined | null {
  return changedCustomField(field, useCustomFields('contact').fields);
}

function useValueText(field: string, customField: CustomFieldDef | undefined | null) {
  const { t, i18n } = useTranslation();
  const users = useUsersStore((store) => store.users);
  return (value: FieldValue): string => {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0))
      return t('timeline.change.empty');
    if (customField !== null) return customValueText(customField, value, t, i18n.language);
    if (Array.isArray(value)) return value.join(', ');
    if (field === 'ownerId' && typeof value === 'number') {
      return (
        users.find((user) => user.id === value)?.displayName ?? t('timeline.change.userNumber', { id: value })
      );
    }
    return String(value);
  };
}

function ContactChangeContent({ entry }: { entry: ContactChange }) {
  const { t } = useTranslation();
  const customField = useCustomField(entry.data.field);
  const text = useValueText(entry.data.field, customField);
  return (
    <>
      <Text fz="sm">
        {t('timeline.change.title', { field: changedFieldLabel(entry.data.field, customField, t) })}
      </Text>
      <Group gap={6} fz="sm" wrap="wrap">
        <Text fz="sm" c="dimmed" td="line-through" style={{ whiteSpace: 'pre-wrap' }}>
          {text(entry.data.oldValue)}
        </Text>
        <Text fz="sm" c="dimmed" aria-hidden>
          →
        </Text>
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text(entry.data.newValue)}
        </Text>
      </Group>
    </>
  );
}

/** A changed contact field: which, from what, to what (who and when come with every entry). */
export const contactChangeEntryRenderer: TimelineEntryRenderer<ContactChange> = {
  icon: IconPencil,
  Content: ContactChangeContent,
};
