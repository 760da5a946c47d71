import { Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../shared/companies/contract';
import { call } from '../bridge/call';
import { FollowupsCard } from '../followups/FollowupsCard';
import { formatDateTime } from '../i18n/formatDate';
import { TimelineCard } from '../timeline/TimelineCard';
import { LoadedRecordPage } from '../ui/LoadedRecordPage';
import { RemoteHelpButton } from '../remote/RemoteHelpButton';
import { NewWorkOrderButton } from '../workorders/NewWorkOrderButton';
import { CompanyContactsCard } from './CompanyContactsCard';

const loadCompany = (id: number) => call('companies.get', { id });

function CompanyDetail({ company }: { company: Company }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="lg" wrap="nowrap">
          <ThemeIcon size={72} radius="xl" variant="light">
            <IconBuilding size={36} />
          </ThemeIcon>
          <Stack gap={4}>
            <Title order={1} fz="h2">
              {company.name}
            </Title>
            <Text c="dimmed" fz="sm">
              {t('companies.since', { at: formatDateTime(company.createdAt, i18n.language) })}
            </Text>
          </Stack>
        </Group>
        <Group gap="sm">
          <RemoteHelpButton subject={{ companyId: company.id }} />
          <NewWorkOrderButton customer={{ company: { id: company.id, name: company.name } }} />
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <CompanyContactsCard companyId={company.id} />
        <FollowupsCard of={{ kind: 'company', id: company.id }} />
      </SimpleGrid>
      <TimelineCard subject={{ kind: 'company', id: company.id }} />
    </Stack>
  );
}

/** `/companies/:id`: a customer company, its people, its follow-ups and its timeline. */
export function CompanyPage() {
  const { t } = useTranslation();
  return (
    <LoadedRecordPage back={{ to: '/contacts', label: t('companies.back') }} load={loadCompany}>
      {(company) => <CompanyDetail company={company} />}
    </LoadedRecordPage>
  );
}
