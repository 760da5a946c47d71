import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/authStore';
import { showBrowserNotification } from '../app/desktopNotifications';
import { onEvent } from '../bridge/events';

/** The notices shown per work order, so that opening it puts them away. */
const shownNotices = new Map<number, Set<string>>();

/** Hides every notice about this work order: the user has it in front of them. */
export function hideWorkOrderNotices(id: number): void {
  for (const notice of shownNotices.get(id) ?? []) notifications.hide(notice);
  shownNotices.delete(id);
}

interface Notice {
  id: number;
  number: string;
  subject: string;
  title: string;
  /** A second line, e.g. why it was reassigned. */
  detail?: string;
  /** Distinguishes notices about the same work order. */
  tag: string;
}

/**
 * A work order given to the signed-in user, or a thread that names them: a notice in the window
 * with the way to it, and a browser notification when desktop reminders are on (the desktop app
 * shows its own and reports the click). Mounted by the shell.
 */
export function useWorkOrderNotices(): void {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();

  useEffect(() => {
    const open = (id: number) => void navigate(`/workorders/${id}`);
    const show = (notice: Notice) => {
      const id = `workorder-${notice.tag}`;
      shownNotices.set(notice.id, (shownNotices.get(notice.id) ?? new Set()).add(id));
      notifications.show({
        id,
        title: notice.title,
        color: 'indigo',
        autoClose: false,
        message: (
          <Stack gap={2} data-testid="workorder-notice">
            <Anchor
              component="button"
              fz="sm"
              ta="left"
              onClick={() => {
                hideWorkOrderNotices(notice.id);
                open(notice.id);
              }}
            >
              {notice.number} · {notice.subject}
            </Anchor>
            {notice.detail && (
              <Text fz="xs" c="dimmed">
                {notice.detail}
              </Text>
            )}
          </Stack>
        ),
      });
      showBrowserNotification(notice.title, `${notice.number} · ${notice.subject}`, notice.tag, () =>
        open(notice.id),
      );
    };
    const stops = [
      onEvent('workorder.assigned', (event) => {
        if (event.assigneeId !== user.id || event.byId === user.id) return;
        show({
          ...event,
          title: t('workorders.notice.assigned', { name: event.byName }),
          ...(event.reason && { detail: t('workorders.thread.reason', { reason: event.reason }) }),
          tag: `assigned-${event.id}`,
        });
      }),
      onEvent('workorder.mentioned', (event) =>
        show({
          ...event,
          title: t('workorders.notice.mentioned', { name: event.byName }),
          tag: `mentioned-${event.entryId}`,
        }),
      ),
      // Owners and admins alone receive it (electron/core/modules/workorders/sla/breaches.ts).
      onEvent('workorder.slaBreached', (event) =>
        show({ ...event, title: t(`sla.notice.${event.target}`), tag: `sla-${event.target}-${event.id}` }),
      ),
      onEvent('workorder.notificationClicked', (event) => open(event.id)),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [navigate, t, user.id]);
}
