import { Anchor, Group, Table, Text } from '@mantine/core';
import { IconPhoneOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Call } from '../../shared/calls/contract';
import { useSession } from '../auth/authStore';
import { IconButton } from '../ui/IconButton';
import { CallStateBadge, DirectionIcon } from './CallBadges';
import { useCallCenterStore } from './callCenterStore';
import { formatCallSeconds } from './callFigures';
import { EditCallButton } from './EditCallButton';
import { RecordingButtons } from './RecordingButtons';
import { useCallsOpen } from './useCallsAccess';

const formatTime = (at: number, language: string) =>
  new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(at);

/**
 * Hangs up one of the user's calls still running here, e.g. a screen pop dismissed or a window
 * reloaded meanwhile: the call panel takes it up again and opens its end form.
 */
function HangUpButton({ call }: { call: Call }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const open = useCallsOpen();
  const other = useCallCenterStore((store) => store.active !== null && store.active.call.id !== call.id);
  if (!open || call.endedAt !== null || call.agentId !== user.id || other) return null;
  const hangUp = () => {
    const store = useCallCenterStore.getState();
    if (store.active === null) store.follow(call, call.startedAt);
    store.openEnd();
  };
  return (
    <IconButton
      icon={IconPhoneOff}
      color="red"
      size="sm"
      label={t('calls.log.hangUp', { number: call.number })}
      onClick={hangUp}
    />
  );
}

/** One day's calls: when, which way, with whom, who took it, how it ended and how long it took. */
export function CallLog({ calls }: { calls: Call[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('calls.log.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('calls.log.time')}</Table.Th>
          <Table.Th>{t('calls.log.number')}</Table.Th>
          <Table.Th>{t('calls.log.contact')}</Table.Th>
          <Table.Th>{t('calls.log.agent')}</Table.Th>
          <Table.Th>{t('calls.log.outcome')}</Table.Th>
          <Table.Th ta="right">{t('calls.log.duration')}</Table.Th>
          <Table.Th ta="right">{t('calls.log.talk')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {calls.map((call) => (
          <Table.Tr key={call.id}>
            <Table.Td>{formatTime(call.startedAt, i18n.language)}</Table.Td>
            <Table.Td>
              <Text component="span" fz="sm" style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
                <DirectionIcon direction={call.direction} />
                {call.number}
              </Text>
            </Table.Td>
            <Table.Td>
              {call.contactId !== null && call.contactName ? (
                <Anchor component={Link} to={`/contacts/${call.contactId}`} fz="sm">
                  {call.contactName}
                </Anchor>
              ) : (
                <Text fz="sm" c="dimmed">
                  {t('calls.log.unknownCaller')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{call.agentName}</Table.Td>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <CallStateBadge call={call} />
                <HangUpButton call={call} />
                <EditCallButton call={call} />
                <RecordingButtons call={call} />
              </Group>
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatCallSeconds(call.durationS)}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatCallSeconds(call.talkS)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
