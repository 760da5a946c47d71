import { Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../shared/calls/contract';
import { formatDateTime } from '../i18n/formatDate';
import { PagedListContent } from '../ui/PagedListContent';
import { CallStateBadge, DirectionIcon } from './CallBadges';
import { formatCallSeconds } from './callFigures';
import { EditCallButton } from './EditCallButton';
import { RecordingButtons } from './RecordingButtons';
import { useCallList } from './useCallList';
import { useCallsAccess } from './useCallsAccess';

function CallRow({ call }: { call: Call }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={4} py="sm">
      <Group gap="xs" wrap="wrap">
        <DirectionIcon direction={call.direction} />
        <Text fz="sm" fw={600}>
          {call.number}
        </Text>
        <CallStateBadge call={call} />
        <EditCallButton call={call} />
        <RecordingButtons call={call} />
      </Group>
      <Text fz="xs" c="dimmed">
        {[
          call.agentName,
          formatDateTime(call.startedAt, i18n.language),
          call.durationS !== null &&
            t('calls.card.lengths', {
              duration: formatCallSeconds(call.durationS),
              talk: formatCallSeconds(call.talkS),
            }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {call.notes && (
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {call.notes}
        </Text>
      )}
    </Stack>
  );
}

function CallsCard({ contactId }: { contactId: number }) {
  const { t } = useTranslation();
  const list = useCallList({ contactId });
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('calls.card.title')}>
      <Title order={2} fz="md" mb="sm">
        {t('calls.card.title')}
      </Title>
      <PagedListContent
        list={list}
        empty={{ icon: IconPhone, title: t('calls.card.emptyTitle'), description: t('calls.card.emptyText') }}
      >
        {(calls) => (
          <Stack gap={0} role="list">
            {calls.map((call, index) => (
              <div key={call.id} role="listitem">
                {index > 0 && <Divider />}
                <CallRow call={call} />
              </div>
            ))}
          </Stack>
        )}
      </PagedListContent>
    </Card>
  );
}

/** A contact's calls, latest first, kept current; absent where the licence has no call center. */
export function ContactCallsCard({ contactId }: { contactId: number }) {
  const access = useCallsAccess();
  if (access !== 'open' && access !== 'readOnly') return null;
  return <CallsCard contactId={contactId} />;
}
