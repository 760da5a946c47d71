import { Button, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browserNotificationPermission, requestBrowserNotifications } from '../app/desktopNotifications';

/** Browser mode: turns on desktop reminders (the browser asks once, on this click). */
export function DesktopRemindersButton() {
  const { t } = useTranslation();
  const [permission, setPermission] = useState(browserNotificationPermission);
  if (permission === null || permission === 'granted') return null;
  if (permission === 'denied') {
    return (
      <Text fz="sm" c="dimmed" maw={320}>
        {t('followups.desktop.blocked')}
      </Text>
    );
  }
  return (
    <Button
      variant="light"
      leftSection={<IconBell size={16} />}
      onClick={() => void requestBrowserNotifications().then(setPermission)}
    >
      {t('followups.desktop.turnOn')}
    </Button>
  );
}
