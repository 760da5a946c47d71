import { Button } from '@mantine/core';
import { IconDeviceDesktopShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRemoteLaunch, type RemoteSubject } from './remoteLaunchStore';
import { useRemoteOpen } from './useRemoteOpen';

/** "Remote help" on a customer's or a work order's page; absent where remote help is locked. */
export function RemoteHelpButton({ subject }: { subject: RemoteSubject }) {
  const { t } = useTranslation();
  const open = useRemoteOpen();
  const launch = useRemoteLaunch();
  if (!open) return null;
  return (
    <Button
      variant="default"
      leftSection={<IconDeviceDesktopShare size={16} />}
      onClick={() => launch(subject)}
    >
      {t('remote.help.button')}
    </Button>
  );
}
