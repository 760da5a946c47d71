import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authProcedures } from '../../shared/auth/contract';
import { isCallError, validationIssues } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { fieldErrorsFrom, serverFieldErrors, type FieldErrors } from '../forms/fieldErrors';
import { AuthLayout } from './AuthLayout';
import { useAuthStore } from './authStore';

const setupInput = authProcedures['auth.setup'].input;

const EMPTY = { companyName: '', ownerName: '', username: '', password: '', repeatPassword: '' };
type SetupValues = typeof EMPTY;

function validate(values: SetupValues): FieldErrors {
  const { repeatPassword, ...input } = values;
  const parsed = setupInput.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
  if (!errors.password && repeatPassword !== values.password) {
    errors.repeatPassword = (t) => t('auth.setup.passwordsDiffer');
  }
  return errors;
}

/** First run: names the company and creates its owner's account. */
export function SetupScreen() {
  const { t } = useTranslation();
  const setUp = useAuthStore((store) => store.setUp);
  const check = useAuthStore((store) => store.check);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const change = (field: keyof SetupValues) => (event: { currentTarget: { value: string } }) => {
    const next = { ...values, [field]: event.currentTarget.value };
    setValues(next);
    if (submitted) setErrors(validate(next));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFormError(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      const { repeatPassword: _repeat, ...input } = values;
      await setUp(input);
    } catch (error) {
      // Someone finished the setup first: this window signs in like everyone else.
      if (isCallError(error) && error.code === 'SETUP_DONE') return void check();
      setErrors(serverFieldErrors(validationIssues(error)));
      setFormError(error);
      setSubmitting(false);
    }
  };

  const errorOf = (field: keyof SetupValues) => errors[field]?.(t);

  return (
    <AuthLayout title={t('auth.setup.title')} subtitle={t('auth.setup.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={formError} />
          <TextInput
            label={t('auth.setup.companyName')}
            value={values.companyName}
            onChange={change('companyName')}
            error={errorOf('companyName')}
            autoFocus
            required
          />
          <TextInput
            label={t('auth.setup.ownerName')}
            value={values.ownerName}
            onChange={change('ownerName')}
            error={errorOf('ownerName')}
            required
          />
          <TextInput
            label={t('auth.username')}
            value={values.username}
            onChange={change('username')}
            error={errorOf('username')}
            autoComplete="username"
            required
          />
          <PasswordInput
            label={t('auth.password')}
            description={t('auth.setup.passwordHint')}
            value={values.password}
            onChange={change('password')}
            error={errorOf('password')}
            autoComplete="new-password"
            required
          />
          <PasswordInput
            label={t('auth.setup.repeatPassword')}
            value={values.repeatPassword}
            onChange={change('repeatPassword')}
            error={errorOf('repeatPassword')}
            autoComplete="new-password"
            required
          />
          <Button type="submit" loading={submitting} fullWidth mt="xs">
            {t('auth.setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
