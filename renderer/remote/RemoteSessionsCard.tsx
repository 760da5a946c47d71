import { Card, Divider, Group, Stack, Title } from '@mantine/core';
import { IconDeviceDesktopShare } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteSession } from '../../shared/remote/contract';
import { roleAtLeast } from '../../shared/roles';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { PagedListContent } from '../ui/PagedListContent';
import { usePagedList } from '../ui/usePagedList';
import { EndSessionDialog } from './EndSessionDialog';
import type { RemoteSubject } from './remoteLaunchStore';
import { RemoteSessionRow } from './RemoteSessionRow';
import { useRemoteAccess } from './useRemoteOpen';

const PAGE = 20;

function SessionsCard({ contactId, workOrderId, open }: RemoteSubject & { open: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [ending, setEnding] = useState<RemoteSession | null>(null);
  const list = usePagedList<RemoteSession>(`${contactId}:${workOrderId}`, (cursor) =>
    call('remote.list', { contactId, workOrderId, cursor, limit: PAGE }),
  );
  const { reload } = list;

  useEffect(
    () =>
      onEvent('remoteSession.changed', (changed) => {
        if (changed.contactId === contactId || changed.workOrderId === workOrderId) reload();
      }),
    [contactId, workOrderId, reload],
  );

  const mayEnd = (session: RemoteSession) =>
    open && session.endedAt === null && (session.agentId === user.id || roleAtLeast(user.role, 'admin'));

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('remote.card.title')}>
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="md">
          {t('remote.card.title')}
        </Title>
      </Group>
      <PagedListContent
        list={list}
        empty={{
          icon: IconDeviceDesktopShare,
          title: t('remote.card.emptyTitle'),
          description: t('remote.card.emptyText'),
        }}
      >
        {(sessions) => (
          <Stack gap={0} role="list">
            {sessions.map((session, index) => (
              <div key={session.id} role="listitem">
                {index > 0 && <Divider />}
                <RemoteSessionRow
                  session={session}
                  showContact={contactId === undefined}
                  onEnd={mayEnd(session) ? () => setEnding(session) : undefined}
                />
              </div>
            ))}
          </Stack>
        )}
      </PagedListContent>
      <EndSessionDialog session={ending} onClose={() => setEnding(null)} />
    </Card>
  );
}

/**
 * The remote sessions of a customer or (given only `workOrderId`) a work order, latest first,
 * kept current as they change; absent where the licence does not cover remote help.
 */
export function RemoteSessionsCard(subject: RemoteSubject) {
  const access = useRemoteAccess();
  if (access !== 'open' && access !== 'readOnly') return null;
  return <SessionsCard {...subject} open={access === 'open'} />;
}
