import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export const MAX_ROWS = 10;

interface RepeatableFieldProps {
  label: string;
  rowLabel: (index: number) => string;
  addLabel: string;
  removeLabel: string;
  rows: string[];
  onChange(rows: string[]): void;
  errorOf(index: number): string | undefined;
  description?: ReactNode;
  type: 'tel' | 'email';
}

/** A list of text rows (phones, emails) with add and remove buttons. */
export function RepeatableField(props: RepeatableFieldProps) {
  const { rows, onChange } = props;
  const setRow = (index: number, value: string) =>
    onChange(rows.map((row, i) => (i === index ? value : row)));
  const removeRow = (index: number) => {
    const rest = rows.filter((_, i) => i !== index);
    onChange(rest.length > 0 ? rest : ['']);
  };

  return (
    <Input.Wrapper label={props.label} description={props.description}>
      <Stack gap={6} mt={4}>
        {rows.map((row, index) => (
          <Group key={index} gap={6} wrap="nowrap" align="flex-start">
            <TextInput
              style={{ flex: 1 }}
              type={props.type}
              aria-label={props.rowLabel(index)}
              value={row}
              onChange={(event) => setRow(index, event.currentTarget.value)}
              error={props.errorOf(index)}
              inputMode={props.type === 'tel' ? 'tel' : 'email'}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size={36}
              aria-label={props.removeLabel}
              onClick={() => removeRow(index)}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        {rows.length < MAX_ROWS && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...rows, ''])}
            style={{ alignSelf: 'flex-start' }}
          >
            {props.addLabel}
          </Button>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
