import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Followup } from '../../shared/followups/contract';
import { call } from '../bridge/call';
import { errorMessage } from '../i18n/errorMessages';
import { announceFollowupChanged } from './followupChanges';

/** Done, reopen and delete, each telling the lists and saying what went wrong. */
export function useFollowupActions() {
  const { t } = useTranslation();
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifications.show({ color: 'teal', message: done });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('followups.actions.failed'),
        message: errorMessage(error)(t),
      });
    } finally {
      announceFollowupChanged();
    }
  };
  return {
    setDone: (followup: Followup, done: boolean) =>
      run(
        () => call('followups.complete', { id: followup.id, version: followup.version, done }),
        t(done ? 'followups.actions.markedDone' : 'followups.actions.reopened', {
          subject: followup.subject,
        }),
      ),
    remove: (followup: Followup) =>
      run(
        () => call('followups.delete', { id: followup.id, version: followup.version }),
        t('followups.actions.deleted', { subject: followup.subject }),
      ),
  };
}
