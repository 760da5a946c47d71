import { Button, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { authProcedures } from '../../shared/auth/contract';
import { isCallError, validationIssues } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { fieldErrorsFrom, serverFieldErrors, type FieldErrors } from '../forms/fieldErrors';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { useSubmitForm } from '../forms/useSubmitForm';
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
  const form = useSubmitForm(EMPTY, {
    validate,
    send: async ({ repeatPassword: _repeat, ...input }) => {
      try {
        await setUp(input);
      } catch (error) {
        // Someone finished the setup first: this window signs in like everyone else.
        if (isCallError(error) && error.code === 'SETUP_DONE') return void check();
        throw error;
      }
    },
    fieldErrorsOf: (error) => serverFieldErrors(validationIssues(error)),
    refusalWithFieldErrors: true,
    revalidateAfterSubmit: true,
  });

  return (
    <AuthLayout title={t('auth.setup.title')} subtitle={t('auth.setup.subtitle')}>
      <form onSubmit={form.submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={form.refusal} />
          <TextInput
            label={t('auth.setup.companyName')}
            {...form.fieldProps('companyName')}
            autoFocus
            required
          />
          <TextInput label={t('auth.setup.ownerName')} {...form.fieldProps('ownerName')} required />
          <TextInput
            label={t('auth.username')}
            {...form.fieldProps('username')}
            autoComplete="username"
            required
          />
          <NewPasswordFields
            label={t('auth.password')}
            password={form.fieldProps('password')}
            repeatPassword={form.fieldProps('repeatPassword')}
          />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs">
            {t('auth.setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
