import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { UNANSWERED_OUTCOMES, type Call } from '../../shared/calls/contract';
import { call as callProcedure } from '../bridge/call';
import { isCallError } from '../bridge/CallError';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useSubmitForm } from '../forms/useSubmitForm';
import { endCallDefaults, endCallInput, isUnansweredOutcome, validateEndCall } from './endCallValues';

/** Hanging up: why nobody answered (for a call nobody did) and what was said. */
export function EndCallForm({ call, onEnded, onCancel }: { call: Call; onEnded(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const answered = call.answeredAt !== null;
  const form = useSubmitForm(endCallDefaults(call), {
    validate: validateEndCall,
    revalidateAfterSubmit: true,
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
        <Textarea
          label={t('calls.end.notes')}
          description={t('calls.end.notesHint')}
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus
          onKeyDown={(event) => {
            // Enter logs the call; Shift+Enter starts a new line.
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          {...form.fieldProps('notes')}
        />
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
