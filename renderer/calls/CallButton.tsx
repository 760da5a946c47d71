import { notifications } from '@mantine/notifications';
import { IconPhoneCall } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessages';
import { IconButton } from '../ui/IconButton';
import { useCallCenterStore } from './callCenterStore';
import { dialNumber } from './dialNumber';
import { useCallsOpen } from './useCallsAccess';

/** Click-to-call beside one of a contact's numbers; absent where the licence has no call center. */
export function CallButton({ number, contactId }: { number: string; contactId: number }) {
  const { t } = useTranslation();
  const open = useCallsOpen();
  const busy = useCallCenterStore((store) => store.active !== null);
  const [dialling, setDialling] = useState(false);
  if (!open) return null;

  const dial = () => {
    setDialling(true);
    dialNumber(number, contactId)
      .catch((error: unknown) => notifications.show({ color: 'red', message: errorMessage(error)(t) }))
      .finally(() => setDialling(false));
  };

  return (
    <IconButton
      icon={IconPhoneCall}
      color="teal"
      size="sm"
      label={t('calls.dial.button', { number })}
      hint={busy ? t('calls.dial.busy') : t('calls.dial.hint')}
      disabled={busy || dialling}
      onClick={dial}
    />
  );
}
