import { Alert, Stack } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts/contract';
import { call } from '../../bridge/call';
import { ContactCallsCard } from '../../calls/ContactCallsCard';
import { FollowupsCard } from '../../followups/FollowupsCard';
import { ContactOrdersCard } from '../../orders/ContactOrdersCard';
import { RemoteSessionsCard } from '../../remote/RemoteSessionsCard';
import { TimelineCard } from '../../timeline/TimelineCard';
import { LoadedRecordPage } from '../../ui/LoadedRecordPage';
import { onContactChanged } from '../contactChanges';
import { ContactHeader } from './ContactHeader';
import { ContactInfo } from './ContactInfo';

const loadContact = (id: number) => call('contacts.get', { id });

function ContactDetail({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <ContactHeader contact={contact} />
      {contact.deletedAt !== null && (
        <Alert color="red" variant="light" icon={<IconTrash size={18} />}>
          {t('contacts.trash.inTrashNotice')}
        </Alert>
      )}
      <ContactInfo contact={contact} />
      <FollowupsCard of={{ kind: 'contact', id: contact.id }} readOnly={contact.deletedAt !== null} />
      <ContactOrdersCard contact={contact} />
      <ContactCallsCard contactId={contact.id} />
      <RemoteSessionsCard contactId={contact.id} />
      <TimelineCard subject={{ kind: 'contact', id: contact.id }} />
    </Stack>
  );
}

/**
 * `/contacts/:id`: one contact, with edit, move to trash and restore, kept current when it
 * changes here or on another seat.
 */
export function ContactDetailPage() {
  const { t } = useTranslation();
  return (
    <LoadedRecordPage
      back={{ to: '/contacts', label: t('contacts.detail.back') }}
      load={loadContact}
      subscribe={onContactChanged}
    >
      {(contact) => <ContactDetail contact={contact} />}
    </LoadedRecordPage>
  );
}
