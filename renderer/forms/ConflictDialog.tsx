import { Button, Group, Text } from '@mantine/core';
import { AppModal } from '../ui/AppModal';

export interface ConflictTexts {
  title: string;
  /** What happened to this record. */
  description: string;
  /** What loading their version does to what the user typed. */
  keepsYours: string;
  keepEditing: string;
  reload: string;
}

interface ConflictDialogProps {
  opened: boolean;
  texts: ConflictTexts;
  reloading: boolean;
  onReload(): void;
  onKeepEditing(): void;
}

/** A save was refused because someone saved the record first (CONFLICT): load theirs, or go on. */
export function ConflictDialog({ opened, texts, reloading, onReload, onKeepEditing }: ConflictDialogProps) {
  return (
    <AppModal opened={opened} onClose={onKeepEditing} title={texts.title} size="md">
      <Text fz="sm" mb="xs">
        {texts.description}
      </Text>
      <Text fz="sm" c="dimmed">
        {texts.keepsYours}
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onKeepEditing}>
          {texts.keepEditing}
        </Button>
        <Button onClick={onReload} loading={reloading} data-autofocus>
          {texts.reload}
        </Button>
      </Group>
    </AppModal>
  );
}
