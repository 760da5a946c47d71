import { Anchor, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompanyContact } from '../../shared/companies/contract';
import { call } from '../bridge/call';
import { onContactChanged } from '../contacts/contactChanges';
import { PagedListContent } from '../ui/PagedListContent';
import { usePagedList } from '../ui/usePagedList';
import { PersonAvatar } from '../ui/PersonAvatar';

/** The company's people, by name, each a link to their page. */
export function CompanyContactsCard({ companyId }: { companyId: number }) {
  const { t } = useTranslation();
  const list = usePagedList<CompanyContact>(String(companyId), (cursor) =>
    call('companies.contacts', { companyId, cursor, limit: 50 }),
  );
  const { reload } = list;
  useEffect(() => onContactChanged(reload), [reload]);

  const content = (
    <PagedListContent
      list={list}
      empty={{
        icon: IconUsers,
        title: t('companies.contacts.emptyTitle'),
        description: t('companies.contacts.emptyText'),
      }}
    >
      {(contacts) => (
        <Stack gap={0}>
          {contacts.map((contact, index) => (
            <div key={contact.id}>
              {index > 0 && <Divider />}
              <Group gap="sm" py="xs" wrap="nowrap">
                <PersonAvatar name={contact.name} size={32} />
                <Stack gap={0} miw={0}>
                  <Anchor component={Link} to={`/contacts/${contact.id}`} fw={500}>
                    {contact.name}
                  </Anchor>
                  <Text fz="xs" c="dimmed" truncate>
                    {[contact.title, contact.phone, contact.email].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
              </Group>
            </div>
          ))}
        </Stack>
      )}
    </PagedListContent>
  );
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('companies.contacts.title')}>
      <Title order={2} fz="md" mb="sm">
        {t('companies.contacts.title')}
      </Title>
      {content}
    </Card>
  );
}
