import { Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../shared/calls/contract';
import { call as callProcedure } from '../bridge/call';
import { validationIssues } from '../bridge/CallError';
import { ConflictDialog } from '../forms/ConflictDialog';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { MergedFieldsNotice } from '../forms/MergedFieldsNotice';
import { serverFieldErrors } from '../forms/fieldErrors';
import { rebaseValues } from '../forms/rebase';
import { useVersionedForm } from '../forms/useVersionedForm';
import { formatDateTime } from '../i18n/formatDate';
import { AppModal } from '../ui/AppModal';
import { CallStateBadge, DirectionIcon } from './CallBadges';
import { CallContactField, CallNotesField } from './CallFormFields';
import { useCallCenterStore } from './callCenterStore';
import {
  CALL_EDIT_FIELDS,
  editCallInput,
  editCallValues,
  sameEditValue,
  validateCallNotes,
  type CallEditField,
  type CallNoteValues,
} from './endCallValues';

function EditCallForm({ call, onDone }: { call: Call; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const form = useVersionedForm<Call, CallNoteValues, CallEditField>({
    record: call,
    initialValues: () => editCallValues(call),
    fetchLatest: (saved) => callProcedure('calls.get', { callId: saved.id }),
    rebase: (saved, latest, typed) =>
      rebaseValues(CALL_EDIT_FIELDS, editCallValues(saved), editCallValues(latest), typed, sameEditValue),
    validate: validateCallNotes,
    fieldErrorsOf: (error) => serverFieldErrors(validationIssues(error)),
  });
  const { original, values, clashes } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.save(async (saved, typed) => {
      await callProcedure('calls.update', editCallInput(saved, typed));
      notifications.show({ color: 'teal', message: t('calls.edit.saved', { number: call.number }) });
      onDone();
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={form.formError} />
        <MergedFieldsNotice
          texts="calls.conflict"
          fields={clashes.map((field) => t(`calls.fields.${field}`))}
        />
        <Group gap="xs">
          <DirectionIcon direction={call.direction} />
          <Text fz="sm" fw={600}>
            {call.number}
          </Text>
          <CallStateBadge call={original} />
          <Text fz="sm" c="dimmed">
            {formatDateTime(call.startedAt, i18n.language)}
          </Text>
        </Group>
        <CallContactField
          value={values.contact}
          onChange={(contact) => form.change({ ...values, contact })}
          error={form.errors.contactId?.(t)}
        />
        <CallNotesField description={t('calls.edit.notesHint')} {...form.fieldProps('notes')} />
        <FormDialogButtons submitLabel={t('calls.edit.submit')} submitting={form.saving} onCancel={onDone} />
      </Stack>
      <ConflictDialog
        conflict={form.conflict}
        texts="calls.conflict"
        description={t('calls.conflict.description', { number: call.number })}
      />
    </form>
  );
}

/** The ended call picked in a call log or on a contact's card, its notes and contact edited; Esc closes. */
export function EditCallDialog() {
  const { t } = useTranslation();
  const editing = useCallCenterStore((store) => store.editing);
  const close = useCallCenterStore((store) => store.closeEdit);
  return (
    <AppModal opened={editing !== null} onClose={close} title={t('calls.edit.title')} size="lg">
      {editing && <EditCallForm key={editing.id} call={editing} onDone={close} />}
    </AppModal>
  );
}
