import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage, type ErrorMessageOverrides } from '../i18n/errorMessages';

interface FormErrorAlertProps {
  /** What the last submit threw, or null. */
  error: unknown;
  overrides?: ErrorMessageOverrides;
}

/** The error of a whole form (not of one field), e.g. a refused sign-in. */
export function FormErrorAlert({ error, overrides }: FormErrorAlertProps) {
  const { t } = useTranslation();
  if (error === null) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
      {errorMessage(error, overrides)(t)}
    </Alert>
  );
}
