import { Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconDeviceDesktopShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RemoteSession } from '../../shared/remote/contract';
import { useNow } from '../ui/useNow';
import { formatElapsed } from './duration';
import { toolName } from './remoteTexts';

/** A session under way: with whom, for how long, and the way to end it. */
export function RunningSession({
  session,
  since,
  onEnd,
  onHide,
}: {
  session: RemoteSession;
  since: number;
  onEnd(): void;
  onHide(): void;
}) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const tool = toolName(session.tool, t);
  return (
    <Stack gap="md">
      <Group gap="md" wrap="nowrap">
        <ThemeIcon size={48} radius="xl" variant="light" color="teal">
          <IconDeviceDesktopShare size={26} />
        </ThemeIcon>
        <Stack gap={0}>
          <Text fw={600}>{t('remote.running.with', { tool, remoteId: session.remoteId })}</Text>
          {session.contactName && (
            <Text fz="sm" c="dimmed">
              {session.contactName}
              {session.workOrderNumber && ` · ${session.workOrderNumber}`}
            </Text>
          )}
        </Stack>
      </Group>
      <Text fz={40} fw={600} ta="center" ff="monospace" role="timer" aria-label={t('remote.running.elapsed')}>
        {formatElapsed(now - since)}
      </Text>
      <Text fz="sm" c="dimmed">
        {t('remote.running.hint', { tool })}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onHide}>
          {t('remote.running.hide')}
        </Button>
        <Button color="red" onClick={onEnd} data-autofocus>
          {t('remote.running.end')}
        </Button>
      </Group>
    </Stack>
  );
}
