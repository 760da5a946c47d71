import { Group, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CONTACT_FIELDS, type ContactFieldName } from '../../shared/contacts/contract';
import type { FieldValue, TimelineEntry } from '../../shared/timeline/contract';
import { useUsersStore } from '../users/usersStore';
import type { TimelineEntryRenderer } from './entryRenderer';

type ContactChange = Extract<TimelineEntry, { kind: 'contact_change' }>;

const isContactField = (field: string): field is ContactFieldName =>
  (CONTACT_FIELDS as readonly string[]).includes(field);

function useValueText(field: string) {
  const { t } = useTranslation();
  const users = useUsersStore((store) => store.users);
  return (value: FieldValue): string => {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0))
      return t('timeline.change.empty');
    if (Array.isArray(value)) return value.join(', ');
    if (field === 'ownerId' && typeof value === 'number') {
      return (
        users.find((user) => user.id === value)?.displayName ?? t('timeline.change.userNumber', { id: value })
      );
    }
    return String(value);
  };
}

const fieldName = (field: string, t: TFunction) =>
  isContactField(field) ? t(`contacts.fields.${field}`) : field;

function ContactChangeContent({ entry }: { entry: ContactChange }) {
  const { t } = useTranslation();
  const text = useValueText(entry.data.field);
  return (
    <>
      <Text fz="sm">{t('timeline.change.title', { field: fieldName(entry.data.field, t) })}</Text>
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
