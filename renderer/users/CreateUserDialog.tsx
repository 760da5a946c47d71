import { PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/roles';
import { usersProcedures } from '../../shared/users/contract';
import { call } from '../bridge/call';
import { validationIssues } from '../bridge/CallError';
import { FormDialogButtons } from '../forms/FormDialogButtons';
import { fieldErrorsFrom, type FieldErrors } from '../forms/fieldErrors';
import { useSubmitForm } from '../forms/useSubmitForm';
import { AppModal } from '../ui/AppModal';
import { isRole, roleOptions } from './roleOptions';
import { UserErrorAlert } from './UserErrorAlert';
import { useUsersStore } from './usersStore';

const createInput = usersProcedures['users.create'].input;

const EMPTY = { displayName: '', username: '', password: '', role: 'staff' as Role };
type NewUser = typeof EMPTY;

function validate(values: NewUser): FieldErrors {
  const parsed = createInput.safeParse(values);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
}

/** The server checks the format first, so a username it refuses is one that is taken. */
function serverErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of validationIssues(error)) {
    const field = issue.path[0];
    if (field === 'username') errors.username = (t) => t('users.create.usernameTaken');
    else if (field) errors[field] = (t) => t('validation.invalid');
  }
  return errors;
}

interface CreateUserDialogProps {
  opened: boolean;
  /** Roles the signed-in user may give, highest first. */
  roles: Role[];
  onClose(): void;
}

/** A new account: who it is, how they sign in, and what they may do. It takes a seat. */
export function CreateUserDialog({ opened, roles, onClose }: CreateUserDialogProps) {
  const { t } = useTranslation();
  const replace = useUsersStore((store) => store.replace);
  const form = useSubmitForm(EMPTY, {
    validate,
    send: async (values) => {
      const user = await call('users.create', values);
      replace(user);
      notifications.show({ color: 'teal', message: t('users.create.done', { name: user.displayName }) });
      close();
    },
    fieldErrorsOf: serverErrors,
  });
  const { values, setValues } = form;

  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('users.create.title')} size="md">
      <form onSubmit={form.submit} noValidate>
        <Stack gap="md">
          {form.refusal !== null && <UserErrorAlert error={form.refusal} />}
          <TextInput
            label={t('users.fields.displayName')}
            {...form.fieldProps('displayName')}
            data-autofocus
            required
          />
          <TextInput
            label={t('auth.username')}
            description={t('users.create.usernameHint')}
            {...form.fieldProps('username')}
            autoComplete="off"
            required
          />
          <PasswordInput
            label={t('users.create.password')}
            description={t('users.create.passwordHint')}
            {...form.fieldProps('password')}
            autoComplete="new-password"
            required
          />
          <Select
            label={t('users.fields.role')}
            data={roleOptions(roles, t)}
            value={values.role}
            onChange={(role) => isRole(role) && setValues({ ...values, role })}
            allowDeselect={false}
            description={t(`users.roleHints.${values.role}`)}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
          />
          <FormDialogButtons
            submitLabel={t('users.create.submit')}
            submitting={form.submitting}
            onCancel={close}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
