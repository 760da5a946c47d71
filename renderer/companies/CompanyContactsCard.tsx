import { Anchor, Card, Center, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompanyContact } from '../../shared/companies/contract';
import { call } from '../bridge/call';
import { onContactChanged } from '../contacts/contactChanges';
import { LoadMore } from '../timeline/LoadMore';
import { usePagedList } from '../timeline/usePagedList';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { PersonAvatar } from '../ui/PersonAvatar';

/** The company's people, by name, each a link to their page. */
export function CompanyContactsCard({ companyId }: { companyId: number }) {
  const { t } = useTranslation();
  const { state, loadMore, reload } = usePagedList<CompanyContact>(String(companyId), (cursor) =>
    call('companies.contacts', { companyId, cursor, limit: 50 }),
  );
  useEffect(() => onContactChanged(reload), [reload]);

  let content;
  if (state.status === 'loading') {
    content = (
      <Center py="lg" role="status" aria-label={t('common.loading')}>
        <Loader size="sm" />
      </Center>
    );
  } else if (state.status === 'error') {
    content = <ErrorState error={state.error} onRetry={reload} />;
  } else if (state.items.length === 0) {
    content = (
      <NoticeState
        icon={IconUsers}
        title={t('companies.contacts.emptyTitle')}
        description={t('companies.contacts.emptyText')}
        py="md"
      />
    );
  } else {
    content = (
      <Stack gap={0}>
        {state.items.map((contact, index) => (
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
        {state.nextCursor !== null && <LoadMore state={state.more} onLoadMore={loadMore} />}
      </Stack>
    );
  }
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('companies.contacts.title')}>
      <Title order={2} fz="md" mb="sm">
        {t('companies.contacts.title')}
      </Title>
      {content}
    </Card>
  );
}
