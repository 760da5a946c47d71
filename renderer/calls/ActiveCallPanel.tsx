import { Affix, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoneCall, IconPhoneOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call as callProcedure } from '../bridge/call';
import { errorMessage } from '../i18n/errorMessages';
import { formatElapsed } from '../remote/duration';
import { AppModal } from '../ui/AppModal';
import { useNow } from '../ui/useNow';
import { CallStateBadge, DirectionIcon } from './CallBadges';
import { useCallCenterStore, type ActiveCall } from './callCenterStore';
import { EndCallForm } from './EndCallForm';

function CallClock({ since }: { since: number }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  return (
    <Text fz="xl" fw={600} ff="monospace" role="timer" aria-label={t('calls.active.elapsed')}>
      {formatElapsed(now - since)}
    </Text>
  );
}

function Panel({ active }: { active: ActiveCall }) {
  const { t } = useTranslation();
  const update = useCallCenterStore((store) => store.update);
  const openEnd = useCallCenterStore((store) => store.openEnd);
  const [connecting, setConnecting] = useState(false);
  const { call } = active;
  // An unknown caller's new contact, linked once the call is ended.
  const callerContact = useCallCenterStore((store) => store.callerContacts[call.id]);
  const contact =
    call.contactId !== null && call.contactName
      ? { id: call.contactId, name: call.contactName }
      : callerContact;
  const mayConnect = call.direction === 'outbound' && call.answeredAt === null;

  const connect = () => {
    setConnecting(true);
    callProcedure('calls.answer', { callId: call.id })
      .then(update)
      .catch((error: unknown) => notifications.show({ color: 'red', message: errorMessage(error)(t) }))
      .finally(() => setConnecting(false));
  };

  return (
    <Paper
      withBorder
      shadow="lg"
      radius="lg"
      p="md"
      w={320}
      component="section"
      aria-label={t('calls.active.title')}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <DirectionIcon direction={call.direction} />
            <Text fw={600}>{call.number}</Text>
          </Group>
          <CallStateBadge call={call} />
        </Group>
        {contact && (
          <Anchor component={Link} to={`/contacts/${contact.id}`} fz="sm">
            {contact.name}
          </Anchor>
        )}
        <CallClock since={active.since} />
        <Group justify="flex-end" gap="xs">
          {mayConnect && (
            <Button
              variant="light"
              color="teal"
              leftSection={<IconPhoneCall size={16} />}
              loading={connecting}
              onClick={connect}
            >
              {t('calls.active.connected')}
            </Button>
          )}
          <Button color="red" leftSection={<IconPhoneOff size={16} />} onClick={openEnd}>
            {t('calls.active.hangUp')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The call under way, docked at the window's corner until it is logged as ended. */
export function ActiveCallPanel() {
  const { t } = useTranslation();
  const active = useCallCenterStore((store) => store.active);
  const ending = useCallCenterStore((store) => store.ending);
  const closeEnd = useCallCenterStore((store) => store.closeEnd);
  const finish = useCallCenterStore((store) => store.finish);
  if (active === null) return null;
  return (
    <>
      <Affix position={{ bottom: 20, right: 20 }}>
        <Panel active={active} />
      </Affix>
      <AppModal opened={ending} onClose={closeEnd} title={t('calls.end.title')}>
        {ending && <EndCallForm call={active.call} onEnded={finish} onCancel={closeEnd} />}
      </AppModal>
    </>
  );
}
