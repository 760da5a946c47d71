import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/roles';
import { usersProcedures } from '../../shared/users/contract';
import { call } from '../bridge/call';
import { isCallError, validationIssues } from '../bridge/CallError';
import { fieldErrorsFrom, type FieldErrors } from '../forms/fieldErrors';
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
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setValues(EMPTY);
    setErrors({});
    setRefusal(null);
    onClose();
  };

  const change = (field: Exclude<keyof NewUser, 'role'>, value: string) =>
    setValues({ ...values, [field]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const user = await call('users.create', values);
      replace(user);
      notifications.show({ color: 'teal', message: t('users.create.done', { name: user.displayName }) });
      close();
    } catch (error) {
      if (isCallError(error) && error.code === 'VALIDATION') setErrors(serverErrors(error));
      else setRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  const errorOf = (field: keyof NewUser) => errors[field]?.(t);

  return (
    <AppModal opened={opened} onClose={close} title={t('users.create.title')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {refusal !== null && <UserErrorAlert error={refusal} />}
          <TextInput
            label={t('users.fields.displayName')}
            value={values.displayName}
            onChange={(event) => change('displayName', event.currentTarget.value)}
            error={errorOf('displayName')}
            data-autofocus
            required
          />
          <TextInput
            label={t('auth.username')}
            description={t('users.create.usernameHint')}
            value={values.username}
            onChange={(event) => change('username', event.currentTarget.value)}
            error={errorOf('username')}
            autoComplete="off"
            required
          />
          <PasswordInput
            label={t('users.create.password')}
            description={t('users.create.passwordHint')}
            value={values.password}
            onChange={(event) => change('password', event.currentTarget.value)}
            error={errorOf('password')}
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
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('users.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
