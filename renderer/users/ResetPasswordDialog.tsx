import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { password as passwordSchema } from '../../shared/auth/contract';
import type { ManagedUser } from '../../shared/users/contract';
import { call } from '../bridge/call';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { fieldErrorsFrom, type FieldErrors } from '../forms/fieldErrors';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { useSubmitForm } from '../forms/useSubmitForm';
import { AppModal } from '../ui/AppModal';
import { UserErrorAlert } from './UserErrorAlert';
import { useUsersStore } from './usersStore';

const EMPTY = { password: '', repeatPassword: '' };

function validate({ password, repeatPassword }: typeof EMPTY): FieldErrors {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) {
    return fieldErrorsFrom(parsed.error.issues.map((issue) => ({ ...issue, path: ['password'] })));
  }
  return repeatPassword === password ? {} : { repeatPassword: (t) => t('auth.setup.passwordsDiffer') };
}

/** Sets a new password for someone who forgot theirs; it signs them out everywhere. */
export function ResetPasswordDialog({ user, onClose }: { user: ManagedUser | null; onClose(): void }) {
  const { t } = useTranslation();
  const replace = useUsersStore((store) => store.replace);
  const form = useSubmitForm(EMPTY, {
    validate,
    send: async ({ password }) => {
      // The dialog may still show while it closes, its user already gone.
      if (!user) return close();
      replace(await call('users.resetPassword', { id: user.id, version: user.version, password }));
      notifications.show({ color: 'teal', message: t('users.reset.done', { name: user.displayName }) });
      close();
    },
  });

  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <AppModal
      opened={user !== null}
      onClose={close}
      title={t('users.reset.title', { name: user?.displayName ?? '' })}
      size="md"
    >
      <form onSubmit={form.submit} noValidate>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('users.reset.description')}
          </Text>
          {form.refusal !== null && <UserErrorAlert error={form.refusal} />}
          <NewPasswordFields
            label={t('users.reset.password')}
            password={form.fieldProps('password')}
            repeatPassword={form.fieldProps('repeatPassword')}
            autoFocus
          />
          <FormDialogButtons
            submitLabel={t('users.reset.submit')}
            submitting={form.submitting}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
