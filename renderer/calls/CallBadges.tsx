import { Badge, ThemeIcon } from '@mantine/core';
import { IconPhoneIncoming, IconPhoneOutgoing } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Call, CallDirection } from '../../shared/calls/contract';
import { callState, type CallState } from './callFigures';

const STATE_COLORS: Record<CallState, string> = {
  ringing: 'blue',
  connected: 'teal',
  answered: 'teal',
  missed: 'red',
  noAnswer: 'gray',
  busy: 'orange',
  voicemail: 'violet',
};

/** How a call ended; a call still under way says so. */
export function CallStateBadge({ call }: { call: Call }) {
  const { t } = useTranslation();
  const state = callState(call);
  const running = state === 'ringing' || state === 'connected';
  return (
    <Badge variant={running ? 'dot' : 'light'} color={STATE_COLORS[state]}>
      {t(`calls.states.${state}`)}
    </Badge>
  );
}

/** Incoming or outgoing, as an icon named for screen readers. */
export function DirectionIcon({ direction }: { direction: CallDirection }) {
  const { t } = useTranslation();
  const DirectionGlyph = direction === 'inbound' ? IconPhoneIncoming : IconPhoneOutgoing;
  return (
    <ThemeIcon
      variant="light"
      color={direction === 'inbound' ? 'blue' : 'grape'}
      size="sm"
      radius="xl"
      role="img"
      aria-label={t(`calls.directions.${direction}`)}
    >
      <DirectionGlyph size={14} />
    </ThemeIcon>
  );
}
