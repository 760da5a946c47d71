import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authProcedures } from '../../shared/auth/contract';
import { call } from '../bridge/call';
import { validationIssues } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { fieldErrorsFrom, type FieldErrors } from '../forms/fieldErrors';
import { AppModal } from '../ui/AppModal';

const changeInput = authProcedures['auth.changePassword'].input;

const EMPTY = { currentPassword: '', newPassword: '', repeat: '' };
type PasswordChange = typeof EMPTY;

function validate(values: PasswordChange): FieldErrors {
  const { repeat, ...input } = values;
  const parsed = changeInput.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
  if (!errors.newPassword && input.newPassword === input.currentPassword) {
    errors.newPassword = (t) => t('account.password.mustDiffer');
  } else if (!errors.newPassword && repeat !== input.newPassword) {
    errors.repeat = (t) => t('auth.setup.passwordsDiffer');
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
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setValues(EMPTY);
    setErrors({});
    setFormError(null);
    onClose();
  };

  const change = (field: keyof PasswordChange) => (event: { currentTarget: { value: string } }) =>
    setValues({ ...values, [field]: event.currentTarget.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const { currentPassword, newPassword } = values;
      await call('auth.changePassword', { currentPassword, newPassword });
      notifications.show({ color: 'teal', message: t('account.password.done') });
      close();
    } catch (error) {
      const fields = serverErrors(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('account.password.title')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('account.password.description')}
          </Text>
          <FormErrorAlert error={formError} />
          <PasswordInput
            label={t('account.password.current')}
            value={values.currentPassword}
            onChange={change('currentPassword')}
            error={errors.currentPassword?.(t)}
            autoComplete="current-password"
            data-autofocus
            required
          />
          <PasswordInput
            label={t('account.password.new')}
            description={t('auth.setup.passwordHint')}
            value={values.newPassword}
            onChange={change('newPassword')}
            error={errors.newPassword?.(t)}
            autoComplete="new-password"
            required
          />
          <PasswordInput
            label={t('auth.setup.repeatPassword')}
            value={values.repeat}
            onChange={change('repeat')}
            error={errors.repeat?.(t)}
            autoComplete="new-password"
            required
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('account.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
