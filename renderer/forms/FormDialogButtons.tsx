import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FormDialogButtonsProps {
  submitLabel: string;
  submitting: boolean;
  /** The form cannot be sent as it is; it says why itself. */
  submitDisabled?: boolean;
  onCancel(): void;
}

/** The foot of a dialog's form: cancel, and the submit that shows it is at work. */
export function FormDialogButtons({
  submitLabel,
  submitting,
  submitDisabled,
  onCancel,
}: FormDialogButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="xs">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={submitting} disabled={submitDisabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
