import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconRestore, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contact } from '../../../shared/contacts/contract';
import { useContactEditorStore } from '../contactEditorStore';
import { useTrashActions } from './useTrashActions';
import { PersonAvatar } from '../../ui/PersonAvatar';
import { NewWorkOrderButton } from '../../workorders/NewWorkOrderButton';
import { RemoteHelpButton } from '../../remote/RemoteHelpButton';
import { ScheduleInstallationButton } from '../../installation/ScheduleInstallationButton';

/** Who the contact is, at a glance, with what can be done to them. */
export function ContactHeader({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const openEdit = useContactEditorStore((store) => store.openEdit);
  const { moveToTrash, restore } = useTrashActions();
  const [busy, setBusy] = useState(false);
  const trashed = contact.deletedAt !== null;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Group gap="lg" wrap="nowrap" miw={0}>
        <PersonAvatar name={contact.name} size={72} fz={28} />
        <Stack gap={6} miw={0}>
          <Group gap="sm">
            <Title order={1} fz="h2">
              {contact.name}
            </Title>
            {trashed && (
              <Badge color="red" variant="light">
                {t('contacts.trash.badge')}
              </Badge>
            )}
          </Group>
          {(contact.title || contact.companyName) && (
            <Text c="dimmed">
              {contact.title}
              {contact.title && contact.companyName && ' · '}
              {contact.companyId !== null && contact.companyName && (
                <Anchor component={Link} to={`/companies/${contact.companyId}`} c="dimmed" underline="always">
                  {contact.companyName}
                </Anchor>
              )}
            </Text>
          )}
          {contact.tags.length > 0 && (
            <Group gap={6} aria-label={t('contacts.fields.tags')}>
              {contact.tags.map((tag) => (
                <Badge key={tag} variant="light" radius="sm" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Group>
      <Group gap="sm" wrap="nowrap">
        {trashed ? (
          <Button
            leftSection={<IconRestore size={16} />}
            loading={busy}
            onClick={() => void run(() => restore(contact))}
          >
            {t('contacts.trash.restore')}
          </Button>
        ) : (
          <>
            <NewWorkOrderButton
              customer={{
                contact: {
                  id: contact.id,
                  name: contact.companyName ? `${contact.name} · ${contact.companyName}` : contact.name,
                  companyId: contact.companyId,
                },
              }}
            />
            <ScheduleInstallationButton
              prefill={{
                contact: {
                  id: contact.id,
                  name: contact.companyName ? `${contact.name} · ${contact.companyName}` : contact.name,
                  companyId: contact.companyId,
                },
              }}
            />
            <RemoteHelpButton subject={{ contactId: contact.id }} />
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => openEdit(contact)}>
              {t('common.edit')}
            </Button>
            <Button
              variant="light"
              color="red"
              leftSection={<IconTrash size={16} />}
              loading={busy}
              onClick={() => void run(() => moveToTrash(contact))}
            >
              {t('contacts.trash.move')}
            </Button>
          </>
        )}
      </Group>
    </Group>
  );
}
