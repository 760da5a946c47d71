import { Alert, Anchor, Box, Center, Group, Loader, Stack } from '@mantine/core';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isCallError } from '../../bridge/CallError';
import { ErrorState } from '../../ui/ErrorState';
import { NotFoundState } from '../../ui/NotFoundState';
import { ContactHeader } from './ContactHeader';
import { ContactInfo } from './ContactInfo';
import { useContact } from './useContact';

function ContactDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const { state, reload } = useContact(id);

  if (state.status === 'loading') {
    return (
      <Center py={80} role="status" aria-label={t('common.loading')}>
        <Loader />
      </Center>
    );
  }
  if (state.status === 'error') {
    const missing = isCallError(state.error) && state.error.code === 'NOT_FOUND';
    return missing ? <NotFoundState /> : <ErrorState error={state.error} onRetry={reload} />;
  }
  const { contact } = state;
  return (
    <Stack gap="xl">
      <ContactHeader contact={contact} />
      {contact.deletedAt !== null && (
        <Alert color="red" variant="light" icon={<IconTrash size={18} />}>
          {t('contacts.trash.inTrashNotice')}
        </Alert>
      )}
      <ContactInfo contact={contact} />
    </Stack>
  );
}

/** `/contacts/:id`: one contact, with edit, move to trash and restore. */
export function ContactDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  return (
    <Box px="xl" py="lg" maw={1100}>
      <Group mb="lg">
        <Anchor component={Link} to="/contacts" fz="sm" c="dimmed">
          <Group gap={4}>
            <IconArrowLeft size={16} />
            {t('contacts.detail.back')}
          </Group>
        </Anchor>
      </Group>
      {Number.isInteger(id) && id > 0 ? <ContactDetail id={id} /> : <NotFoundState />}
    </Box>
  );
}
