import { Button, Group, Text } from '@mantine/core';

/** A notification's text with an Undo button beside it. */
export function UndoMessage({
  text,
  undoLabel,
  onUndo,
}: {
  text: string;
  undoLabel: string;
  onUndo(): void;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text fz="sm">{text}</Text>
      <Button size="compact-sm" variant="light" onClick={onUndo}>
        {undoLabel}
      </Button>
    </Group>
  );
}
