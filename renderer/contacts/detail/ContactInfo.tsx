import { Card, DataList, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts/contract';
import { CallButton } from '../../calls/CallButton';
import { CustomFieldDetails } from '../../custom-fields/CustomFieldDetails';
import { useLiveCustomFields } from '../../custom-fields/customFieldsStore';
import { formatDateTime } from '../../i18n/formatDate';
import { ContactSharing } from './ContactSharing';

/** `action` adds a control after each line, e.g. a call button beside a phone number. */
function Lines({ lines, action }: { lines: string[]; action?: (line: string) => ReactNode }) {
  if (lines.length === 0) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={2}>
      {lines.map((line) =>
        action ? (
          <Group key={line} gap={6} wrap="nowrap">
            <Text fz="sm">{line}</Text>
            {action(line)}
          </Group>
        ) : (
          <Text key={line} fz="sm">
            {line}
          </Text>
        ),
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="lg" padding="lg">
      <Title order={2} fz="md" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

const asLines = (text: string | null) => (text ? text.split('\n') : []);

/** Everything stored about a contact, in two cards and the notes. */
export function ContactInfo({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation();
  const customFields = useLiveCustomFields('contact');
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('contacts.detail.reach')}>
          <DataList labelWidth={130}>
            <Field label={t('contacts.fields.phones')}>
              <Lines
                lines={contact.phones}
                action={(phone) => <CallButton number={phone} contactId={contact.id} />}
              />
            </Field>
            <Field label={t('contacts.fields.emails')}>
              <Lines lines={contact.emails} />
            </Field>
            <Field label={t('contacts.fields.address')}>
              <Lines lines={asLines(contact.address)} />
            </Field>
          </DataList>
        </Section>
        <Section title={t('contacts.detail.about')}>
          <DataList labelWidth={130}>
            <Field label={t('contacts.fields.ownerId')}>
              {contact.ownerName ?? <Text c="dimmed">—</Text>}
            </Field>
            <Field label={t('contacts.sharing.label')}>
              <ContactSharing contact={contact} />
            </Field>
            <Field label={t('contacts.detail.created')}>
              {formatDateTime(contact.createdAt, i18n.language)}
            </Field>
            <Field label={t('contacts.detail.updated')}>
              {formatDateTime(contact.updatedAt, i18n.language)}
            </Field>
            {contact.deletedAt !== null && (
              <Field label={t('contacts.detail.deleted')}>
                {formatDateTime(contact.deletedAt, i18n.language)}
              </Field>
            )}
          </DataList>
        </Section>
      </SimpleGrid>
      {customFields.length > 0 && (
        <Section title={t('customFields.detail.title')}>
          <CustomFieldDetails fields={customFields} values={contact.custom} />
        </Section>
      )}
      <Section title={t('contacts.fields.notes')}>
        {contact.notes ? (
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {contact.notes}
          </Text>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('contacts.detail.noNotes')}
          </Text>
        )}
      </Section>
    </Stack>
  );
}
