import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Translatable } from '../i18n/errorMessages';

/** A refusal told in the inventory's own words (it may name the SKU), above a form. */
export function InventoryErrorAlert({ text }: { text: Translatable }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
      {text(t)}
    </Alert>
  );
}
