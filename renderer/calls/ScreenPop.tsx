import { Anchor, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoneIncoming, IconUserPlus, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CallerMatch } from '../../shared/calls/contract';
import { call as callProcedure } from '../bridge/call';
import { useContactEditorStore } from '../contacts/contactEditorStore';
import { errorMessage } from '../i18n/errorMessages';
import { AppModal } from '../ui/AppModal';
import { useCallCenterStore, type RingingCall } from './callCenterStore';

function Caller({ match, onOpen }: { match: CallerMatch; onOpen(): void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" role="listitem">
      <Stack gap={0}>
        <Text fw={600}>{match.name}</Text>
        {match.companyName && (
          <Text fz="sm" c="dimmed">
            {match.companyName}
          </Text>
        )}
      </Stack>
      <Anchor
        component={Link}
        to={`/contacts/${match.id}`}
        fz="sm"
        onClick={onOpen}
        aria-label={t('calls.pop.openContactNamed', { name: match.name })}
      >
        {t('calls.pop.openContact')}
      </Anchor>
    </Group>
  );
}

function Ringing({ ringing }: { ringing: RingingCall }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dismiss = useCallCenterStore((store) => store.dismissRinging);
  const follow = useCallCenterStore((store) => store.follow);
  const [answering, setAnswering] = useState(false);
  const { call, matches } = ringing;
  // A contact form already open elsewhere is finished first, not discarded.
  const formFree = useContactEditorStore((store) => store.target === null);

  // The pop waits behind the contact form; once saved, it shows the new contact as the caller.
  const addCaller = () =>
    useContactEditorStore.getState().openDraft({
      phones: [call.number],
      onCreated: ({ id, name, companyName }) =>
        useCallCenterStore.getState().callerAdded(call.id, { id, name, companyName }),
    });

  const answer = () => {
    setAnswering(true);
    callProcedure('calls.answer', { callId: call.id }).then(
      (answered) => {
        follow(answered);
        // The caller is known for sure: their page is what the agent needs while talking.
        const [only] = matches;
        if (matches.length === 1 && only) void navigate(`/contacts/${only.id}`);
      },
      (error: unknown) => {
        setAnswering(false);
        notifications.show({ color: 'red', message: errorMessage(error)(t) });
      },
    );
  };

  return (
    <Stack gap="md">
      <Group gap="md" wrap="nowrap">
        <ThemeIcon size={48} radius="xl" variant="light" color="blue">
          <IconPhoneIncoming size={26} />
        </ThemeIcon>
        <Text fz={28} fw={700} ff="monospace">
          {call.number}
        </Text>
      </Group>
      {matches.length === 0 ? (
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <IconUserQuestion size={18} />
            <Text fz="sm">{t('calls.pop.unknown')}</Text>
          </Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconUserPlus size={14} />}
            disabled={!formFree}
            onClick={addCaller}
          >
            {t('calls.pop.newContact')}
          </Button>
        </Group>
      ) : (
        <Stack gap="sm" role="list" aria-label={t('calls.pop.matches')}>
          {matches.map((match) => (
            <Caller key={match.id} match={match} onOpen={dismiss} />
          ))}
        </Stack>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={dismiss}>
          {t('calls.pop.dismiss')}
        </Button>
        <Button color="teal" loading={answering} onClick={answer} data-autofocus>
          {t('calls.pop.answer')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The screen pop: an incoming call, who it may be, and Answer. Esc dismisses it. */
export function ScreenPop() {
  const { t } = useTranslation();
  const ringing = useCallCenterStore((store) => store.ringing);
  const dismiss = useCallCenterStore((store) => store.dismissRinging);
  const addingCaller = useContactEditorStore(
    (store) => store.target?.kind === 'create' && !!store.target.draft,
  );
  return (
    <AppModal opened={ringing !== null && !addingCaller} onClose={dismiss} title={t('calls.pop.title')}>
      {ringing && <Ringing key={ringing.call.id} ringing={ringing} />}
    </AppModal>
  );
}
