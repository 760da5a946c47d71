import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RemoteSession } from '../../shared/remote/contract';
import { formatDateTime } from '../i18n/formatDate';
import { formatServiceTime } from './duration';
import { OutcomeBadge } from './OutcomeBadge';
import { toolName } from './remoteTexts';

/** One logged session: tool and id, who and when, how long, how it ended, and its notes. */
export function RemoteSessionRow({
  session,
  showWorkOrder,
  onEnd,
}: {
  session: RemoteSession;
  /** On a customer's page the work order is worth linking to; in the work order's own thread not. */
  showWorkOrder: boolean;
  /** Offered on a running session the user may end. */
  onEnd?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const running = session.endedAt === null;
  return (
    <Stack gap={4} py="sm">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="wrap">
          <Text fz="sm" fw={600}>
            {t('remote.session.summary', { tool: toolName(session.tool, t), remoteId: session.remoteId })}
          </Text>
          <OutcomeBadge outcome={session.outcome} running={running} />
        </Group>
        {onEnd && (
          <Button size="xs" variant="light" color="red" onClick={onEnd}>
            {t('remote.running.end')}
          </Button>
        )}
      </Group>
      <Text fz="xs" c="dimmed">
        {[
          session.agentName,
          formatDateTime(session.startedAt, i18n.language),
          session.durationS !== null &&
            t('remote.session.duration', { time: formatServiceTime(session.durationS) }),
        ]
          .filter(Boolean)
          .join(' · ')}
        {showWorkOrder && session.workOrderId !== null && session.workOrderNumber && (
          <>
            {' · '}
            <Anchor component={Link} to={`/workorders/${session.workOrderId}`} fz="xs">
              {session.workOrderNumber}
            </Anchor>
          </>
        )}
      </Text>
      {session.notes && (
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {session.notes}
        </Text>
      )}
    </Stack>
  );
}
