import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../bridge/call';
import { validationIssues } from '../bridge/CallError';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { serverFieldErrors } from '../forms/fieldErrors';
import { useSubmitForm } from '../forms/useSubmitForm';
import { AppModal } from '../ui/AppModal';
import { useCallCenterStore } from './callCenterStore';
import { validateRing, type RingValues } from './ringValues';

const EMPTY: RingValues = { number: '' };

function LogIncomingForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const form = useSubmitForm(EMPTY, {
    validate: validateRing,
    fieldErrorsOf: (error) => serverFieldErrors(validationIssues(error)),
    send: async ({ number }) => {
      const ringing = await call('calls.ring', { number: number.trim() });
      onDone();
      useCallCenterStore.getState().ring(ringing);
    },
  });
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={form.refusal} />
        <TextInput
          label={t('calls.ring.number')}
          description={t('calls.ring.numberHint')}
          required
          data-autofocus
          inputMode="tel"
          autoComplete="off"
          {...form.fieldProps('number')}
        />
        <FormDialogButtons
          submitLabel={t('calls.ring.submit')}
          submitting={form.submitting}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

/** An incoming call typed in by the agent, where no phone connector reports it: it pops up as one would. */
export function LogIncomingDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('calls.ring.title')}>
      {opened && <LogIncomingForm onDone={onClose} />}
    </AppModal>
  );
}
