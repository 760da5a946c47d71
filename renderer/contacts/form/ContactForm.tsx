import { Button, Group, Kbd, Stack, Text } from '@mantine/core';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts/contract';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { ConflictDialog } from '../../forms/ConflictDialog';
import { MergedFieldsNotice } from '../../forms/MergedFieldsNotice';
import { ContactFormFields } from './ContactFormFields';
import { DuplicateWarning } from './DuplicateWarning';
import { valuesOf, type ContactField } from './contactFormValues';
import { useContactForm } from './useContactForm';

interface ContactFormProps {
  /** The contact to edit, or null for a new one. */
  contact: Contact | null;
  defaultOwnerId: number;
  /** A new contact's numbers, when it starts from one (an unknown caller's). */
  phones?: string[];
  onSaved(contact: Contact, created: boolean): void;
  onCancel(): void;
}

/** What the other person saved, as text for the note beside a clashing field. */
function savedText(contact: Contact, field: Exclude<ContactField, 'custom'>): string {
  if (field === 'ownerId') return contact.ownerName ?? '—';
  const value = valuesOf(contact, [])[field];
  const text = Array.isArray(value) ? value.filter(Boolean).join(', ') : (value ?? '');
  return text === '' ? '—' : text;
}

function KeyHints() {
  const { t } = useTranslation();
  return (
    <Group gap={6} c="dimmed" visibleFrom="sm">
      <Kbd size="xs">Enter</Kbd>
      <Text fz="xs">{t('contacts.form.enterSaves')}</Text>
      <Kbd size="xs" ml="xs">
        Esc
      </Kbd>
      <Text fz="xs">{t('contacts.form.escCloses')}</Text>
    </Group>
  );
}

export function ContactForm({ contact, defaultOwnerId, phones, onSaved, onCancel }: ContactFormProps) {
  const { t } = useTranslation();
  const form = useContactForm({ contact, defaultOwnerId, phones, onSaved, onUnchanged: onCancel });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };

  // Enter saves from a text field natively; Ctrl/Cmd+Enter also saves from the multi-line ones.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void form.save();
    }
  };

  const { original, clashes } = form;
  // The custom fields' clash is named in the alert above the form.
  const noteFor = (field: Exclude<ContactField, 'custom'>) =>
    original && clashes.includes(field)
      ? t('contacts.conflict.theirValue', { value: savedText(original, field) })
      : undefined;

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={form.formError} />
        <MergedFieldsNotice
          texts="contacts.conflict"
          fields={clashes.map((field) =>
            field === 'custom' ? t('customFields.form.section') : t(`contacts.fields.${field}`),
          )}
        />
        <ContactFormFields
          values={form.values}
          onChange={form.change}
          errors={form.errors}
          customFields={form.fields}
          original={original}
          noteFor={noteFor}
        />
        <DuplicateWarning values={form.values} excludeId={contact?.id ?? null} onLeave={onCancel} />
        <Group justify="space-between" mt="xs">
          <KeyHints />
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.saving}>
              {t('contacts.form.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
      <ConflictDialog
        conflict={form.conflict}
        texts="contacts.conflict"
        description={t('contacts.conflict.description', { name: original?.name ?? form.values.name })}
      />
    </form>
  );
}
