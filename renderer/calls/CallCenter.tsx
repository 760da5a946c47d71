import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { showBrowserNotification } from '../app/desktopNotifications';
import { onEvent } from '../bridge/events';
import { ActiveCallPanel } from './ActiveCallPanel';
import { useCallCenterStore } from './callCenterStore';
import { EditCallDialog } from './EditCallDialog';
import { ScreenPop } from './ScreenPop';

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
        const closed = useCallCenterStore.getState().callChanged(change);
        if (closed) {
          notifications.show({ message: t('calls.active.endedElsewhere', { number: closed.number }) });
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
