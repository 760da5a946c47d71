import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_MAX_ITEMS, type ChecklistItem } from '../../shared/installation/contract';

interface ChecklistEditorProps {
  items: ChecklistItem[];
  onChange(items: ChecklistItem[]): void;
  error?: string;
}

/** A job's checklist: tick items off, add new ones (Enter adds), remove them. */
export function ChecklistEditor({ items, onChange, error }: ChecklistEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const full = items.length >= CHECKLIST_MAX_ITEMS;

  const add = () => {
    const text = draft.trim();
    if (text === '' || full) return;
    onChange([...items, { text, done: false }]);
    setDraft('');
  };

  return (
    <Stack gap={6} role="group" aria-label={t('installation.fields.checklist')}>
      <Text fz="sm" fw={500}>
        {t('installation.fields.checklist')}
      </Text>
      {items.map((item, index) => (
        <Group key={index} gap="xs" wrap="nowrap" justify="space-between">
          <Checkbox
            label={item.text}
            checked={item.done}
            onChange={(event) => {
              const done = event.currentTarget.checked;
              onChange(items.map((other, at) => (at === index ? { ...other, done } : other)));
            }}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('installation.checklist.remove', { text: item.text })}
            onClick={() => onChange(items.filter((_, at) => at !== index))}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TextInput
          flex={1}
          aria-label={t('installation.checklist.newItem')}
          placeholder={t('installation.checklist.newItem')}
          value={draft}
          maxLength={200}
          disabled={full}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter adds the item here rather than sending the whole form.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          error={full ? t('validation.tooMany', { limit: CHECKLIST_MAX_ITEMS }) : error}
        />
        <Button variant="default" leftSection={<IconPlus size={14} />} onClick={add} disabled={full}>
          {t('installation.checklist.add')}
        </Button>
      </Group>
    </Stack>
  );
}
