import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from './AppModal';

interface ConfirmDialogProps<Subject> {
  /** What the action is about; the dialog is open while there is one. */
  subject: Subject | null;
  title(subject: Subject): string;
  /** What will happen, in a sentence. */
  message(subject: Subject): string;
  confirmLabel: string;
  /** The confirm button's colour: red for what cannot be undone, the default. */
  color?: string;
  /** The action; it reports its own outcome, and the dialog closes once it settles. */
  onConfirm(subject: Subject): Promise<unknown>;
  onClose(): void;
}

/** Asks before a destructive action; Enter confirms, Esc keeps things as they are. */
export function ConfirmDialog<Subject>({
  subject,
  title,
  message,
  confirmLabel,
  color = 'red',
  onConfirm,
  onClose,
}: ConfirmDialogProps<Subject>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <AppModal
      opened={subject !== null}
      onClose={onClose}
      title={subject !== null ? title(subject) : ''}
      size="md"
    >
      {subject !== null && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setBusy(true);
            void onConfirm(subject).finally(() => {
              setBusy(false);
              onClose();
            });
          }}
        >
          <Stack gap="md">
            <Text fz="sm">{message(subject)}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color={color} loading={busy} data-autofocus>
                {confirmLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
