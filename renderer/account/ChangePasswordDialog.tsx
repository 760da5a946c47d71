import { PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { authProcedures } from '../../shared/auth/contract';
import { call } from '../bridge/call';
import { validationIssues } from '../bridge/CallError';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { fieldErrorsFrom, type FieldErrors } from '../forms/fieldErrors';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { useSubmitForm } from '../forms/useSubmitForm';
import { AppModal } from '../ui/AppModal';

const changeInput = authProcedures['auth.changePassword'].input;

const EMPTY = { currentPassword: '', newPassword: '', repeatPassword: '' };
type PasswordChange = typeof EMPTY;

function validate(values: PasswordChange): FieldErrors {
  const { repeatPassword, ...input } = values;
  const parsed = changeInput.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
  if (!errors.newPassword && input.newPassword === input.currentPassword) {
    errors.newPassword = (t) => t('account.password.mustDiffer');
  } else if (!errors.newPassword && repeatPassword !== input.newPassword) {
    errors.repeatPassword = (t) => t('auth.setup.passwordsDiffer');
  }
  return errors;
}

/** The server names the field it refused: a wrong current password, or a new one that is the same. */
function serverErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of validationIssues(error)) {
    if (issue.path[0] === 'currentPassword')
      errors.currentPassword = (t) => t('account.password.wrongCurrent');
    if (issue.path[0] === 'newPassword') errors.newPassword = (t) => t('account.password.mustDiffer');
  }
  return errors;
}

/** One's own password, changed with the current one; every other session of the account ends. */
export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const form = useSubmitForm(EMPTY, {
    validate,
    send: async ({ currentPassword, newPassword }) => {
      await call('auth.changePassword', { currentPassword, newPassword });
      notifications.show({ color: 'teal', message: t('account.password.done') });
      close();
    },
    fieldErrorsOf: serverErrors,
  });

  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('account.password.title')} size="md">
      <form onSubmit={form.submit} noValidate>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('account.password.description')}
          </Text>
          <FormErrorAlert error={form.refusal} />
          <PasswordInput
            label={t('account.password.current')}
            {...form.fieldProps('currentPassword')}
            autoComplete="current-password"
            data-autofocus
            required
          />
          <NewPasswordFields
            label={t('account.password.new')}
            password={form.fieldProps('newPassword')}
            repeatPassword={form.fieldProps('repeatPassword')}
          />
          <FormDialogButtons
            submitLabel={t('account.password.submit')}
            submitting={form.submitting}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
