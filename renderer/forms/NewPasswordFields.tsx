import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a form gives each of the two inputs: see `fieldProps` of useSubmitForm. */
interface PasswordFieldProps {
  value: string;
  onChange(event: { currentTarget: { value: string } }): void;
  error: string | undefined;
}

interface NewPasswordFieldsProps {
  label: string;
  password: PasswordFieldProps;
  repeatPassword: PasswordFieldProps;
  /** The first field of a dialog gets the focus when it opens. */
  autoFocus?: boolean;
}

/** A new password with its rules, and the same password typed again. */
export function NewPasswordFields({ label, password, repeatPassword, autoFocus }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={label}
        description={t('auth.setup.passwordHint')}
        {...password}
        autoComplete="new-password"
        data-autofocus={autoFocus || undefined}
        required
      />
      <PasswordInput
        label={t('auth.setup.repeatPassword')}
        {...repeatPassword}
        autoComplete="new-password"
        required
      />
    </>
  );
}
