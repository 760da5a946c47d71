import { Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Contact } from '../../../shared/contacts/contract';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import { CustomFieldInputs } from '../../custom-fields/CustomFieldInputs';
import type { FieldErrors } from '../../forms/fieldErrors';
import { useUsersStore } from '../../users/usersStore';
import { useTagsStore } from '../tagsStore';
import type { ContactField, ContactFormValues } from './contactFormValues';
import { RepeatableField } from './RepeatableField';

interface ContactFormFieldsProps {
  values: ContactFormValues;
  onChange(values: ContactFormValues): void;
  errors: FieldErrors;
  /** The company's own fields of contacts that are not archived, in order. */
  customFields: readonly CustomFieldDef[];
  /** The contact being edited, for its owner's name when the user list is unavailable. */
  original: Contact | null;
  /** Beside a field both the user and someone else changed: the other saved value. */
  noteFor(field: Exclude<ContactField, 'custom'>): string | undefined;
}

export function ContactFormFields({
  values,
  onChange,
  errors,
  customFields,
  original,
  noteFor,
}: ContactFormFieldsProps) {
  const { t } = useTranslation();
  const users = useUsersStore((store) => store.users);
  const tagNames = useTagsStore(useShallow((store) => store.tags.map((entry) => entry.tag)));
  const set = <F extends ContactField>(field: F, value: ContactFormValues[F]) =>
    onChange({ ...values, [field]: value });
  const errorOf = (path: string) => errors[path]?.(t);
  const text = (field: 'name' | 'companyName' | 'title' | 'address' | 'notes') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    error: errorOf(field),
    description: noteFor(field),
  });

  const owners = users.map((user) => ({ value: String(user.id), label: user.displayName }));
  if (original?.ownerId && !owners.some((owner) => owner.value === String(original.ownerId))) {
    owners.push({ value: String(original.ownerId), label: original.ownerName ?? `#${original.ownerId}` });
  }

  return (
    <Stack gap="md">
      <TextInput label={t('contacts.fields.name')} required data-autofocus {...text('name')} />
      <SimpleGrid cols={2} spacing="md">
        <TextInput label={t('contacts.fields.companyName')} {...text('companyName')} />
        <TextInput label={t('contacts.fields.title')} {...text('title')} />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <RepeatableField
          type="tel"
          label={t('contacts.fields.phones')}
          rowLabel={(index) => t('contacts.form.phoneRow', { number: index + 1 })}
          addLabel={t('contacts.form.addPhone')}
          removeLabel={t('contacts.form.removePhone')}
          rows={values.phones}
          onChange={(phones) => set('phones', phones)}
          errorOf={(index) => errorOf(`phones.${index}`)}
          description={noteFor('phones')}
        />
        <RepeatableField
          type="email"
          label={t('contacts.fields.emails')}
          rowLabel={(index) => t('contacts.form.emailRow', { number: index + 1 })}
          addLabel={t('contacts.form.addEmail')}
          removeLabel={t('contacts.form.removeEmail')}
          rows={values.emails}
          onChange={(emails) => set('emails', emails)}
          errorOf={(index) => errorOf(`emails.${index}`)}
          description={noteFor('emails')}
        />
      </SimpleGrid>
      <Textarea label={t('contacts.fields.address')} autosize minRows={2} maxRows={4} {...text('address')} />
      <SimpleGrid cols={2} spacing="md">
        <TagsInput
          label={t('contacts.fields.tags')}
          placeholder={values.tags.length === 0 ? t('contacts.form.tagsPlaceholder') : undefined}
          data={tagNames}
          value={values.tags}
          onChange={(tags) => set('tags', tags)}
          error={errorOf('tags') ?? errorOf('tags.0')}
          description={noteFor('tags')}
          maxTags={30}
          clearable
        />
        <Select
          label={t('contacts.fields.ownerId')}
          placeholder={t('contacts.form.noOwner')}
          data={owners}
          value={values.ownerId}
          onChange={(ownerId) => set('ownerId', ownerId)}
          error={errorOf('ownerId')}
          description={noteFor('ownerId')}
          clearable
          allowDeselect
        />
      </SimpleGrid>
      <CustomFieldInputs
        fields={customFields}
        values={values.custom}
        onChange={(custom) => set('custom', custom)}
        errors={errors}
      />
      <Textarea label={t('contacts.fields.notes')} autosize minRows={3} maxRows={8} {...text('notes')} />
    </Stack>
  );
}
