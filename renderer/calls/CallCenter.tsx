import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallerMatch } from '../../shared/calls/contract';
import { showBrowserNotification } from '../app/desktopNotifications';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { errorMessage } from '../i18n/errorMessages';
import { ActiveCallPanel } from './ActiveCallPanel';
import { useCallCenterStore } from './callCenterStore';
import { EditCallDialog } from './EditCallDialog';
import { callerLinkInput } from './endCallValues';
import { ScreenPop } from './ScreenPop';

/** A contact made for the caller of a call that ended elsewhere is linked to it, if nobody linked one. */
async function linkCaller(callId: number, contact: CallerMatch): Promise<void> {
  const input = callerLinkInput(await call('calls.get', { callId }), contact);
  if (input) await call('calls.update', input);
}

/**
 * The window's part of the call center, mounted by the shell: the screen pop when a call rings
 * at this user's phone, the panel of the call under way, and the edit form of an ended call.
 */
export function CallCenter() {
  const { t } = useTranslation();
  useEffect(
    () =>
      onEvent('call.ringing', (ringing) => {
        useCallCenterStore.getState().ring(ringing);
        const caller = ringing.matches.map((match) => match.name).join(', ');
        showBrowserNotification(
          t('calls.pop.title'),
          [ringing.call.number, caller].filter(Boolean).join(' · '),
          `call-${ringing.call.id}`,
          () => undefined, // the screen pop is in the window brought forward
        );
      }),
    [t],
  );
  useEffect(
    () =>
      onEvent('call.changed', (change) => {
        const { panelClosedOn, unlinkedCaller } = useCallCenterStore.getState().callChanged(change);
        if (panelClosedOn) {
          notifications.show({ message: t('calls.active.endedElsewhere', { number: panelClosedOn.number }) });
        }
        if (unlinkedCaller) {
          linkCaller(change.id, unlinkedCaller).catch((error: unknown) =>
            notifications.show({ color: 'red', message: errorMessage(error)(t) }),
          );
        }
      }),
    [t],
  );
  return (
    <>
      <ScreenPop />
      <ActiveCallPanel />
      <EditCallDialog />
    </>
  );
}
