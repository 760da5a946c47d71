import { Card, Divider, Group, Stack, Title } from '@mantine/core';
import { IconDeviceDesktopShare } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteSession } from '../../shared/remote/contract';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { PagedListContent } from '../ui/PagedListContent';
import { usePagedList } from '../ui/usePagedList';
import { EndSessionDialog } from './EndSessionDialog';
import { RemoteSessionRow } from './RemoteSessionRow';
import { useMayEndSession } from './useMayEndSession';
import { useRemoteAccess } from './useRemoteOpen';

const PAGE = 20;

function SessionsCard({ contactId }: { contactId: number }) {
  const { t } = useTranslation();
  const mayEnd = useMayEndSession();
  const [ending, setEnding] = useState<RemoteSession | null>(null);
  const list = usePagedList<RemoteSession>(String(contactId), (cursor) =>
    call('remote.list', { contactId, cursor, limit: PAGE }),
  );
  const { reload } = list;

  useEffect(
    () => onEvent('remoteSession.changed', (changed) => changed.contactId === contactId && reload()),
    [contactId, reload],
  );

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
                  showWorkOrder
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
 * A customer's remote sessions, latest first, kept current as they change; absent where the
 * licence does not cover remote help. A work order's sessions are in its thread instead.
 */
export function RemoteSessionsCard({ contactId }: { contactId: number }) {
  const access = useRemoteAccess();
  if (access !== 'open' && access !== 'readOnly') return null;
  return <SessionsCard contactId={contactId} />;
}
