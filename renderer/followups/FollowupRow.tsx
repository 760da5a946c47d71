import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Followup } from '../../shared/followups/contract';
import { formatDateTime } from '../i18n/formatDate';
import { AppModal } from '../ui/AppModal';
import { useFollowupDialogStore } from './followupDialogStore';
import { FOLLOWUP_KIND_ICONS } from './followupKinds';
import { useFollowupActions } from './useFollowupActions';

interface FollowupRowProps {
  followup: Followup;
  /** Where it is overdue, its time shows in red. */
  overdue?: boolean;
  /** A link to the contact or company it is about (on My follow-ups). */
  about?: { label: string; to: string } | null;
}

/** One follow-up: done box, kind, subject, due time and assignee, with edit and delete. */
export function FollowupRow({ followup, overdue = false, about = null }: FollowupRowProps) {
  const { t, i18n } = useTranslation();
  const openEdit = useFollowupDialogStore((store) => store.openEdit);
  const { setDone, remove } = useFollowupActions();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // The box shows the click at once; the lists then reload with what the server stored.
  const [doneShown, setDoneShown] = useState<boolean | null>(null);
  const KindIcon = FOLLOWUP_KIND_ICONS[followup.kind];

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    await action();
    setBusy(false);
  };

  return (
    <Group wrap="nowrap" align="flex-start" gap="sm" py="xs" data-testid="followup-row">
      <Checkbox
        mt={4}
        checked={doneShown ?? followup.done}
        disabled={busy}
        onChange={(event) => {
          const done = event.currentTarget.checked;
          setDoneShown(done);
          void act(() => setDone(followup, done)).then(() => setDoneShown(null));
        }}
        aria-label={t(followup.done ? 'followups.actions.reopen' : 'followups.actions.markDone', {
          subject: followup.subject,
        })}
      />
      <ThemeIcon variant="light" radius="xl" size="md" aria-label={t(`followups.kinds.${followup.kind}`)}>
        <KindIcon size={16} />
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1 }} miw={0}>
        <Text
          fw={500}
          td={followup.done ? 'line-through' : undefined}
          c={followup.done ? 'dimmed' : undefined}
        >
          {followup.subject}
        </Text>
        <Group gap="xs" fz="sm">
          {followup.dueAt !== null && (
            <Text fz="sm" c={overdue ? 'red' : 'dimmed'}>
              {formatDateTime(followup.dueAt, i18n.language)}
            </Text>
          )}
          <Text fz="sm" c="dimmed">
            {t('followups.row.assignee', { name: followup.assigneeName })}
          </Text>
          {about && (
            <Anchor component={Link} to={about.to} fz="sm">
              {about.label}
            </Anchor>
          )}
          {followup.done && (
            <Badge variant="light" color="teal" size="sm">
              {t('followups.row.done')}
            </Badge>
          )}
        </Group>
        {followup.body && (
          <Text fz="sm" c="dimmed" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
            {followup.body}
          </Text>
        )}
      </Stack>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('followups.row.actions', { subject: followup.subject })}
          >
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => openEdit(followup)}>
            {t('common.edit')}
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)}>
            {t('followups.actions.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <AppModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('followups.actions.deleteTitle')}
        size="sm"
      >
        <Text mb="md">{t('followups.actions.deleteQuestion', { subject: followup.subject })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            data-autofocus
            loading={busy}
            onClick={() => void act(() => remove(followup)).then(() => setConfirming(false))}
          >
            {t('followups.actions.delete')}
          </Button>
        </Group>
      </AppModal>
    </Group>
  );
}
