import { Button, Card, Divider, Group, Stack, Title } from '@mantine/core';
import { IconCalendarPlus, IconCalendarTime } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Followup } from '../../shared/followups/contract';
import { call } from '../bridge/call';
import { PagedListContent } from '../ui/PagedListContent';
import { usePagedList } from '../ui/usePagedList';
import { onFollowupChanged } from './followupChanges';
import { useFollowupDialogStore } from './followupDialogStore';
import { FollowupRow } from './FollowupRow';

export type FollowupsOf = { kind: 'contact' | 'company'; id: number };

const PAGE = 20;

function loadPage(of: FollowupsOf, cursor: string | null) {
  return of.kind === 'contact'
    ? call('followups.listForContact', { contactId: of.id, cursor, limit: PAGE })
    : call('companies.followups', { companyId: of.id, cursor, limit: PAGE });
}

/** A contact's or company's follow-ups, latest due first, with "Add follow-up". */
export function FollowupsCard({ of, readOnly = false }: { of: FollowupsOf; readOnly?: boolean }) {
  const { t } = useTranslation();
  const openCreate = useFollowupDialogStore((store) => store.openCreate);
  const list = usePagedList<Followup>(`${of.kind}:${of.id}`, (cursor) => loadPage(of, cursor));
  const { reload } = list;
  // Overdue as of when the card was opened: enough for a page that is looked at, not watched.
  const [now] = useState(Date.now);

  useEffect(() => onFollowupChanged(reload), [reload]);

  const add = () =>
    openCreate(
      of.kind === 'contact' ? { contactId: of.id, companyId: null } : { contactId: null, companyId: of.id },
    );

  const content = (
    <PagedListContent
      list={list}
      empty={{
        icon: IconCalendarTime,
        title: t('followups.card.emptyTitle'),
        description: t('followups.card.emptyText'),
      }}
    >
      {(followups) => (
        <Stack gap={0}>
          {followups.map((followup, index) => (
            <div key={followup.id}>
              {index > 0 && <Divider />}
              <FollowupRow
                followup={followup}
                overdue={!followup.done && followup.dueAt !== null && followup.dueAt < now}
              />
            </div>
          ))}
        </Stack>
      )}
    </PagedListContent>
  );

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('followups.card.title')}>
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="md">
          {t('followups.card.title')}
        </Title>
        {!readOnly && (
          <Button size="xs" variant="light" leftSection={<IconCalendarPlus size={16} />} onClick={add}>
            {t('followups.card.add')}
          </Button>
        )}
      </Group>
      {content}
    </Card>
  );
}
