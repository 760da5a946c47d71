import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authProcedures } from '../../shared/auth/contract';
import { validationIssues } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { fieldErrorsFrom, serverFieldErrors, type FieldErrors } from '../forms/fieldErrors';
import type { ErrorMessageOverrides } from '../i18n/errorMessages';
import { AuthLayout } from './AuthLayout';
import { useAuthStore } from './authStore';

const loginInput = authProcedures['auth.login'].input;

// On this screen UNAUTHENTICATED means the credentials were refused, not that a session ended.
const SIGN_IN_MESSAGES: ErrorMessageOverrides = {
  UNAUTHENTICATED: (t) => t('auth.login.wrongCredentials'),
};

function validate(values: { username: string; password: string }): FieldErrors {
  const parsed = loginInput.safeParse(values);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
}

export function LoginScreen() {
  const { t } = useTranslation();
  const signIn = useAuthStore((store) => store.signIn);
  const [values, setValues] = useState({ username: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      await signIn(values);
    } catch (error) {
      setErrors(serverFieldErrors(validationIssues(error)));
      setFormError(error);
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout title={t('auth.login.title')} subtitle={t('auth.login.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={formError} overrides={SIGN_IN_MESSAGES} />
          <TextInput
            label={t('auth.username')}
            value={values.username}
            onChange={(event) => setValues({ ...values, username: event.currentTarget.value })}
            error={errors.username?.(t)}
            autoComplete="username"
            autoFocus
            required
          />
          <PasswordInput
            label={t('auth.password')}
            value={values.password}
            onChange={(event) => setValues({ ...values, password: event.currentTarget.value })}
            error={errors.password?.(t)}
            autoComplete="current-password"
            required
          />
          <Button type="submit" loading={submitting} fullWidth mt="xs">
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
