import { Badge, Group, Paper, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  WORK_ORDER_STATUSES,
  type ThreadEntry,
  type WorkOrderStatus,
} from '../../shared/workorders/contract';
import { formatDateTime } from '../i18n/formatDate';
import { ReplyText } from '../knowledge/ReplyText';
import { PersonAvatar } from '../ui/PersonAvatar';
import { useUsersStore } from '../users/usersStore';

const isStatus = (value: string | null): value is WorkOrderStatus =>
  (WORK_ORDER_STATUSES as readonly (string | null)[]).includes(value);

/** A status or assignment line: who did what, and the reason they gave. */
function ChangeLine({ entry }: { entry: ThreadEntry }) {
  const { t, i18n } = useTranslation();
  const users = useUsersStore((store) => store.users);
  const nameOf = (id: string | null) =>
    users.find((user) => String(user.id) === id)?.displayName ?? t('workorders.thread.someone');
  const what =
    entry.kind === 'status'
      ? t('workorders.thread.status', {
          name: entry.authorName,
          status: isStatus(entry.to) ? t(`workorders.statuses.${entry.to}`) : entry.to,
        })
      : entry.to === null
        ? t('workorders.thread.unassigned', { name: entry.authorName })
        : t('workorders.thread.assigned', { name: entry.authorName, assignee: nameOf(entry.to) });
  return (
    <Group gap="xs" px="sm" wrap="nowrap" data-testid="thread-entry">
      <Text fz="xs" c="dimmed">
        {what}
        {entry.body && ` · ${t('workorders.thread.reason', { reason: entry.body })}`}
      </Text>
      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(entry.at, i18n.language)}
      </Text>
    </Group>
  );
}

/** One line of the thread: a reply, an internal note (set apart), or what changed. */
export function ThreadEntryView({ entry }: { entry: ThreadEntry }) {
  const { t, i18n } = useTranslation();
  if (entry.kind === 'status' || entry.kind === 'assignment') return <ChangeLine entry={entry} />;
  const note = entry.kind === 'note';
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      bg={note ? 'var(--mantine-color-yellow-light)' : undefined}
      style={note ? { borderStyle: 'dashed' } : undefined}
      data-testid="thread-entry"
    >
      <Group gap="sm" mb={6} wrap="nowrap">
        <PersonAvatar name={entry.authorName} size={26} />
        <Text fz="sm" fw={600}>
          {entry.authorName}
        </Text>
        <Text fz="xs" c="dimmed">
          {formatDateTime(entry.at, i18n.language)}
        </Text>
        {note && (
          <Badge color="yellow" variant="light" leftSection={<IconLock size={12} />} tt="none">
            {t('workorders.thread.internal')}
          </Badge>
        )}
      </Group>
      <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        <ReplyText body={entry.body ?? ''} />
      </Text>
    </Paper>
  );
}
