import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { showBrowserNotification } from '../app/desktopNotifications';
import { announceFollowupChanged } from './followupChanges';
import { followupPath } from './reminderTarget';

/** Its own component, so that it follows a change of language while it is shown. */
function OverdueSummary({ count, onOpen }: { count: number; onOpen(): void }) {
  const { t } = useTranslation();
  return (
    <Anchor component="button" fz="sm" onClick={onOpen}>
      {t('followups.reminder.overdue', { count })}
    </Anchor>
  );
}

/**
 * Follow-up reminders, wherever the user is in the app: always in the window, and as a browser
 * notification when allowed (the desktop app shows its own). Mounted by the shell.
 */
export function useReminders(): void {
  const { t } = useTranslation();
  const navigate = useNavigate();

  useEffect(() => {
    const open = (target: { contactId: number | null; companyId: number | null }) => {
      const path = followupPath(target);
      if (path) void navigate(path);
    };
    const offDue = onEvent('followup.due', (reminder) => {
      const about = [reminder.contactName, reminder.companyName].filter(Boolean).join(' · ');
      const title = t('followups.reminder.title', { kind: t(`followups.kinds.${reminder.kind}`) });
      notifications.show({
        id: `followup-reminder-${reminder.id}`,
        title,
        autoClose: false,
        color: 'orange',
        message: (
          <Stack gap={2} data-testid="followup-reminder">
            <Text fz="sm" fw={500}>
              {reminder.subject}
            </Text>
            {about && (
              <Anchor
                component="button"
                fz="sm"
                onClick={() => {
                  notifications.hide(`followup-reminder-${reminder.id}`);
                  open(reminder);
                }}
              >
                {about}
              </Anchor>
            )}
          </Stack>
        ),
      });
      showBrowserNotification(reminder.subject, about || title, `followup-${reminder.id}`, () =>
        open(reminder),
      );
      // "Today" becomes "overdue" on My follow-ups.
      announceFollowupChanged();
    });
    const offClicked = onEvent('followup.reminderClicked', open);
    return () => {
      offDue();
      offClicked();
    };
  }, [navigate, t]);

  // A reminder goes out once, to whoever is signed in at the time; what fell due while this user
  // was away is summed up when the app opens.
  useEffect(() => {
    let cancelled = false;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    call('followups.mine', { timeZone, limit: 200 }).then(
      ({ overdue }) => {
        if (cancelled || overdue.length === 0) return;
        notifications.show({
          id: 'followups-overdue',
          color: 'orange',
          autoClose: false,
          message: (
            <OverdueSummary
              count={overdue.length}
              onOpen={() => {
                notifications.hide('followups-overdue');
                void navigate('/followups');
              }}
            />
          ),
        });
      },
      () => undefined, // My follow-ups says what went wrong when opened.
    );
    return () => {
      cancelled = true;
    };
  }, [navigate]);
}
