import { Box, Group, Paper, ThemeIcon } from '@mantine/core';
import { IconDeviceDesktopShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkedThreadEntry } from '../../shared/workorders/contract';
import { onEvent } from '../bridge/events';
import type { LinkedEntryRenderer } from '../workorders/linkedEntry';
import { EndSessionDialog } from './EndSessionDialog';
import { RemoteSessionRow } from './RemoteSessionRow';
import { toolName } from './remoteTexts';
import { useMayEndSession } from './useMayEndSession';

type RemoteSessionThreadEntry = Extract<LinkedThreadEntry, { kind: 'remoteSession' }>;

function RemoteSessionContent({ entry }: { entry: RemoteSessionThreadEntry }) {
  const { t } = useTranslation();
  const mayEnd = useMayEndSession();
  const [ending, setEnding] = useState(false);
  const { session } = entry;
  return (
    <Paper
      withBorder
      radius="md"
      px="sm"
      component="article"
      aria-label={t('remote.timeline.title', { tool: toolName(session.tool, t) })}
      data-testid="thread-entry"
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color="teal" radius="xl" mt="sm" aria-hidden>
          <IconDeviceDesktopShare size={16} />
        </ThemeIcon>
        <Box flex={1}>
          <RemoteSessionRow
            session={session}
            showWorkOrder={false}
            onEnd={mayEnd(session) ? () => setEnding(true) : undefined}
          />
        </Box>
      </Group>
      <EndSessionDialog session={ending ? session : null} onClose={() => setEnding(false)} />
    </Paper>
  );
}

/** A remote-help session in its work order's thread, followed live as it runs and ends. */
export const remoteSessionThreadRenderer: LinkedEntryRenderer<RemoteSessionThreadEntry> = {
  Content: RemoteSessionContent,
  subscribe: (changed) => onEvent('remoteSession.changed', (session) => changed(session.workOrderId)),
};
