import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { REMOTE_OUTCOMES, type RemoteSession } from '../../shared/remote/contract';
import { call } from '../bridge/call';
import { isCallError } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useSubmitForm } from '../forms/useSubmitForm';
import { isRemoteOutcome, validateEndSession, type EndSessionValues } from './endSessionValues';

const EMPTY: EndSessionValues = { outcome: null, notes: '' };

/** How a session went and what was done; ending it logs its time. */
export function EndSessionForm({
  session,
  onDone,
  onCancel,
}: {
  session: RemoteSession;
  /** The session is over: ended here, or found already ended. */
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const form = useSubmitForm(EMPTY, {
    validate: validateEndSession,
    revalidateAfterSubmit: true,
    send: async (values) => {
      await call('remote.end', {
        sessionId: session.id,
        outcome: values.outcome ?? undefined,
        notes: values.notes.trim() || undefined,
      });
      notifications.show({ color: 'teal', message: t('remote.end.ended') });
      onDone();
    },
  });
  const { values, setValues } = form;
  const alreadyEnded = isCallError(form.refusal) && form.refusal.code === 'CONFLICT';

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert
          error={form.refusal}
          overrides={{ CONFLICT: (tr) => tr('remote.end.alreadyEnded') }}
        />
        <Radio.Group
          label={t('remote.end.outcome')}
          value={values.outcome}
          onChange={(value) => isRemoteOutcome(value) && setValues({ ...values, outcome: value })}
          error={form.errors.outcome?.(t)}
          required
        >
          <Group gap="lg" mt="xs">
            {REMOTE_OUTCOMES.map((outcome) => (
              <Radio key={outcome} value={outcome} label={t(`remote.outcomes.${outcome}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('remote.end.notes')}
          description={t('remote.end.notesHint')}
          autosize
          minRows={4}
          maxRows={12}
          required={values.outcome !== 'noConnection'}
          data-autofocus
          {...form.fieldProps('notes')}
        />
        <Group justify="flex-end" mt="xs">
          {alreadyEnded ? (
            <Button onClick={onDone}>{t('common.close')}</Button>
          ) : (
            <>
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('remote.end.submit')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </form>
  );
}
