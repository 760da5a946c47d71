import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../i18n/explanation';

interface ExplanationAlertProps {
  explanation: Explanation;
  /** A button that helps, e.g. to the plan page. */
  action?: ReactNode;
  onClose?: () => void;
}

/** Something refused, in plain words: what happened, why, and what to do. */
export function ExplanationAlert({ explanation, action, onClose }: ExplanationAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={explanation.title(t)}
      role="alert"
      withCloseButton={onClose !== undefined}
      onClose={onClose}
      closeButtonLabel={t('common.close')}
    >
      <Text fz="sm">{explanation.explanation(t)}</Text>
      <Text fz="sm" fw={500} mt={6}>
        {explanation.remedy(t)}
      </Text>
      {action}
    </Alert>
  );
}
