import { Checkbox, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts/contract';
import { call } from '../../bridge/call';
import { FormDialogButtons } from '../../forms/FormDialogButtons';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { AppModal } from '../../ui/AppModal';
import {
  initialChoices,
  LIST_FIELDS,
  listValues,
  mergePatch,
  SINGLE_FIELDS,
  valueOptions,
  type MergeChoices,
} from './mergeChoices';

interface MergeDialogProps {
  contacts: readonly Contact[];
  onClose(): void;
  onMerged(mergeId: number, merged: Contact): void;
}

/** What a record holds in a single field, as the choice shows it. */
function shown(contact: Contact, field: (typeof SINGLE_FIELDS)[number]): string {
  if (field === 'ownerId') return contact.ownerName ?? '—';
  return String(contact[field] ?? '—');
}

/** Merges two or more records of one customer, field by field, into the one chosen to keep. */
export function MergeDialog({ contacts, onClose, onMerged }: MergeDialogProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<MergeChoices>(() => initialChoices(contacts, contacts[0]!.id));
  const [refusal, setRefusal] = useState<unknown>(null);
  const [merging, setMerging] = useState(false);
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const target = byId.get(choices.targetId)!;
    setMerging(true);
    setRefusal(null);
    try {
      const { mergeId, contact } = await call('contacts.merge', {
        targetId: target.id,
        targetVersion: target.version,
        sources: contacts.filter((c) => c.id !== target.id).map(({ id, version }) => ({ id, version })),
        patch: mergePatch(contacts, choices),
      });
      onMerged(mergeId, contact);
    } catch (error) {
      setRefusal(error);
      setMerging(false);
    }
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      size="lg"
      title={t('contacts.merge.title', { count: contacts.length })}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('contacts.merge.description')}
          </Text>
          <FormErrorAlert error={refusal} />
          <Radio.Group
            label={t('contacts.merge.keep')}
            value={String(choices.targetId)}
            onChange={(value) => setChoices(initialChoices(contacts, Number(value)))}
          >
            <Stack gap={6} mt={6}>
              {contacts.map((contact) => (
                <Radio
                  key={contact.id}
                  value={String(contact.id)}
                  label={`${contact.name}${contact.companyName ? ` · ${contact.companyName}` : ''}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          {SINGLE_FIELDS.map((field) => {
            const options = valueOptions(contacts, field);
            if (options.length < 2) return null;
            return (
              <Radio.Group
                key={field}
                label={t(`contacts.fields.${field}`)}
                value={String(choices.from[field])}
                onChange={(value) =>
                  setChoices({ ...choices, from: { ...choices.from, [field]: Number(value) } })
                }
              >
                <Stack gap={6} mt={6}>
                  {options.map((option) => (
                    <Radio
                      key={option.contactId}
                      value={String(option.contactId)}
                      label={shown(byId.get(option.contactId)!, field)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            );
          })}
          {LIST_FIELDS.map((field) => {
            const values = listValues(contacts, field, choices.targetId);
            if (values.length === 0) return null;
            return (
              <Checkbox.Group
                key={field}
                label={t(`contacts.fields.${field}`)}
                value={choices.keep[field]}
                onChange={(kept) =>
                  setChoices({
                    ...choices,
                    // In the order shown, whatever order they were ticked in.
                    keep: { ...choices.keep, [field]: values.filter((value) => kept.includes(value)) },
                  })
                }
              >
                <Stack gap={6} mt={6}>
                  {values.map((value) => (
                    <Checkbox key={value} value={value} label={value} />
                  ))}
                </Stack>
              </Checkbox.Group>
            );
          })}
          <FormDialogButtons
            submitLabel={t('contacts.merge.submit')}
            submitting={merging}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
