import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoneOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNANSWERED_OUTCOMES, type Call } from '../../shared/calls/contract';
import { call as callProcedure } from '../bridge/call';
import { isCallError, validationIssues } from '../bridge/CallError';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { serverFieldErrors } from '../forms/fieldErrors';
import { useSubmitForm } from '../forms/useSubmitForm';
import { CallContactField, CallNotesField } from './CallFormFields';
import { useCallCenterStore } from './callCenterStore';
import {
  addedToCallInput,
  endCallDefaults,
  endCallInput,
  isUnansweredOutcome,
  validateCallNotes,
} from './endCallValues';

/**
 * Hanging up: why nobody answered (for a call nobody did), who an unknown caller was (the contact
 * made for them from the screen pop, if any) and what was said. A call ended elsewhere meanwhile
 * keeps the form: what was typed can be added to the ended call (calls.update).
 */
export function EndCallForm({ call, onEnded, onCancel }: { call: Call; onEnded(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const callerContact = useCallCenterStore((store) => store.callerContacts[call.id] ?? null);
  const endedElsewhere = useCallCenterStore((store) => store.endedElsewhere);
  /** The send adds to the ended call rather than ending it. */
  const [adding, setAdding] = useState(false);
  const answered = call.answeredAt !== null;
  const form = useSubmitForm(endCallDefaults(call, callerContact), {
    validate: validateCallNotes,
    revalidateAfterSubmit: true,
    fieldErrorsOf: (error) => serverFieldErrors(validationIssues(error)),
    refusalWithFieldErrors: true,
    send: async (values) => {
      if (useCallCenterStore.getState().endedElsewhere) {
        setAdding(true);
        const input = addedToCallInput(await callProcedure('calls.get', { callId: call.id }), values);
        if (input) {
          await callProcedure('calls.update', input);
          notifications.show({ color: 'teal', message: t('calls.end.notesAdded', { number: call.number }) });
        }
      } else {
        try {
          await callProcedure('calls.end', endCallInput(call, values));
        } catch (error) {
          if (isCallError(error) && error.code === 'CONFLICT') useCallCenterStore.getState().endedMeanwhile();
          throw error;
        }
        notifications.show({ color: 'teal', message: t('calls.end.done', { number: call.number }) });
      }
      onEnded();
    },
  });
  const { values, setValues } = form;
  // This window's own end may come back as an `ended` event before its answer: not "elsewhere".
  const ended = endedElsewhere && (adding || !form.submitting);
  // The end refused because the call had ended is what the notice below says.
  const refusal = ended && !adding ? null : form.refusal;
  // Notes typed, or a contact picked for a caller the call is not linked to: worth adding to it.
  const hasAdditions = values.notes.trim() !== '' || (values.contact !== null && call.contactId === null);

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={refusal} />
        {ended && (
          <Alert color="yellow" variant="light" icon={<IconPhoneOff size={18} />} role="status">
            {t(hasAdditions ? 'calls.end.endedElsewhereNotes' : 'calls.end.endedElsewhere')}
          </Alert>
        )}
        <Text fz="sm">{[call.contactName, call.number].filter(Boolean).join(' · ')}</Text>
        {!answered && !ended && (
          <Radio.Group
            label={t('calls.end.outcome')}
            value={values.outcome}
            onChange={(value) => isUnansweredOutcome(value) && setValues({ ...values, outcome: value })}
          >
            <Group gap="lg" mt="xs">
              {UNANSWERED_OUTCOMES.map((outcome) => (
                <Radio key={outcome} value={outcome} label={t(`calls.states.${outcome}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
        {call.contactId === null && (
          <CallContactField
            value={values.contact}
            onChange={(contact) => setValues({ ...values, contact })}
            error={form.errors.contactId?.(t)}
          />
        )}
        <CallNotesField
          description={t(ended ? 'calls.end.addNotesHint' : 'calls.end.notesHint')}
          {...form.fieldProps('notes')}
        />
        {ended && !hasAdditions ? (
          <Group justify="flex-end">
            <Button onClick={onEnded}>{t('common.close')}</Button>
          </Group>
        ) : (
          <FormDialogButtons
            submitLabel={t(ended ? 'calls.end.addNotes' : 'calls.end.submit')}
            submitting={form.submitting}
            onCancel={onCancel}
          />
        )}
      </Stack>
    </form>
  );
}
