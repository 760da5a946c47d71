import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { authProcedures } from '../../shared/auth/contract';
import { validationIssues } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { fieldErrorsFrom, serverFieldErrors, type FieldErrors } from '../forms/fieldErrors';
import { useSubmitForm } from '../forms/useSubmitForm';
import type { ErrorMessageOverrides } from '../i18n/errorMessages';
import { AuthLayout } from './AuthLayout';
import { useAuthStore } from './authStore';

const loginInput = authProcedures['auth.login'].input;

// On this screen UNAUTHENTICATED means the credentials were refused, not that a session ended.
const SIGN_IN_MESSAGES: ErrorMessageOverrides = {
  UNAUTHENTICATED: (t) => t('auth.login.wrongCredentials'),
};

const EMPTY = { username: '', password: '' };

function validate(values: typeof EMPTY): FieldErrors {
  const parsed = loginInput.safeParse(values);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
}

export function LoginScreen() {
  const { t } = useTranslation();
  const signIn = useAuthStore((store) => store.signIn);
  const form = useSubmitForm(EMPTY, {
    validate,
    send: signIn,
    fieldErrorsOf: (error) => serverFieldErrors(validationIssues(error)),
    refusalWithFieldErrors: true,
  });

  return (
    <AuthLayout title={t('auth.login.title')} subtitle={t('auth.login.subtitle')}>
      <form onSubmit={form.submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={form.refusal} overrides={SIGN_IN_MESSAGES} />
          <TextInput
            label={t('auth.username')}
            {...form.fieldProps('username')}
            autoComplete="username"
            autoFocus
            required
          />
          <PasswordInput
            label={t('auth.password')}
            {...form.fieldProps('password')}
            autoComplete="current-password"
            required
          />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs">
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
