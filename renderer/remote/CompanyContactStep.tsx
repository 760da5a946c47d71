import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyContact } from '../../shared/companies/contract';
import { call } from '../bridge/call';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';

/** A company's contacts read for the picker; a company with more is rare in a small business. */
const CONTACTS = 200;

/**
 * Started from a company: the session is with one of its people, whose remote ids the company
 * keeps on their contact, so the agent picks that person first.
 */
export function CompanyContactStep({
  companyId,
  onPicked,
  onCancel,
}: {
  companyId: number;
  onPicked(contactId: number): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [contacts, setContacts] = useState<CompanyContact[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    call('companies.contacts', { companyId, limit: CONTACTS }).then(
      ({ items }) => {
        if (cancelled) return;
        setContacts(items);
        setError(null);
        // One person: nothing to choose.
        if (items.length === 1) onPicked(items[0]!.id);
      },
      (caught: unknown) => !cancelled && setError(caught),
    );
    return () => {
      cancelled = true;
    };
  }, [companyId, generation, onPicked]);

  if (error) return <ErrorState error={error} onRetry={() => setGeneration((count) => count + 1)} />;
  if (!contacts) return <CenteredLoader />;
  if (contacts.length === 0) {
    return (
      <NoticeState
        icon={IconUsers}
        title={t('remote.start.noContactsTitle')}
        description={t('remote.start.noContactsText')}
      />
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked !== null) onPicked(Number(picked));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Select
          label={t('remote.start.contact')}
          description={t('remote.start.contactHint')}
          data={contacts.map((contact) => ({ value: String(contact.id), label: contact.name }))}
          value={picked}
          onChange={setPicked}
          searchable
          data-autofocus
        />
        <Text fz="xs" c="dimmed">
          {t('remote.start.contactLogged')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={picked === null}>
            {t('common.next')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
