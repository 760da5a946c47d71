import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../ui/AppModal';

/** A versioned edit's answer to a stale save (useVersionedEdit's `conflict`). */
export interface EditConflict {
  opened: boolean;
  reloading: boolean;
  loadLatest(): void;
  keepEditing(): void;
}

/** The records whose editors ask about a stale save, by where their texts are. */
export type ConflictTexts =
  | 'contacts.conflict'
  | 'workorders.conflict'
  | 'installation.conflict'
  | 'knowledge.editor.conflict'
  | 'inventory.conflict'
  | 'purchasing.conflict'
  | 'orders.conflict'
  | 'calls.conflict';

interface ConflictDialogProps {
  conflict: EditConflict;
  /**
   * Where the record's texts are: `<texts>.title`, `.keepsYours` (what loading theirs does to
   * what the user typed), `.keepEditing` and `.reload`.
   */
  texts: ConflictTexts;
  /** What happened to this record (`<texts>.description`, with its name). */
  description: string;
}

/** A save was refused because someone saved the record first (CONFLICT): load theirs, or go on. */
export function ConflictDialog({ conflict, texts, description }: ConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={conflict.opened} onClose={conflict.keepEditing} title={t(`${texts}.title`)} size="md">
      <Text fz="sm" mb="xs">
        {description}
      </Text>
      <Text fz="sm" c="dimmed">
        {t(`${texts}.keepsYours`)}
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={conflict.keepEditing}>
          {t(`${texts}.keepEditing`)}
        </Button>
        <Button onClick={conflict.loadLatest} loading={conflict.reloading} data-autofocus>
          {t(`${texts}.reload`)}
        </Button>
      </Group>
    </AppModal>
  );
}
