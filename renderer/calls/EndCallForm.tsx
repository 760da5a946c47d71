import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
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
import { endCallDefaults, endCallInput, isUnansweredOutcome, validateCallNotes } from './endCallValues';

/**
 * Hanging up: why nobody answered (for a call nobody did), who an unknown caller was (the contact
 * made for them from the screen pop, if any) and what was said.
 */
export function EndCallForm({ call, onEnded, onCancel }: { call: Call; onEnded(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const callerContact = useCallCenterStore((store) => store.callerContacts[call.id] ?? null);
  const answered = call.answeredAt !== null;
  const form = useSubmitForm(endCallDefaults(call, callerContact), {
    validate: validateCallNotes,
    revalidateAfterSubmit: true,
    fieldErrorsOf: (error) => serverFieldErrors(validationIssues(error)),
    refusalWithFieldErrors: true,
    send: async (values) => {
      await callProcedure('calls.end', endCallInput(call, values));
      notifications.show({ color: 'teal', message: t('calls.end.done', { number: call.number }) });
      onEnded();
    },
  });
  const { values, setValues } = form;
  // Ended meanwhile (in another window, by the phone connector): nothing is left to do here.
  const alreadyEnded = isCallError(form.refusal) && form.refusal.code === 'CONFLICT';

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={form.refusal} overrides={{ CONFLICT: (tr) => tr('calls.end.alreadyEnded') }} />
        <Text fz="sm">{[call.contactName, call.number].filter(Boolean).join(' · ')}</Text>
        {!answered && (
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
        <CallNotesField description={t('calls.end.notesHint')} {...form.fieldProps('notes')} />
        {alreadyEnded ? (
          <Group justify="flex-end">
            <Button onClick={onEnded}>{t('common.close')}</Button>
          </Group>
        ) : (
          <FormDialogButtons
            submitLabel={t('calls.end.submit')}
            submitting={form.submitting}
            onCancel={onCancel}
          />
        )}
      </Stack>
    </form>
  );
}
