import { Select, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/authStore';
import { FOLLOWUP_KINDS, type Followup, type FollowupKind } from '../../shared/followups/contract';
import { call } from '../bridge/call';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useSubmitForm } from '../forms/useSubmitForm';
import { AppModal } from '../ui/AppModal';
import { useUsersStore } from '../users/usersStore';
import { fromDueInput, nextFullHour, toDueInput } from './dueInput';
import { announceFollowupChanged } from './followupChanges';
import { useFollowupDialogStore, type FollowupSubject } from './followupDialogStore';
import { serverErrors, validateFollowup, type FollowupValues } from './followupFormValues';

function FollowupForm({
  followup,
  subject,
  onClose,
}: {
  followup: Followup | null;
  subject: FollowupSubject;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const users = useUsersStore((store) => store.users);
  const [openedAt] = useState(Date.now);
  const empty: FollowupValues = followup
    ? {
        kind: followup.kind,
        subject: followup.subject,
        body: followup.body ?? '',
        due: toDueInput(followup.dueAt),
        assigneeId: String(followup.assigneeId),
      }
    : {
        kind: 'call',
        subject: '',
        body: '',
        due: toDueInput(nextFullHour(openedAt)),
        assigneeId: String(user.id),
      };
  const form = useSubmitForm(empty, {
    validate: validateFollowup,
    send: async (values) => {
      const fields = {
        kind: values.kind,
        subject: values.subject.trim(),
        body: values.body.trim() || null,
        dueAt: fromDueInput(values.due),
        assigneeId: Number(values.assigneeId),
      };
      if (followup) {
        await call('followups.update', { id: followup.id, version: followup.version, patch: fields });
      } else {
        await call('followups.create', { ...fields, ...subject });
      }
      announceFollowupChanged();
      notifications.show({
        color: 'teal',
        message: t(followup ? 'followups.dialog.saved' : 'followups.dialog.created'),
      });
      onClose();
    },
    fieldErrorsOf: serverErrors,
  });
  const { values, setValues } = form;
  // Anyone active may be given a follow-up; one's current assignee stays listed even if not.
  const assignees = users.filter((u) => u.active || String(u.id) === values.assigneeId);
  const assigneeOptions = (assignees.length > 0 ? assignees : [user]).map((u) => ({
    value: String(u.id),
    label: u.displayName,
  }));

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={form.refusal} />
        <SegmentedControl
          aria-label={t('followups.fields.kind')}
          data={FOLLOWUP_KINDS.map((kind) => ({ value: kind, label: t(`followups.kinds.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => setValues({ ...values, kind: kind as FollowupKind })}
          fullWidth
        />
        <TextInput
          label={t('followups.fields.subject')}
          {...form.fieldProps('subject')}
          data-autofocus
          required
        />
        <TextInput
          type="datetime-local"
          label={t('followups.fields.due')}
          description={values.kind === 'note' ? t('followups.dialog.noteNeedsNoDue') : undefined}
          {...form.fieldProps('due')}
          required={values.kind !== 'note'}
        />
        <Select
          label={t('followups.fields.assignee')}
          data={assigneeOptions}
          value={values.assigneeId}
          onChange={(id) => id && setValues({ ...values, assigneeId: id })}
          allowDeselect={false}
          error={form.errors.assigneeId?.(t)}
        />
        <Textarea
          label={t('followups.fields.body')}
          autosize
          minRows={3}
          maxRows={10}
          {...form.fieldProps('body')}
        />
        <FormDialogButtons
          submitLabel={t(followup ? 'followups.dialog.save' : 'followups.dialog.create')}
          submitting={form.submitting}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

/** New or edited follow-up: kind, subject, due time, assignee and notes. Mounted once, in the shell. */
export function FollowupDialog() {
  const { t } = useTranslation();
  const state = useFollowupDialogStore((store) => store.state);
  const close = useFollowupDialogStore((store) => store.close);
  const followup = state.mode === 'edit' ? state.followup : null;
  const subject =
    state.mode === 'create'
      ? state.subject
      : { contactId: followup?.contactId ?? null, companyId: followup?.companyId ?? null };
  return (
    <AppModal
      opened={state.mode !== 'closed'}
      onClose={close}
      title={t(followup ? 'followups.dialog.editTitle' : 'followups.dialog.createTitle')}
      size="lg"
    >
      {state.mode !== 'closed' && (
        <FollowupForm
          key={followup ? `edit-${followup.id}-${followup.version}` : 'create'}
          followup={followup}
          subject={subject}
          onClose={close}
        />
      )}
    </AppModal>
  );
}
