import { Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { IconShare } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts/contract';
import { MAX_SHARES, type ContactShares } from '../../../shared/contacts/sharing-contract';
import { roleAtLeast } from '../../../shared/roles';
import { useSession } from '../../auth/authStore';
import { call } from '../../bridge/call';
import { FormDialogButtons } from '../../forms/FormDialogButtons';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useSubmitForm } from '../../forms/useSubmitForm';
import { AppModal } from '../../ui/AppModal';
import { useUsersStore } from '../../users/usersStore';

interface ShareDialogProps {
  contact: Contact;
  shares: ContactShares;
  opened: boolean;
  onClose(): void;
  onSaved(shares: ContactShares): void;
}

function ShareDialog({ contact, shares, opened, onClose, onSaved }: ShareDialogProps) {
  const { t } = useTranslation();
  const users = useUsersStore((store) => store.users);
  const colleagues = users
    .filter((user) => user.active && user.id !== contact.ownerId)
    .map((user) => ({ value: String(user.id), label: user.displayName }));
  const form = useSubmitForm(
    { userIds: shares.users.map((user) => String(user.id)) },
    {
      validate: () => ({}),
      send: async ({ userIds }) => {
        onSaved(await call('contacts.shares.set', { contactId: contact.id, userIds: userIds.map(Number) }));
        close();
      },
    },
  );
  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('contacts.sharing.title', { name: contact.name })}>
      <form onSubmit={form.submit} noValidate>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('contacts.sharing.description')}
          </Text>
          <FormErrorAlert error={form.refusal} />
          <MultiSelect
            label={t('contacts.sharing.colleagues')}
            data={colleagues}
            value={form.values.userIds}
            onChange={(userIds) => form.setValues({ userIds })}
            maxValues={MAX_SHARES}
            searchable
            clearable
            nothingFoundMessage={t('contacts.sharing.nobody')}
            data-autofocus
          />
          <FormDialogButtons
            submitLabel={t('contacts.sharing.save')}
            submitting={form.submitting}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}

/** Who else sees this customer when staff see only their own; its owner or an admin changes it. */
export function ContactSharing({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const [shares, setShares] = useState<ContactShares | null>(null);
  const [editing, setEditing] = useState(false);
  const mayShare = contact.deletedAt === null && (contact.ownerId === me.id || roleAtLeast(me.role, 'admin'));

  useEffect(() => {
    let cancelled = false;
    call('contacts.shares.get', { contactId: contact.id }).then(
      (loaded) => !cancelled && setShares(loaded),
      // Sharing is secondary on this page; the contact itself still shows.
      () => !cancelled && setShares(null),
    );
    return () => {
      cancelled = true;
    };
  }, [contact.id, contact.version]);

  if (!shares) return <Text c="dimmed">—</Text>;
  return (
    <Group gap="xs" align="center">
      <Text fz="sm">
        {shares.users.length > 0
          ? shares.users.map((user) => user.displayName).join(', ')
          : t('contacts.sharing.none')}
      </Text>
      {mayShare && (
        <>
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconShare size={14} />}
            onClick={() => setEditing(true)}
          >
            {t('contacts.sharing.edit')}
          </Button>
          <ShareDialog
            contact={contact}
            shares={shares}
            opened={editing}
            onClose={() => setEditing(false)}
            onSaved={setShares}
          />
        </>
      )}
    </Group>
  );
}
